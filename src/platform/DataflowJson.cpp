#include "DataflowJson.h"

#include "platform/FlowServiceJson.h"

#include <QCoreApplication>

namespace Inlet::DataflowJson {

using FlowServiceJson::fromEpochMs;
using FlowServiceJson::memberOf;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::DataflowJson", text);
}

Error badResponse(const QString& text)
{
    return Error::make(Error::Kind::BadResponse, text);
}

// The body as a parsed document whose root is `wanted` (object or array).
std::optional<JsonDocument> parseAs(const QByteArray& body, bool array, Error* error)
{
    JsonDocument document = FlowServiceJson::parse(body, error);
    if (error->isError())
        return std::nullopt;
    if (array ? !document.root.is_array() : !document.root.is_object()) {
        *error =
            badResponse(array ? tr("The response is not a JSON array.") : tr("The response is not a JSON object."));
        return std::nullopt;
    }
    return document;
}

const Json* arrayMember(const Json& object, const char* key)
{
    const Json* member = jsonMember(object, key);
    return member && member->is_array() ? member : nullptr;
}

Json schemaRef(const QString& schemaId)
{
    return Json{{"id", toJson(schemaId)}, {"contentType", kFullSchemaMediaType}};
}

// A column as JSON Schema for Data Prep's input schema; nested values are objects and arrays.
Json columnSchema(const ExploreColumn& column)
{
    Json schema{{"type", toJson(column.xdmType.isEmpty() ? QStringLiteral("string") : column.xdmType)}};
    if (!column.xdmFormat.isEmpty())
        schema["format"] = toJson(column.xdmFormat);
    return schema;
}

QString sourceTypeName(MappingRule::SourceType type)
{
    switch (type) {
    case MappingRule::SourceType::Expression:
        return QStringLiteral("EXPRESSION");
    case MappingRule::SourceType::Static:
        return QStringLiteral("STATIC");
    case MappingRule::SourceType::Attribute:
        break;
    }
    return QStringLiteral("ATTRIBUTE");
}

QList<MappingProblem> problemsOf(const Json* errors)
{
    QList<MappingProblem> problems;
    if (!errors || !errors->is_array())
        return problems;
    for (const Json& item : *errors) {
        MappingProblem problem{jsonString(item, "source"),
                               jsonString(item, "destination"),
                               jsonString(item, "exception", jsonString(item, "message"))};
        if (!problem.message.isEmpty())
            problems << problem;
    }
    return problems;
}

// Depth-first through `properties`, so an object comes before its children.
void flatten(const Json& properties,
             const QString& prefix,
             int depth,
             bool parentRequired,
             const Json& required,
             QList<SchemaField>* fields)
{
    if (!properties.is_object())
        return;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const Json& property = it.value();
        SchemaField field;
        const QString key = QString::fromStdString(it.key());
        field.path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        field.title = jsonString(property, "title", key);
        field.type = jsonString(property, "type", QStringLiteral("string"));
        field.format = jsonString(property, "format");
        field.depth = depth;
        bool listed = false;
        if (required.is_array()) {
            for (const Json& name : required)
                listed = listed || jsonString(name) == key;
        }
        field.required = parentRequired && listed;
        fields->append(field);
        if (field.type == QLatin1String("object"))
            flatten(memberOf(property, "properties"),
                    field.path,
                    depth + 1,
                    field.required,
                    memberOf(property, "required"),
                    fields);
    }
}

// "/_acmeinc/customerId" → "_acmeinc.customerId".
QString dottedPath(const Json& sourceProperty)
{
    const Json& first = sourceProperty.is_array() && !sourceProperty.empty() ? sourceProperty.front() : sourceProperty;
    QString path = jsonString(first);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path.replace(QLatin1Char('/'), QLatin1Char('.'));
}

FlowRun::Status runStatusOf(const QString& text)
{
    const QString status = text.toLower().remove(QLatin1Char('_'));
    if (status == QLatin1String("queued") || status == QLatin1String("scheduled") || status == QLatin1String("pending"))
        return FlowRun::Status::Queued;
    if (status == QLatin1String("inprogress") || status == QLatin1String("running")
        || status == QLatin1String("started"))
        return FlowRun::Status::InProgress;
    if (status == QLatin1String("success") || status == QLatin1String("completed")
        || status == QLatin1String("partialsuccess"))
        return FlowRun::Status::Succeeded;
    if (status == QLatin1String("failed") || status == QLatin1String("failure")
        || status == QLatin1String("partialfailure"))
        return FlowRun::Status::Failed;
    return FlowRun::Status::Other;
}

