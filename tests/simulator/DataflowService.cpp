#include "DataflowService.h"

#include "CatalogService.h"
#include "DataPrepService.h"
#include "ExploreContent.h"
#include "FlowConventions.h"
#include "FlowService.h"
#include "Identifiers.h"
#include "LandingZoneService.h"
#include "Replies.h"

#include <QJsonDocument>

#include <algorithm>

namespace Inlet::Sim {

using FlowConventions::invalidRequest;

namespace {

const QString kTableFlowSpec = QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860");
const QString kFileFlowSpec = QStringLiteral("9753525b-82c7-4dce-8a9b-5ccfce2b9876");
const QString kDataLakeSpec = QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c");
const QString kDatabricksSpec = QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b");
constexpr int kMaxRunsListed = 50;

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// A JSON value that should be an integer: Adobe's examples send numbers as strings, the flow spec
// declares integers; Platform takes both.
std::optional<qint64> integerOf(const QJsonValue& value)
{
    if (value.isDouble() && value.toDouble() == double(value.toInteger()))
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<bool> booleanOf(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.toString() == QLatin1String("true"))
        return true;
    if (value.toString() == QLatin1String("false"))
        return false;
    return std::nullopt;
}

// What Platform says of a schedule it refuses, or an empty string.
QString scheduleProblem(const QJsonObject& schedule)
{
    static const QStringList kFrequencies{QStringLiteral("once"),
                                          QStringLiteral("minute"),
                                          QStringLiteral("hour"),
                                          QStringLiteral("day"),
                                          QStringLiteral("week")};
    const QString frequency = str(schedule, "frequency");
    if (!kFrequencies.contains(frequency))
        return QStringLiteral("scheduleParams.frequency must be one of once, minute, hour, day, week.");
    if (!integerOf(schedule.value(QLatin1String("startTime"))))
        return QStringLiteral("scheduleParams.startTime must be an epoch time in seconds.");
    if (schedule.contains(QLatin1String("backfill")) && !booleanOf(schedule.value(QLatin1String("backfill"))))
        return QStringLiteral("scheduleParams.backfill must be a boolean.");
    if (frequency == QLatin1String("once")) {
        if (schedule.contains(QLatin1String("interval")))
            return QStringLiteral("scheduleParams.interval is not allowed for a one-time ingestion.");
        return QString();
    }
    const auto interval = integerOf(schedule.value(QLatin1String("interval")));
    const int minimum = frequency == QLatin1String("minute") ? 15 : 1;
    if (!interval || *interval < minimum)
        return QStringLiteral("scheduleParams.interval must be at least %1 for frequency '%2'.")
            .arg(minimum)
            .arg(frequency);
    return QString();
}

QJsonObject transformation(const QJsonArray& transformations, const char* name)
{
    for (const QJsonValue value : transformations) {
        if (value.toObject().value(QLatin1String("name")).toString() == QLatin1String(name))
            return value.toObject();
    }
    return {};
}

Response inUse(const QString& kind, const QString& id, const QString& user, const QString& requestId)
{
    return FlowConventions::error(QStringLiteral("1208-400"),
                                  QStringLiteral("Invalid request"),
                                  QStringLiteral("The %1 %2 is used by %3; delete that first.").arg(kind, id, user),
                                  requestId);
}

} // namespace

std::optional<DataflowService::RunOutcome> DataflowService::outcomeFromName(const QString& name)
{
    if (name == QLatin1String("success"))
        return RunOutcome::Success;
    if (name == QLatin1String("partial"))
        return RunOutcome::Partial;
    if (name == QLatin1String("failed"))
        return RunOutcome::Failed;
    if (name == QLatin1String("anonymous-credentials"))
        return RunOutcome::AnonymousCredentials;
    return std::nullopt;
}

DataflowService::DataflowService(const SimulatorOptions& options,
                                 const FlowService* connections,
                                 const CatalogService* catalog,
                                 const DataPrepService* dataPrep,
                                 const LandingZoneService* landingZone)
    : m_options(options)
    , m_connections(connections)
    , m_catalog(catalog)
    , m_dataPrep(dataPrep)
    , m_landingZone(landingZone)
    , m_outcome(outcomeFromName(options.runOutcome).value_or(RunOutcome::Success))
{
}

QString DataflowService::prefix() const
{
    return FlowConventions::prefix();
}

void DataflowService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/flowSpecs"), [this](const Call& call) { return listFlowSpecs(call); });
    routes.post(QStringLiteral("/sourceConnections"),
                [this](const Call& call) { return createSourceConnection(call); });
    routes.get(QStringLiteral("/sourceConnections"), [this](const Call& call) {
        return list(call, m_sourceConnections, QStringLiteral("sourceConnections"));
    });
    routes.get(QStringLiteral("/sourceConnections/{id}"), [this](const Call& call) {
        return get(call, m_sourceConnections, QStringLiteral("sourceConnections"));
    });
    routes.remove(QStringLiteral("/sourceConnections/{id}"), [this](const Call& call) {
        return remove(call, &m_sourceConnections, QStringLiteral("sourceConnections"));
    });
    routes.post(QStringLiteral("/targetConnections"),
                [this](const Call& call) { return createTargetConnection(call); });
    routes.get(QStringLiteral("/targetConnections"), [this](const Call& call) {
        return list(call, m_targetConnections, QStringLiteral("targetConnections"));
    });
    routes.get(QStringLiteral("/targetConnections/{id}"), [this](const Call& call) {
        return get(call, m_targetConnections, QStringLiteral("targetConnections"));
    });
    routes.remove(QStringLiteral("/targetConnections/{id}"), [this](const Call& call) {
        return remove(call, &m_targetConnections, QStringLiteral("targetConnections"));
    });
    routes.post(QStringLiteral("/flows"), [this](const Call& call) { return createFlow(call); });
    routes.get(QStringLiteral("/flows"),
               [this](const Call& call) { return list(call, flowsStored(), QStringLiteral("flows")); });
    routes.get(QStringLiteral("/flows/{id}"),
               [this](const Call& call) { return get(call, flowsStored(), QStringLiteral("flows")); });
    routes.remove(QStringLiteral("/flows/{id}"), [this](const Call& call) {
        const QString id = call.argument(QStringLiteral("id"));
        const auto before = m_flows.size();
        m_flows.removeIf(
            [&](const Flow& flow) { return flow.stored.id == id && flow.stored.sandbox == call.sandbox(); });
        if (m_flows.size() == before)
            return FlowConventions::error(QStringLiteral("1101-404"),
                                          QStringLiteral("Resource not found"),
                                          QStringLiteral("The requested flows resource %1 is not found.").arg(id),
                                          call.requestId());
        return Replies::noContent();
    });
    routes.get(QStringLiteral("/runs"), [this](const Call& call) { return listRuns(call); });
    routes.get(QStringLiteral("/runs/{id}"), [this](const Call& call) { return getRun(call); });
}

