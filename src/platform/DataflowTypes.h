#pragma once

#include "platform/PlatformTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Plain values of the ingestion half: what Catalog, Schema Registry, Data Prep and Flow Service's
// dataflow objects answer, and the drafts Inlet sends them. No secrets travel in any of them.

namespace Inlet {

// Anything Platform created and answered with {id, etag} (Flow Service) or just an id (Catalog, Data Prep).
struct CreatedObject
{
    QString id;
    QString etag; // verbatim, quotes included; empty where the API has none
    int version = 0; // mapping sets: the version a flow names
};

// A Flow Service object (source or target connection) or a mapping set as a listing shows it: enough
// to recognise one a create made when its answer was lost.
struct PlatformObject
{
    QString id;
    QString name;
    QDateTime createdAt;
    QString etag;
    int version = 0;
};

// One dataset as Catalog lists it.
struct DatasetSummary
{
    QString id;
    QString name;
    QString description;
    QString schemaId; // schemaRef.id: the XDM schema's $id; empty for a dataset without one (system datasets)
    QDateTime createdAt;
};

// One schema as Schema Registry lists it (xed-id+json).
struct SchemaSummary
{
    QString id; // $id
    QString altId; // meta:altId, the form the lookup path takes
    QString title;
    QString version;
};

// One field of a schema, flattened: objects come before their children, in document order.
struct SchemaField
{
    QString path; // dotted: "person.name.firstName"
    QString title;
    QString type; // JSON Schema type: string, integer, number, boolean, object, array
    QString format; // "date", "date-time", … (strings only)
    int depth = 0; // 0 for a top-level field
    bool required = false; // required by the schema (and by every object on the way)
    bool identity = false; // an identity descriptor names it
    bool primaryIdentity = false;
    bool primaryKey = false; // a model-based schema's primary key
    QString identityNamespace;

    bool isLeaf() const { return type != QLatin1String("object"); }
    // The type a value must have, folding the string formats in: "date", "date-time", "integer", …
    QString valueType() const
    {
        return format == QLatin1String("date") || format == QLatin1String("date-time") ? format : type;
    }
};

// A schema with its fields resolved (xed-full+json) and its identity and primary-key descriptors applied.
struct XdmSchema
{
    QString id;
    QString altId;
    QString title;
    QString description;
    QString classId; // meta:class
    QString behavior; // meta:behaviorType: "record" or "time-series"
    QList<SchemaField> fields;

    bool isValid() const { return !id.isEmpty(); }
    bool isTimeSeries() const { return behavior == QLatin1String("time-series"); }
    bool hasPrimaryKey() const;
    const SchemaField* field(const QString& path) const;
};

// One rule of a mapping set: a source column (or an expression, or a constant) to a schema field.
struct MappingRule
{
    enum class SourceType { Attribute, Expression, Static };

    SourceType sourceType = SourceType::Attribute;
    QString source; // column path, expression or constant
    QString destination; // the schema field's dotted path

    friend bool operator==(const MappingRule& a, const MappingRule& b)
    {
        return a.sourceType == b.sourceType && a.source == b.source && a.destination == b.destination;
    }
};

// What a mapping set is made of, before it is created (also what validate and preview take).
struct MappingSetDraft
{
    QString name;
    QList<ExploreColumn> inputColumns; // the source's columns, sent as the input schema
    QString schemaId; // the output schema's $id
    QList<MappingRule> rules;
};

// Data Prep's verdict on one rule (validate) or one value (preview).
struct MappingProblem
{
    QString source;
    QString destination;
    QString message; // Data Prep's own text
};

struct MappingPreview
{
    QList<QByteArray> rows; // each converted row as compact JSON, in the order sent
    QList<MappingProblem> problems;
};

// A flow spec: which sources it takes and what it allows.
struct FlowSpecInfo
{
    QString id;
    QString name;
    QString version;
    QStringList sourceConnectionSpecIds;
    bool draftModeSupported = false;

    bool accepts(const QString& connectionSpecId) const { return sourceConnectionSpecIds.contains(connectionSpecId); }
};

// `POST /sourceConnections`: what to read from a base connection.
struct SourceConnectionDraft
{
    QString name;
    QString description;
    QString baseConnectionId;
    QString connectionSpecId;
    QString connectionSpecVersion = QStringLiteral("1.0");
    QString objectType; // "table" or "file"
    QString path; // table name or file path
    std::optional<FileFormat> format; // files
    QList<ExploreColumn> columns; // tables: the columns to read
    bool cdcEnabled = false; // Databricks, BigQuery, Snowflake only
};

// `POST /targetConnections`: the Data Lake, into one dataset of one schema.
struct TargetConnectionDraft
{
    QString name;
    QString datasetId;
    QString schemaId;
};

// When and how often a flow runs.
struct FlowSchedule
{
    enum class Frequency { Once, Minute, Hour, Day, Week };

    Frequency frequency = Frequency::Hour;
    int interval = 1; // ignored for Once
    QDateTime startUtc; // when the first run starts
    bool backfill = true; // ingest what exists before the start (not for Once)
    QString deltaColumn; // the column incremental loads compare with the run window (tables)
    bool errorDiagnostics = true;
    std::optional<int> partialIngestionPercent; // none: a failed record fails the run

    static QString frequencyName(Frequency frequency);
    static std::optional<Frequency> frequencyFromName(const QString& name);
    // Adobe's minimum interval for a frequency (minute: 15, the others: 1).
    static int minimumInterval(Frequency frequency);
    // The length of one interval (Once: zero).
    qint64 intervalSeconds() const;
};

// `POST /flows`: the objects a flow ties together and its schedule.
struct FlowDraft
{
    QString name;
    QString description;
    FlowSpecInfo flowSpec;
    QString sourceConnectionId;
    QString targetConnectionId;
    QString mappingId;
    int mappingVersion = 0;
    FlowSchedule schedule;
};

// One error a run reports.
struct RunError
{
    QString code; // "CONNECTOR-2001-500"
    QString message;
};

// One run of a flow (`GET /runs?property=flowId==…`).
struct FlowRun
{
    enum class Status { Queued, InProgress, Succeeded, Failed, Other };

    QString id;
    Status status = Status::Other;
    QString statusText; // as Platform spelled it
    QDateTime startedAt;
    QDateTime completedAt; // invalid while running
    qint64 recordsRead = 0;
    qint64 recordsWritten = 0;
    qint64 recordsFailed = 0;
    QList<RunError> errors;

    bool isFinished() const { return status == Status::Succeeded || status == Status::Failed; }
};

// A flow as Flow Service lists it.
struct FlowSummary
{
    QString id;
    QString name;
    QString flowSpecId;
    QString state;
    QStringList sourceConnectionIds;
    QStringList targetConnectionIds;
    QDateTime createdAt;
    QString etag;
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::MappingRule)
Q_DECLARE_METATYPE(Inlet::FlowRun)