void addRunErrors(const Json& holder, QList<RunError>* errors)
{
    const Json* list = arrayMember(holder, "errors");
    if (!list)
        return;
    for (const Json& item : *list) {
        RunError error{jsonString(item, "code"), jsonString(item, "message")};
        const bool seen = std::any_of(errors->cbegin(), errors->cend(), [&](const RunError& other) {
            return other.code == error.code && other.message == error.message;
        });
        if (!seen && !(error.code.isEmpty() && error.message.isEmpty()))
            errors->append(error);
    }
}

qint64 count(const Json& summary, const char* key)
{
    const Json* value = jsonMember(summary, key);
    return value ? jsonInt64(*value).value_or(0) : 0;
}

} // namespace

QByteArray datasetBody(const QString& name, const QString& description, const QString& schemaId)
{
    Json body{{"name", toJson(name)}};
    if (!description.isEmpty())
        body["description"] = toJson(description);
    body["schemaRef"] = Json{{"id", toJson(schemaId)}, {"contentType", "application/vnd.adobe.xed+json;version=1"}};
    return JsonText::write(body);
}

QList<DatasetSummary> parseDatasets(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    QList<DatasetSummary> datasets;
    for (auto it = document->root.begin(); it != document->root.end(); ++it) {
        if (!it.value().is_object())
            continue;
        DatasetSummary dataset;
        dataset.id = QString::fromStdString(it.key());
        dataset.name = jsonString(it.value(), "name", dataset.id);
        dataset.description = jsonString(it.value(), "description");
        dataset.schemaId = jsonString(memberOf(it.value(), "schemaRef"), "id");
        dataset.createdAt = fromEpochMs(jsonMember(it.value(), "created"));
        datasets << dataset;
    }
    return datasets;
}

CreatedObject parseCreatedDataset(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, true, error);
    if (!document)
        return {};
    const QString location = document->root.empty() ? QString() : jsonString(document->root.front());
    const QString prefix = QStringLiteral("@/dataSets/");
    if (!location.startsWith(prefix) || location.size() == prefix.size()) {
        *error = badResponse(tr("The response does not name the new dataset."));
        return {};
    }
    return CreatedObject{location.mid(prefix.size()), {}, 0};
}

QList<SchemaSummary> parseSchemaList(const JsonDocument& page, Error* error)
{
    if (!page.isValid()) {
        *error = FlowServiceJson::notJson(page);
        return {};
    }
    const Json* results = arrayMember(page.root, "results");
    if (!results) {
        *error = badResponse(tr("The response has no \"results\" array."));
        return {};
    }
    QList<SchemaSummary> schemas;
    for (const Json& item : *results) {
        SchemaSummary schema{jsonString(item, "$id"),
                             jsonString(item, "meta:altId"),
                             jsonString(item, "title"),
                             jsonString(item, "version")};
        if (!schema.id.isEmpty())
            schemas << schema;
    }
    return schemas;
}

XdmSchema parseSchema(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    const Json& root = document->root;
    XdmSchema schema;
    schema.id = jsonString(root, "$id");
    schema.altId = jsonString(root, "meta:altId");
    schema.title = jsonString(root, "title");
    schema.description = jsonString(root, "description");
    schema.classId = jsonString(root, "meta:class");
    schema.behavior = jsonString(root, "meta:behaviorType");
    if (schema.behavior.isEmpty())
        schema.behavior = schema.classId.endsWith(QLatin1String("/experienceevent")) ? QStringLiteral("time-series")
                                                                                     : QStringLiteral("record");
    if (schema.id.isEmpty() || !jsonMember(root, "properties")) {
        *error = badResponse(tr("The schema has no $id or no resolved properties."));
        return {};
    }
    flatten(memberOf(root, "properties"), QString(), 0, true, memberOf(root, "required"), &schema.fields);
    return schema;
}