void DataflowService::addAdminRoutes(Routes& admin)
{
    admin.post(QStringLiteral("/runs/outcome"), [this](const Call& call) {
        const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
        const auto outcome = outcomeFromName(str(body, "outcome"));
        if (!outcome)
            return Replies::json(400,
                                 {{QStringLiteral("error"),
                                   QStringLiteral("outcome: success, partial, failed, anonymous-credentials")}});
        m_outcome = *outcome;
        return Replies::noContent();
    });
    admin.get(QStringLiteral("/dataflow"), [this](const Call&) {
        const auto ids = [](const QList<Stored>& objects) {
            QJsonArray array;
            for (const Stored& object : objects)
                array.append(object.body);
            return array;
        };
        return Replies::json(200,
                             {{QStringLiteral("sourceConnections"), ids(m_sourceConnections)},
                              {QStringLiteral("targetConnections"), ids(m_targetConnections)},
                              {QStringLiteral("flows"), ids(flowsStored())}});
    });
}

void DataflowService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("sourceConnectionsCreated"), m_sourceConnectionsCreated);
    stats->insert(QStringLiteral("targetConnectionsCreated"), m_targetConnectionsCreated);
    stats->insert(QStringLiteral("flowsCreated"), m_flowsCreated);
    stats->insert(QStringLiteral("sourceConnectionCount"), int(m_sourceConnections.size()));
    stats->insert(QStringLiteral("targetConnectionCount"), int(m_targetConnections.size()));
    stats->insert(QStringLiteral("flowCount"), int(m_flows.size()));
    stats->insert(QStringLiteral("runRequests"), m_runRequests);
}

