#include "UnfinishedDataflows.h"

#include "core/Json.h"
#include "core/Settings.h"

namespace Inlet {

namespace {

constexpr int kFormat = 2; // 2: several steps can be in doubt at once

QString str(const Json& object, const char* key)
{
    return jsonString(object, key);
}

Json columnsToJson(const QList<ExploreColumn>& columns)
{
    Json array = Json::array();
    for (const ExploreColumn& column : columns)
        array.push_back(Json{{"name", toJson(column.name)},
                             {"type", toJson(column.type)},
                             {"xdmType", toJson(column.xdmType)},
                             {"xdmFormat", toJson(column.xdmFormat)}});
    return array;
}

QList<ExploreColumn> columnsFromJson(const Json* array)
{
    QList<ExploreColumn> columns;
    if (!array || !array->is_array())
        return columns;
    for (const Json& item : *array)
        columns << ExploreColumn{str(item, "name"), str(item, "type"), str(item, "xdmType"), str(item, "xdmFormat")};
    return columns;
}

Json createdToJson(const std::optional<CreatedObject>& created)
{
    if (!created)
        return nullptr;
    return Json{{"id", toJson(created->id)}, {"etag", toJson(created->etag)}, {"version", created->version}};
}

std::optional<CreatedObject> createdFromJson(const Json* value)
{
    if (!value || !value->is_object() || str(*value, "id").isEmpty())
        return std::nullopt;
    const Json* version = jsonMember(*value, "version");
    return CreatedObject{str(*value, "id"), str(*value, "etag"), int(version ? jsonInt64(*version).value_or(0) : 0)};
}

const QList<std::pair<const char*, DataflowStep>> kSteps{{"dataset", DataflowStep::Dataset},
                                                         {"sourceConnection", DataflowStep::SourceConnection},
                                                         {"targetConnection", DataflowStep::TargetConnection},
                                                         {"mappingSet", DataflowStep::MappingSet},
                                                         {"flow", DataflowStep::Flow}};

qint64 intOf(const Json& object, const char* key, qint64 fallback)
{
    const Json* value = jsonMember(object, key);
    return value ? jsonInt64(*value).value_or(fallback) : fallback;
}

} // namespace

UnfinishedDataflows::UnfinishedDataflows(Settings& settings)
    : m_settings(settings)
{
}

QByteArray UnfinishedDataflows::toJson(const SavedDataflow& saved)
{
    const DataflowPlan& plan = saved.plan;
    Json object{{"name", Inlet::toJson(plan.object.name)},
                {"connectionId", Inlet::toJson(plan.object.connectionId)},
                {"path", Inlet::toJson(plan.object.path)},
                {"type", Inlet::toJson(plan.object.type)},
                {"columns", columnsToJson(plan.object.columns)}};
    if (plan.object.format)
        object["format"] = Json{{"type", Inlet::toJson(plan.object.format->typeName())},
                                {"delimiter", Inlet::toJson(plan.object.format->delimiter)},
                                {"compression", Inlet::toJson(plan.object.format->compression)}};
    Json rules = Json::array();
    for (const MappingRule& rule : plan.rules)
        rules.push_back(Json{{"sourceType", int(rule.sourceType)},
                             {"source", Inlet::toJson(rule.source)},
                             {"destination", Inlet::toJson(rule.destination)}});
    const FlowSchedule& schedule = plan.schedule;
    Json scheduleJson{{"frequency", Inlet::toJson(FlowSchedule::frequencyName(schedule.frequency))},
                      {"interval", schedule.interval},
                      {"startUtc", schedule.startUtc.toSecsSinceEpoch()},
                      {"backfill", schedule.backfill},
                      {"deltaColumn", Inlet::toJson(schedule.deltaColumn)},
                      {"errorDiagnostics", schedule.errorDiagnostics}};
    if (schedule.partialIngestionPercent)
        scheduleJson["partialIngestionPercent"] = *schedule.partialIngestionPercent;
    const Json planJson{{"name", Inlet::toJson(plan.name)},
                        {"description", Inlet::toJson(plan.description)},
                        {"sourceSpecId", Inlet::toJson(plan.sourceSpecId)},
                        {"sourceSpecVersion", Inlet::toJson(plan.sourceSpecVersion)},
                        {"baseConnectionId", Inlet::toJson(plan.baseConnectionId)},
                        {"object", object},
                        {"datasetId", Inlet::toJson(plan.datasetId)},
                        {"datasetName", Inlet::toJson(plan.datasetName)},
                        {"newDatasetName", Inlet::toJson(plan.newDatasetName)},
                        {"schemaId", Inlet::toJson(plan.schemaId)},
                        {"rules", rules},
                        {"schedule", scheduleJson}};
    const DataflowProgress& progress = saved.progress;
    Json progressJson = Json::object();
    if (progress.flowSpec)
        progressJson["flowSpec"] = Json{{"id", Inlet::toJson(progress.flowSpec->id)},
                                        {"name", Inlet::toJson(progress.flowSpec->name)},
                                        {"version", Inlet::toJson(progress.flowSpec->version)}};
    Json inDoubt = Json::object();
    for (const auto& [key, step] : kSteps) {
        progressJson[key] = createdToJson(progress.created(step));
        if (progress.inDoubt.contains(step))
            inDoubt[key] = progress.inDoubt.value(step).toMSecsSinceEpoch();
    }
    progressJson["inDoubt"] = inDoubt; // step → when its create was sent
    return JsonText::write(Json{{"format", kFormat},
                                {"profile", Inlet::toJson(saved.profile)},
                                {"savedAt", saved.savedAt.toMSecsSinceEpoch()},
                                {"plan", planJson},
                                {"progress", progressJson}});
}

std::optional<SavedDataflow> UnfinishedDataflows::fromJson(const QByteArray& json)
{
    const JsonDocument document = JsonText::parse(json);
    if (!document.isValid() || intOf(document.root, "format", 0) != kFormat)
        return std::nullopt;
    const Json* planJson = jsonMember(document.root, "plan");
    const Json* progressJson = jsonMember(document.root, "progress");
    if (!planJson || !progressJson)
        return std::nullopt;
    SavedDataflow saved;
    saved.profile = str(document.root, "profile");
    saved.savedAt = QDateTime::fromMSecsSinceEpoch(intOf(document.root, "savedAt", 0), Qt::UTC);
    DataflowPlan& plan = saved.plan;
    plan.name = str(*planJson, "name");
    plan.description = str(*planJson, "description");
    plan.sourceSpecId = str(*planJson, "sourceSpecId");
    plan.sourceSpecVersion = str(*planJson, "sourceSpecVersion");
    plan.baseConnectionId = str(*planJson, "baseConnectionId");
    if (const Json* object = jsonMember(*planJson, "object")) {
        plan.object.name = str(*object, "name");
        plan.object.connectionId = str(*object, "connectionId");
        plan.object.path = str(*object, "path");
        plan.object.type = str(*object, "type");
        plan.object.columns = columnsFromJson(jsonMember(*object, "columns"));
        if (const Json* format = jsonMember(*object, "format")) {
            if (const auto type = FileFormat::typeFromName(str(*format, "type")))
                plan.object.format = FileFormat{*type, str(*format, "delimiter"), str(*format, "compression")};
        }
    }
    plan.datasetId = str(*planJson, "datasetId");
    plan.datasetName = str(*planJson, "datasetName");
    plan.newDatasetName = str(*planJson, "newDatasetName");
    plan.schemaId = str(*planJson, "schemaId");
    if (const Json* rules = jsonMember(*planJson, "rules"); rules && rules->is_array()) {
        for (const Json& rule : *rules) {
            const qint64 type = intOf(rule, "sourceType", 0);
            if (type < 0 || type > int(MappingRule::SourceType::Static))
                return std::nullopt;
            plan.rules << MappingRule{MappingRule::SourceType(type), str(rule, "source"), str(rule, "destination")};
        }
    }
    if (const Json* schedule = jsonMember(*planJson, "schedule")) {
        const auto frequency = FlowSchedule::frequencyFromName(str(*schedule, "frequency"));
        if (!frequency)
            return std::nullopt;
        plan.schedule.frequency = *frequency;
        plan.schedule.interval = int(intOf(*schedule, "interval", 1));
        plan.schedule.startUtc = QDateTime::fromSecsSinceEpoch(intOf(*schedule, "startUtc", 0), Qt::UTC);
        plan.schedule.backfill = jsonBool(*schedule, "backfill", true);
        plan.schedule.deltaColumn = str(*schedule, "deltaColumn");
        plan.schedule.errorDiagnostics = jsonBool(*schedule, "errorDiagnostics", true);
        if (jsonMember(*schedule, "partialIngestionPercent"))
            plan.schedule.partialIngestionPercent = int(intOf(*schedule, "partialIngestionPercent", 0));
    }
    DataflowProgress& progress = saved.progress;
    if (const Json* spec = jsonMember(*progressJson, "flowSpec"))
        progress.flowSpec = FlowSpecInfo{str(*spec, "id"), str(*spec, "name"), str(*spec, "version"), {}, false};
    const Json* inDoubt = jsonMember(*progressJson, "inDoubt");
    for (const auto& [key, step] : kSteps) {
        progress.created(step) = createdFromJson(jsonMember(*progressJson, key));
        if (inDoubt && jsonMember(*inDoubt, key))
            progress.inDoubt.insert(step, QDateTime::fromMSecsSinceEpoch(intOf(*inDoubt, key, 0), Qt::UTC));
    }
    return saved;
}

Error UnfinishedDataflows::keep(const SavedDataflow& saved)
{
    m_settings.setUnfinishedDataflow(toJson(saved));
    return m_settings.sync();
}

std::optional<SavedDataflow> UnfinishedDataflows::restore() const
{
    const QByteArray json = m_settings.unfinishedDataflow();
    return json.isEmpty() ? std::nullopt : fromJson(json);
}

Error UnfinishedDataflows::discard()
{
    if (m_settings.unfinishedDataflow().isEmpty())
        return {};
    m_settings.clearUnfinishedDataflow();
    return m_settings.sync();
}

} // namespace Inlet