void applyDescriptors(const QByteArray& body, XdmSchema* schema, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return;
    const auto mark = [&](const char* type, const std::function<void(const Json&, SchemaField*)>& apply) {
        const Json* descriptors = arrayMember(document->root, type);
        if (!descriptors)
            return;
        for (const Json& descriptor : *descriptors) {
            if (jsonString(descriptor, "xdm:sourceSchema") != schema->id)
                continue;
            const QString path = dottedPath(memberOf(descriptor, "xdm:sourceProperty"));
            for (SchemaField& field : schema->fields) {
                if (field.path == path)
                    apply(descriptor, &field);
            }
        }
    };
    mark("xdm:descriptorIdentity", [](const Json& descriptor, SchemaField* field) {
        field->identity = true;
        field->primaryIdentity = jsonBool(descriptor, "xdm:isPrimary", false);
        field->identityNamespace = jsonString(descriptor, "xdm:namespace");
    });
    mark("xdm:descriptorPrimaryKey", [](const Json&, SchemaField* field) { field->primaryKey = true; });
}

Json mappingSet(const MappingSetDraft& draft)
{
    Json properties = Json::object();
    for (const ExploreColumn& column : draft.inputColumns)
        properties[column.name.toStdString()] = columnSchema(column);
    Json mappings = Json::array();
    for (const MappingRule& rule : draft.rules)
        mappings.push_back(Json{{"sourceType", toJson(sourceTypeName(rule.sourceType))},
                                {"source", toJson(rule.source)},
                                {"destination", toJson(rule.destination)}});
    Json set = Json::object();
    if (!draft.name.isEmpty())
        set["name"] = toJson(draft.name);
    set["version"] = 0;
    set["inputSchema"] = Json{{"jsonSchema", Json{{"type", "object"}, {"properties", properties}}}};
    set["outputSchema"] = Json{{"schemaRef", schemaRef(draft.schemaId)}};
    set["mappings"] = mappings;
    return set;
}

QByteArray mappingSetBody(const MappingSetDraft& draft)
{
    return JsonText::write(mappingSet(draft));
}

QByteArray previewBody(const MappingSetDraft& draft, const Json& rows)
{
    return JsonText::write(Json{{"data", rows}, {"mappingSet", mappingSet(draft)}});
}

QList<MappingProblem> parseValidation(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    const Json* answers = arrayMember(document->root, "validationResponse");
    if (!answers) {
        *error = badResponse(tr("The response has no \"validationResponse\" array."));
        return {};
    }
    QList<MappingProblem> problems;
    for (const Json& answer : *answers) {
        if (jsonString(answer, "status").compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) != 0)
            problems << problemsOf(jsonMember(answer, "errors"));
    }
    return problems;
}

MappingPreview parsePreview(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    MappingPreview preview;
    const Json& data = memberOf(document->root, "data");
    if (data.is_array()) {
        for (const Json& row : data)
            preview.rows << JsonText::write(row);
    } else if (data.is_object()) {
        preview.rows << JsonText::write(data);
    }
    preview.problems = problemsOf(jsonMember(document->root, "errors"));
    return preview;
}

CreatedObject parseCreatedMappingSet(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    const Json* version = jsonMember(document->root, "version");
    CreatedObject created{jsonString(document->root, "id"), {}, int(version ? jsonInt64(*version).value_or(0) : 0)};
    if (created.id.isEmpty())
        *error = badResponse(tr("The response has no mapping set id."));
    return created;
}

QList<PlatformObject> parseMappingSetList(const QByteArray& body, Error* error)
{
    const auto document = parseAs(body, false, error);
    if (!document)
        return {};
    const Json& data = memberOf(document->root, "data");
    QList<PlatformObject> sets;
    const auto add = [&sets](const Json& item) {
        const Json* version = jsonMember(item, "version");
        const Json* created = jsonMember(item, "createdDate");
        QDateTime createdAt = fromEpochMs(created);
        if (!createdAt.isValid() && created) // the schema says date-time, the examples epoch ms
            createdAt = QDateTime::fromString(jsonString(*created), Qt::ISODateWithMs);
        sets << PlatformObject{jsonString(item, "id"),
                               jsonString(item, "name"),
                               createdAt,
                               {},
                               int(version ? jsonInt64(*version).value_or(0) : 0)};
    };
    if (data.is_array()) {
        for (const Json& item : data)
            add(item);
    } else if (data.is_object()) {
        add(data);
    }
    return sets;
}