void DataflowService::reset()
{
    m_sourceConnections.clear();
    m_targetConnections.clear();
    m_flows.clear();
    m_sourceConnectionsCreated = m_targetConnectionsCreated = m_flowsCreated = m_runRequests = 0;
    m_outcome = outcomeFromName(m_options.runOutcome).value_or(RunOutcome::Success);
}

QJsonArray DataflowService::flowSpecs() const
{
    QJsonArray tableSources;
    QJsonArray fileSources;
    for (const ConnectionSpec& spec : m_connections->specs()) {
        if (spec.category.compare(QLatin1String("Cloud storage"), Qt::CaseInsensitive) == 0)
            fileSources.append(spec.id);
        else
            tableSources.append(spec.id);
    }
    const QJsonObject scheduleSpec{
        {QStringLiteral("name"), QStringLiteral("PeriodicSchedule")},
        {QStringLiteral("type"), QStringLiteral("Periodic")},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("type"), QStringLiteral("object")},
             {QStringLiteral("properties"),
              QJsonObject{
                  {QStringLiteral("startTime"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                  {QStringLiteral("frequency"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                               {QStringLiteral("enum"),
                                QJsonArray{QStringLiteral("once"),
                                           QStringLiteral("minute"),
                                           QStringLiteral("hour"),
                                           QStringLiteral("day"),
                                           QStringLiteral("week")}}}},
                  {QStringLiteral("interval"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                  {QStringLiteral("backfill"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")},
                               {QStringLiteral("default"), true}}}}},
             {QStringLiteral("required"), QJsonArray{QStringLiteral("startTime"), QStringLiteral("frequency")}}}}};
    const auto spec = [&](const QString& id, const QString& name, const QJsonArray& sources, bool draftMode) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("providerId"), QStringLiteral("0ed90a81-07f4-4586-8190-b40eccef1c5a")},
            {QStringLiteral("version"), QStringLiteral("1.0")},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("isSourceFlow"), true}, {QStringLiteral("isDraftModeSupported"), draftMode}}},
            {QStringLiteral("sourceConnectionSpecIds"), sources},
            {QStringLiteral("targetConnectionSpecIds"), QJsonArray{kDataLakeSpec}},
            {QStringLiteral("transformationSpecs"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Copy")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")}}}},
            {QStringLiteral("scheduleSpec"), scheduleSpec},
            {QStringLiteral("optionSpec"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("OptionSpec")},
                 {QStringLiteral("spec"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("errorDiagnosticsEnabled"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                                           {QStringLiteral("partialIngestionPercent"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}}}}}}}}}};
    };
    return QJsonArray{spec(kTableFlowSpec, QStringLiteral("CRMToAEP"), tableSources, false),
                      spec(kFileFlowSpec, QStringLiteral("CloudStorageToAEP"), fileSources, true)};
}

QJsonObject DataflowService::flowSpec(const QString& id) const
{
    for (const QJsonValue spec : flowSpecs()) {
        if (str(spec.toObject(), "id") == id)
            return spec.toObject();
    }
    return {};
}

Response DataflowService::listFlowSpecs(const Call& call) const
{
    QList<QByteArray> items;
    for (const QJsonValue spec : flowSpecs()) {
        if (FlowConventions::matchesFilters(call.request.query, spec.toObject()))
            items << Replies::compact(spec.toObject());
    }
    return FlowConventions::page(call.request, items, QStringLiteral("/flowSpecs"), m_options.pageSize);
}

DataflowService::Stored DataflowService::store(const Call& call, QJsonObject body) const
{
    Stored stored;
    stored.id = Identifiers::uuid();
    stored.sandbox = call.sandbox();
    stored.etag = Identifiers::etag();
    stored.createdAt = QDateTime::currentMSecsSinceEpoch();
    body.insert(QStringLiteral("id"), stored.id);
    body.insert(QStringLiteral("createdAt"), stored.createdAt);
    body.insert(QStringLiteral("updatedAt"), stored.createdAt);
    body.insert(QStringLiteral("createdBy"), QStringLiteral("inlet-platform-sim@AdobeID"));
    body.insert(QStringLiteral("sandboxName"), stored.sandbox);
    body.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    body.insert(QStringLiteral("etag"), stored.etag);
    stored.body = body;
    return stored;
}

