#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "platform/DataflowTypes.h"

#include <QByteArray>
#include <QList>

namespace Inlet {

// The documents of the ingestion half (platform layer only): request bodies written in the shape
// Adobe's OpenAPI declares, and responses read into DataflowTypes values. Every reader reports a
// BadResponse through `error` when the body is not the documented shape. Where the docs and the
// OpenAPI disagree, the choice is noted at the function.
namespace DataflowJson {

inline constexpr char kDataLakeSpecId[] = "c604ff05-7f1a-43c0-8e18-33bf874cb11c";
inline constexpr char kFullSchemaMediaType[] = "application/vnd.adobe.xed-full+json;version=1";

// --- Catalog ---
QByteArray datasetBody(const QString& name, const QString& description, const QString& schemaId);
// {"<id>": {name, schemaRef{id}, created, …}, …}
QList<DatasetSummary> parseDatasets(const QByteArray& body, Error* error);
// ["@/dataSets/<id>"]
CreatedObject parseCreatedDataset(const QByteArray& body, Error* error);

// --- Schema Registry ---
QList<SchemaSummary> parseSchemaList(const JsonDocument& page, Error* error); // {"results": […]}
// A lookup with xed-full+json: `properties` flattened depth-first, `required` applied.
XdmSchema parseSchema(const QByteArray& body, Error* error);
// {"xdm:descriptorIdentity": […], "xdm:descriptorPrimaryKey": […]}: marks the fields of `schema` they name.
void applyDescriptors(const QByteArray& body, XdmSchema* schema, Error* error);

// --- Data Prep ---
// The reference shape (`inputSchema.jsonSchema`, `outputSchema.schemaRef`, `mappings` of sourceType,
// source, destination); the older sources-tutorial shape (xdmSchema, sourceAttribute, …) is not written.
Json mappingSet(const MappingSetDraft& draft);
QByteArray mappingSetBody(const MappingSetDraft& draft);
// {"data": [rows], "mappingSet": {…}}: `data` an array as the schema declares (its example sends one object).
QByteArray previewBody(const MappingSetDraft& draft, const Json& rows);
// {"validationResponse": [{status, errors}]} → the failed rules' problems (empty: all valid).
QList<MappingProblem> parseValidation(const QByteArray& body, Error* error);
MappingPreview parsePreview(const QByteArray& body, Error* error);
CreatedObject parseCreatedMappingSet(const QByteArray& body, Error* error); // {id, version}
QList<PlatformObject> parseMappingSetList(const QByteArray& body, Error* error); // {"data": […]}

// --- Flow Service ---
QList<FlowSpecInfo> parseFlowSpecs(const JsonDocument& page, Error* error);
QByteArray sourceConnectionBody(const SourceConnectionDraft& draft);
QByteArray targetConnectionBody(const TargetConnectionDraft& draft);
// scheduleParams as the OpenAPI types them: startTime an integer (epoch seconds), interval a string,
// backfill a boolean; mappingVersion a string. Adobe's examples send all of them as strings, and
// Platform takes both.
QByteArray flowBody(const FlowDraft& draft);
CreatedObject parseCreatedObject(const QByteArray& body, Error* error); // {id, etag}
QList<PlatformObject> parseObjectList(const JsonDocument& page, Error* error); // {"items": […]}
QList<FlowSummary> parseFlowList(const JsonDocument& page, Error* error);
// Runs: `activities` or the OpenAPI's `activites`, `etag` or `eTag`, errors in the status summary,
// the run or its activities.
QList<FlowRun> parseRuns(const JsonDocument& page, Error* error);

} // namespace DataflowJson

} // namespace Inlet