QList<FlowSpecInfo> parseFlowSpecs(const JsonDocument& page, Error* error)
{
    if (!page.isValid()) {
        *error = FlowServiceJson::notJson(page);
        return {};
    }
    const Json* items = arrayMember(page.root, "items");
    if (!items) {
        *error = badResponse(tr("The response has no \"items\" array."));
        return {};
    }
    QList<FlowSpecInfo> specs;
    for (const Json& item : *items) {
        FlowSpecInfo spec;
        spec.id = jsonString(item, "id");
        spec.name = jsonString(item, "name");
        spec.version = jsonString(item, "version", QStringLiteral("1.0"));
        if (const Json* sources = arrayMember(item, "sourceConnectionSpecIds")) {
            for (const Json& id : *sources)
                spec.sourceConnectionSpecIds << jsonString(id);
        }
        spec.draftModeSupported = jsonBool(memberOf(item, "attributes"), "isDraftModeSupported", false);
        if (!spec.id.isEmpty())
            specs << spec;
    }
    return specs;
}

QByteArray sourceConnectionBody(const SourceConnectionDraft& draft)
{
    Json body{{"name", toJson(draft.name)}};
    if (!draft.description.isEmpty())
        body["description"] = toJson(draft.description);
    body["baseConnectionId"] = toJson(draft.baseConnectionId);
    Json params = Json::object();
    if (draft.objectType == QLatin1String("file")) {
        const FileFormat format = draft.format.value_or(FileFormat{});
        Json properties = Json::object();
        if (format.type == FileFormat::Type::Delimited)
            properties["columnDelimiter"] = toJson(format.delimiter);
        if (!format.compression.isEmpty())
            properties["compressionType"] = toJson(format.compression);
        body["data"] = Json{{"format", toJson(format.typeName())}};
        if (!properties.empty())
            body["data"]["properties"] = properties;
        params["path"] = toJson(draft.path);
        params["type"] = "file";
    } else {
        body["data"] = Json{{"format", "tabular"}};
        params["tableName"] = toJson(draft.path);
        Json columns = Json::array();
        for (const ExploreColumn& column : draft.columns)
            columns.push_back(
                Json{{"name", toJson(column.name)}, {"type", toJson(column.type)}, {"xdm", columnSchema(column)}});
        params["columns"] = columns;
        if (draft.cdcEnabled)
            params["cdcEnabled"] = true;
    }
    body["params"] = params;
    body["connectionSpec"] =
        Json{{"id", toJson(draft.connectionSpecId)}, {"version", toJson(draft.connectionSpecVersion)}};
    return JsonText::write(body);
}

QByteArray targetConnectionBody(const TargetConnectionDraft& draft)
{
    const Json body{{"name", toJson(draft.name)},
                    {"data", Json{{"schema", Json{{"id", toJson(draft.schemaId)}, {"version", kFullSchemaMediaType}}}}},
                    {"params", Json{{"dataSetId", toJson(draft.datasetId)}}},
                    {"connectionSpec", Json{{"id", kDataLakeSpecId}, {"version", "1.0"}}}};
    return JsonText::write(body);
}

QByteArray flowBody(const FlowDraft& draft)
{
    const FlowSchedule& schedule = draft.schedule;
    Json transformations = Json::array();
    if (!schedule.deltaColumn.isEmpty())
        transformations.push_back(Json{
            {"name", "Copy"},
            {"params",
             Json{{"deltaColumn",
                   Json{{"name", toJson(schedule.deltaColumn)}, {"dateFormat", "YYYY-MM-DD"}, {"timezone", "UTC"}}}}}});
    transformations.push_back(
        Json{{"name", "Mapping"},
             {"params",
              Json{{"mappingId", toJson(draft.mappingId)}, {"mappingVersion", std::to_string(draft.mappingVersion)}}}});
    Json scheduleParams{{"startTime", schedule.startUtc.toSecsSinceEpoch()},
                        {"frequency", toJson(FlowSchedule::frequencyName(schedule.frequency))}};
    if (schedule.frequency != FlowSchedule::Frequency::Once) {
        scheduleParams["interval"] = std::to_string(schedule.interval);
        scheduleParams["backfill"] = schedule.backfill;
    }
    Json body{{"name", toJson(draft.name)}};
    if (!draft.description.isEmpty())
        body["description"] = toJson(draft.description);
    body["flowSpec"] = Json{{"id", toJson(draft.flowSpec.id)}, {"version", toJson(draft.flowSpec.version)}};
    body["sourceConnectionIds"] = Json::array({toJson(draft.sourceConnectionId)});
    body["targetConnectionIds"] = Json::array({toJson(draft.targetConnectionId)});
    body["transformations"] = transformations;
    body["scheduleParams"] = scheduleParams;
    Json options{{"errorDiagnosticsEnabled", schedule.errorDiagnostics}};
    if (schedule.partialIngestionPercent)
        options["partialIngestionPercent"] = *schedule.partialIngestionPercent;
    body["options"] = options;
    return JsonText::write(body);
}