Response DataflowService::created(const Stored& object, const QString& kind) const
{
    Response response = Replies::json(201, {{QStringLiteral("id"), object.id}, {QStringLiteral("etag"), object.etag}});
    response.headers << qMakePair(QByteArrayLiteral("Location"),
                                  (prefix() + QLatin1Char('/') + kind + QLatin1Char('/') + object.id).toUtf8());
    return response;
}

Response DataflowService::createSourceConnection(const Call& call)
{
    const QString requestId = call.requestId();
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (str(body, "name").trimmed().isEmpty())
        return invalidRequest(QStringLiteral("The field 'name' is required."), requestId);
    const QString baseId = str(body, "baseConnectionId");
    const auto base = m_connections->connectionView(call.sandbox(), baseId);
    if (!base)
        return FlowService::connectionNotFound(baseId, requestId);
    const QString specId = str(body.value(QLatin1String("connectionSpec")).toObject(), "id");
    if (specId != base->specId)
        return invalidRequest(
            QStringLiteral("connectionSpec.id must be the base connection's spec (%1).").arg(base->specId), requestId);
    const QJsonObject params = body.value(QLatin1String("params")).toObject();
    const bool files = ExploreContent::familyOf(base->specId, base->category) == ExploreContent::Family::CloudStorage;
    if (files ? str(params, "path").isEmpty() : str(params, "tableName").isEmpty())
        return invalidRequest(files ? QStringLiteral("The field 'params.path' is required for a file source.")
                                    : QStringLiteral("The field 'params.tableName' is required for a table source."),
                              requestId);
    const QString format = str(body.value(QLatin1String("data")).toObject(), "format");
    if (format.isEmpty())
        return invalidRequest(QStringLiteral("The field 'data.format' is required."), requestId);
    const Stored stored = store(call, body);
    m_sourceConnections.append(stored);
    ++m_sourceConnectionsCreated;
    return created(stored, QStringLiteral("sourceConnections"));
}

Response DataflowService::createTargetConnection(const Call& call)
{
    const QString requestId = call.requestId();
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (str(body, "name").trimmed().isEmpty())
        return invalidRequest(QStringLiteral("The field 'name' is required."), requestId);
    if (str(body.value(QLatin1String("connectionSpec")).toObject(), "id") != kDataLakeSpec)
        return invalidRequest(QStringLiteral("connectionSpec.id must be the Data Lake spec %1.").arg(kDataLakeSpec),
                              requestId);
    const QString datasetId = str(body.value(QLatin1String("params")).toObject(), "dataSetId");
    const auto schemaId = m_catalog->schemaOf(call.sandbox(), datasetId);
    if (!schemaId)
        return invalidRequest(QStringLiteral("The dataset '%1' does not exist.").arg(datasetId), requestId);
    const QString givenSchema =
        str(body.value(QLatin1String("data")).toObject().value(QLatin1String("schema")).toObject(), "id");
    if (givenSchema != *schemaId)
        return invalidRequest(
            QStringLiteral("data.schema.id must be the schema of dataset %1 (%2).").arg(datasetId, *schemaId),
            requestId);
    const Stored stored = store(call, body);
    m_targetConnections.append(stored);
    ++m_targetConnectionsCreated;
    return created(stored, QStringLiteral("targetConnections"));
}