CreatedObject parseCreatedObject(const QByteArray& body, Error* error)
{
    const CreatedConnection created = FlowServiceJson::parseCreated(body, error);
    return CreatedObject{created.id, created.etag, 0};
}

QList<PlatformObject> parseObjectList(const JsonDocument& page, Error* error)
{
    QList<PlatformObject> objects;
    for (const ConnectionSummary& summary : FlowServiceJson::parseConnectionList(page, error))
        objects << PlatformObject{summary.id, summary.name, summary.createdAt, summary.etag, 0};
    return objects;
}

QList<FlowSummary> parseFlowList(const JsonDocument& page, Error* error)
{
    if (!page.isValid()) {
        *error = FlowServiceJson::notJson(page);
        return {};
    }
    const Json* items = arrayMember(page.root, "items");
    if (!items) {
        *error = badResponse(tr("The response has no \"items\" array."));
        return {};
    }
    QList<FlowSummary> flows;
    const auto ids = [](const Json& item, const char* key) {
        QStringList list;
        if (const Json* array = arrayMember(item, key)) {
            for (const Json& id : *array)
                list << jsonString(id);
        }
        return list;
    };
    for (const Json& item : *items) {
        FlowSummary flow;
        flow.id = jsonString(item, "id");
        flow.name = jsonString(item, "name");
        const Json& spec = memberOf(item, "flowSpec");
        flow.flowSpecId = spec.is_string() ? jsonString(spec) : jsonString(spec, "id");
        flow.state = jsonString(item, "state");
        flow.sourceConnectionIds = ids(item, "sourceConnectionIds");
        flow.targetConnectionIds = ids(item, "targetConnectionIds");
        flow.createdAt = fromEpochMs(jsonMember(item, "createdAt"));
        flow.etag = jsonString(item, "etag");
        if (!flow.id.isEmpty())
            flows << flow;
    }
    return flows;
}

QList<FlowRun> parseRuns(const JsonDocument& page, Error* error)
{
    if (!page.isValid()) {
        *error = FlowServiceJson::notJson(page);
        return {};
    }
    const Json* items = arrayMember(page.root, "items");
    if (!items) {
        *error = badResponse(tr("The response has no \"items\" array."));
        return {};
    }
    QList<FlowRun> runs;
    for (const Json& item : *items) {
        FlowRun run;
        run.id = jsonString(item, "id");
        const Json& metrics = memberOf(item, "metrics");
        const Json& statusSummary = memberOf(metrics, "statusSummary");
        run.statusText = jsonString(statusSummary, "status");
        run.status = runStatusOf(run.statusText);
        const Json& duration = memberOf(metrics, "durationSummary");
        run.startedAt = fromEpochMs(jsonMember(duration, "startedAtUTC"));
        if (!run.startedAt.isValid())
            run.startedAt = fromEpochMs(jsonMember(item, "createdAt"));
        run.completedAt = fromEpochMs(jsonMember(duration, "completedAtUTC"));
        const Json& records = memberOf(metrics, "recordSummary");
        run.recordsRead = count(records, "inputRecordCount");
        run.recordsWritten = count(records, "outputRecordCount");
        run.recordsFailed = count(records, "failedRecordCount");
        addRunErrors(statusSummary, &run.errors);
        addRunErrors(item, &run.errors);
        for (const char* key : {"activities", "activites"}) {
            if (const Json* activities = arrayMember(item, key)) {
                for (const Json& activity : *activities)
                    addRunErrors(memberOf(activity, "statusSummary"), &run.errors);
            }
        }
        if (!run.id.isEmpty())
            runs << run;
    }
    return runs;
}

} // namespace Inlet::DataflowJson