Response DataflowService::createFlow(const Call& call)
{
    const QString requestId = call.requestId();
    const QString sandbox = call.sandbox();
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (str(body, "name").trimmed().isEmpty())
        return invalidRequest(QStringLiteral("The field 'name' is required."), requestId);
    const QString specId = str(body.value(QLatin1String("flowSpec")).toObject(), "id");
    const QJsonObject spec = flowSpec(specId);
    if (spec.isEmpty())
        return FlowConventions::error(QStringLiteral("1413-400"),
                                      QStringLiteral("Invalid request"),
                                      QStringLiteral("The flow spec ID '%1' is not valid.").arg(specId),
                                      requestId);
    const auto findIn = [&](const QList<Stored>& objects, const QJsonValue& idValue) -> const Stored* {
        for (const Stored& object : objects) {
            if (object.id == idValue.toString() && object.sandbox == sandbox)
                return &object;
        }
        return nullptr;
    };
    const QJsonArray sourceIds = body.value(QLatin1String("sourceConnectionIds")).toArray();
    const QJsonArray targetIds = body.value(QLatin1String("targetConnectionIds")).toArray();
    if (sourceIds.size() != 1 || targetIds.size() != 1)
        return invalidRequest(QStringLiteral("A flow takes one source connection and one target connection."),
                              requestId);
    const Stored* source = findIn(m_sourceConnections, sourceIds.first());
    if (!source)
        return invalidRequest(
            QStringLiteral("The source connection '%1' does not exist.").arg(sourceIds.first().toString()), requestId);
    if (!findIn(m_targetConnections, targetIds.first()))
        return invalidRequest(
            QStringLiteral("The target connection '%1' does not exist.").arg(targetIds.first().toString()), requestId);
    const QString sourceSpec = str(source->body.value(QLatin1String("connectionSpec")).toObject(), "id");
    if (!spec.value(QLatin1String("sourceConnectionSpecIds")).toArray().contains(sourceSpec))
        return FlowConventions::error(QStringLiteral("1409-400"),
                                      QStringLiteral("Invalid request"),
                                      QStringLiteral("The flow spec %1 does not accept sources of connection spec %2.")
                                          .arg(str(spec, "name"), sourceSpec),
                                      requestId);
    const QJsonObject schedule = body.value(QLatin1String("scheduleParams")).toObject();
    if (const QString problem = scheduleProblem(schedule); !problem.isEmpty())
        return invalidRequest(problem, requestId);
    const QJsonArray transformations = body.value(QLatin1String("transformations")).toArray();
    const QJsonObject mappingParams =
        transformation(transformations, "Mapping").value(QLatin1String("params")).toObject();
    if (!m_dataPrep->hasMapping(sandbox, str(mappingParams, "mappingId")))
        return invalidRequest(
            QStringLiteral("The mapping set '%1' does not exist.").arg(str(mappingParams, "mappingId")), requestId);
    const QJsonObject delta = transformation(transformations, "Copy")
                                  .value(QLatin1String("params"))
                                  .toObject()
                                  .value(QLatin1String("deltaColumn"))
                                  .toObject();
    if (specId == kTableFlowSpec && str(schedule, "frequency") != QLatin1String("once") && str(delta, "name").isEmpty())
        return invalidRequest(
            QStringLiteral("A scheduled table flow needs the Copy transformation's params.deltaColumn.name."),
            requestId);

    Flow flow{store(call, body), {}};
    flow.stored.body.insert(QStringLiteral("inheritedAttributes"),
                            QJsonObject{{QStringLiteral("sourceConnections"), QJsonArray{source->body}}});
    // The first run starts at the start time, or right away when that has passed (backfill aside).
    const qint64 startMs = integerOf(schedule.value(QLatin1String("startTime"))).value_or(0) * 1000;
    flow.runs.append(Run{Identifiers::uuid(), std::max(startMs, flow.stored.createdAt), m_outcome});
    m_flows.append(flow);
    ++m_flowsCreated;
    return created(flow.stored, QStringLiteral("flows"));
}

QList<DataflowService::Stored> DataflowService::flowsStored() const
{
    QList<Stored> stored;
    for (const Flow& flow : m_flows)
        stored << flow.stored;
    return stored;
}

Response DataflowService::list(const Call& call, const QList<Stored>& objects, const QString& kind) const
{
    QList<QByteArray> items;
    for (const Stored& object : objects) {
        if (object.sandbox == call.sandbox() && FlowConventions::matchesFilters(call.request.query, object.body))
            items << Replies::compact(object.body);
    }
    return FlowConventions::page(call.request, items, QLatin1Char('/') + kind, m_options.pageSize);
}

Response DataflowService::get(const Call& call, const QList<Stored>& objects, const QString& kind) const
{
    const QString id = call.argument(QStringLiteral("id"));
    for (const Stored& object : objects) {
        if (object.id == id && object.sandbox == call.sandbox())
            return Replies::json(200, {{QStringLiteral("items"), QJsonArray{object.body}}});
    }
    return FlowConventions::error(QStringLiteral("1101-404"),
                                  QStringLiteral("Resource not found"),
                                  QStringLiteral("The requested %1 resource %2 is not found.").arg(kind, id),
                                  call.requestId());
}

Response DataflowService::remove(const Call& call, QList<Stored>* objects, const QString& kind)
{
    const QString id = call.argument(QStringLiteral("id"));
    const QString sandbox = call.sandbox();
    const auto found = std::find_if(objects->begin(), objects->end(), [&](const Stored& object) {
        return object.id == id && object.sandbox == sandbox;
    });
    if (found == objects->end())
        return get(call, {}, kind);
    const char* key = kind == QLatin1String("sourceConnections") ? "sourceConnectionIds" : "targetConnectionIds";
    for (const Flow& flow : std::as_const(m_flows)) {
        if (flow.stored.sandbox == sandbox && flow.stored.body.value(QLatin1String(key)).toArray().contains(id))
            return inUse(kind, id, QStringLiteral("flow ") + flow.stored.id, call.requestId());
    }
    objects->erase(found);
    return Replies::noContent();
}

void DataflowService::startDueRuns(Flow* flow)
{
    const QJsonObject schedule = flow->stored.body.value(QLatin1String("scheduleParams")).toObject();
    if (str(schedule, "frequency") == QLatin1String("once") || m_options.runEverySeconds <= 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (flow->runs.size() < kMaxRunsListed
           && flow->runs.constLast().startedAt + qint64(m_options.runEverySeconds) * 1000 <= now)
        flow->runs.append(Run{Identifiers::uuid(),
                              flow->runs.constLast().startedAt + qint64(m_options.runEverySeconds) * 1000,
                              m_outcome});
}

int DataflowService::recordsOf(const Flow& flow) const
{
    const QString sourceId = flow.stored.body.value(QLatin1String("sourceConnectionIds")).toArray().first().toString();
    for (const Stored& source : m_sourceConnections) {
        if (source.id != sourceId)
            continue;
        const auto base = m_connections->connectionView(source.sandbox, str(source.body, "baseConnectionId"));
        if (!base)
            break;
        const ExploreContent content(ExploreContent::familyOf(base->specId, base->category),
                                     base->specId,
                                     base->params,
                                     m_options.exploreRootTables);
        const QJsonObject params = source.body.value(QLatin1String("params")).toObject();
        ExploreContent::Refusal refusal = ExploreContent::Refusal::None;
        if (const auto table = content.table(str(params, "tableName"), &refusal))
            return int(table->rows.size());
        if (const auto file = content.file(str(params, "path"), &refusal))
            return int(file->content.rows.size());
    }
    return 0;
}

QJsonObject DataflowService::runJson(const Flow& flow, const Run& run) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 runMs = qint64(m_options.runSeconds) * 1000;
    const qint64 elapsed = now - run.startedAt;
    const bool done = elapsed >= runMs;
    const QString status = elapsed < runMs / 4 ? QStringLiteral("queued")
        : !done                                ? QStringLiteral("inProgress")
        : run.outcome == RunOutcome::Failed || run.outcome == RunOutcome::AnonymousCredentials
        ? QStringLiteral("failed")
        : QStringLiteral("success");
    const int records = recordsOf(flow);
    const bool copied = run.outcome == RunOutcome::Success || run.outcome == RunOutcome::Partial;
    const int failed = run.outcome == RunOutcome::Partial ? std::max(1, records / 20) : 0;
    QJsonObject statusSummary{{QStringLiteral("status"), status}};
    QJsonArray errors;
    if (done && run.outcome == RunOutcome::Partial)
        errors.append(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("MAPPER-3700-400")},
                        {QStringLiteral("message"),
                         QStringLiteral("%1 records could not be converted to the schema's types.").arg(failed)}});
    if (done && run.outcome == RunOutcome::Failed)
        errors.append(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("CONNECTOR-1001-500")},
                        {QStringLiteral("message"),
                         QStringLiteral("Error occurred while copying: the source did not answer in time.")}});
    if (done && run.outcome == RunOutcome::AnonymousCredentials) {
        const LandingZoneService::Location zone = m_landingZone->databricksLocation(flow.stored.sandbox);
        errors.append(QJsonObject{
            {QStringLiteral("code"), QStringLiteral("CONNECTOR-2001-500")},
            {QStringLiteral("message"),
             QStringLiteral("Unable to access container '%1' in account '%2.blob.core.windows.net' using anonymous "
                            "credentials, and no credentials found for them in the configuration.")
                 .arg(zone.containerName, zone.storageAccountName)}});
    }
    if (!errors.isEmpty())
        statusSummary.insert(QStringLiteral("errors"), errors);
    const int input = done && copied ? records : 0;
    QJsonObject duration{{QStringLiteral("startedAtUTC"), run.startedAt}};
    if (done)
        duration.insert(QStringLiteral("completedAtUTC"), run.startedAt + runMs);
    const QJsonObject flowSpecRef = flow.stored.body.value(QLatin1String("flowSpec")).toObject();
    return QJsonObject{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("createdAt"), run.startedAt},
        {QStringLiteral("updatedAt"), done ? run.startedAt + runMs : now},
        {QStringLiteral("sandboxName"), flow.stored.sandbox},
        {QStringLiteral("flowId"), flow.stored.id},
        {QStringLiteral("flowSpec"), flowSpecRef},
        {QStringLiteral("providerRefId"), QStringLiteral("M-") + flow.stored.id + QStringLiteral("-incremental-0")},
        {QStringLiteral("etag"), Identifiers::etag()},
        {QStringLiteral("metrics"),
         QJsonObject{{QStringLiteral("durationSummary"), duration},
                     {QStringLiteral("sizeSummary"),
                      QJsonObject{{QStringLiteral("inputBytes"), input * 212},
                                  {QStringLiteral("outputBytes"), (input - failed) * 260}}},
                     {QStringLiteral("recordSummary"),
                      QJsonObject{{QStringLiteral("inputRecordCount"), input},
                                  {QStringLiteral("createdRecordCount"), input},
                                  {QStringLiteral("outputRecordCount"), done && copied ? input - failed : 0},
                                  {QStringLiteral("failedRecordCount"), done && copied ? failed : 0}}},
                     {QStringLiteral("statusSummary"), statusSummary}}},
        {QStringLiteral("activities"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), run.id + QStringLiteral("-copy")},
                                {QStringLiteral("name"), QStringLiteral("Copy Activity")},
                                {QStringLiteral("statusSummary"), QJsonObject{{QStringLiteral("status"), status}}}}}}};
}

Response DataflowService::listRuns(const Call& call)
{
    ++m_runRequests;
    const QStringList flowIds = FlowConventions::propertyValues(call.request.query, QStringLiteral("flowId"));
    QList<QByteArray> items;
    for (Flow& flow : m_flows) {
        if (flow.stored.sandbox != call.sandbox() || (!flowIds.isEmpty() && !flowIds.contains(flow.stored.id)))
            continue;
        startDueRuns(&flow);
        // Newest first, as Platform lists them; runs not yet started are not listed.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto run = flow.runs.crbegin(); run != flow.runs.crend(); ++run) {
            if (run->startedAt <= now)
                items << Replies::compact(runJson(flow, *run));
        }
    }
    return FlowConventions::page(call.request, items, QStringLiteral("/runs"), m_options.pageSize);
}

Response DataflowService::getRun(const Call& call)
{
    ++m_runRequests;
    const QString id = call.argument(QStringLiteral("id"));
    for (const Flow& flow : std::as_const(m_flows)) {
        for (const Run& run : flow.runs) {
            if (run.id == id && flow.stored.sandbox == call.sandbox())
                return Replies::json(200, {{QStringLiteral("items"), QJsonArray{runJson(flow, run)}}});
        }
    }
    return get(call, {}, QStringLiteral("runs"));
}

} // namespace Inlet::Sim
