#include "DataPrepService.h"

#include "Identifiers.h"
#include "Replies.h"
#include "SchemaContent.h"

#include <QDateTime>
#include <QJsonDocument>

#include <optional>

namespace Inlet::Sim {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// One mapping in the reference shape, whichever shape it came in.
struct Mapping
{
    QString sourceType;
    QString source;
    QString destination;
};

QList<Mapping> mappingsOf(const QJsonObject& set)
{
    QList<Mapping> mappings;
    for (const QJsonValue value : set.value(QLatin1String("mappings")).toArray()) {
        const QJsonObject object = value.toObject();
        Mapping mapping{str(object, "sourceType"), str(object, "source"), str(object, "destination")};
        if (mapping.destination.isEmpty()) // the older sources-tutorial shape
            mapping = {QStringLiteral("ATTRIBUTE"), str(object, "sourceAttribute"), str(object, "destinationXdmPath")};
        if (mapping.sourceType.isEmpty())
            mapping.sourceType = QStringLiteral("ATTRIBUTE");
        mappings << mapping;
    }
    return mappings;
}

QString outputSchemaId(const QJsonObject& set)
{
    const QString id =
        str(set.value(QLatin1String("outputSchema")).toObject().value(QLatin1String("schemaRef")).toObject(), "id");
    return id.isEmpty() ? str(set, "xdmSchema") : id;
}

// The input column's JSON Schema, at a dotted path into objects; none when the set declares no input schema.
std::optional<QJsonObject> inputColumn(const QJsonObject& set, const QString& path, bool* declared)
{
    QJsonObject properties = set.value(QLatin1String("inputSchema"))
                                 .toObject()
                                 .value(QLatin1String("jsonSchema"))
                                 .toObject()
                                 .value(QLatin1String("properties"))
                                 .toObject();
    *declared = !properties.isEmpty();
    const QStringList keys = path.split(QLatin1Char('.'));
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonObject column = properties.value(keys.at(i)).toObject();
        if (column.isEmpty())
            return std::nullopt;
        if (i == keys.size() - 1)
            return column;
        properties = column.value(QLatin1String("properties")).toObject();
    }
    return std::nullopt;
}

// The XDM-ish type of a JSON Schema field: string, integer, number, boolean, date, date-time, object, array.
QString typeOf(const QJsonObject& field)
{
    QString format = str(field, "format");
    if (format == QLatin1String("date") || format == QLatin1String("date-time"))
        return format;
    return str(field, "type");
}

// Whether Data Prep converts a value of `from` into `to` at all (a string may still fail per value).
bool converts(const QString& from, const QString& to)
{
    if (from == to || to == QLatin1String("string") || from == QLatin1String("string"))
        return from != QLatin1String("object") && from != QLatin1String("array") ? true : from == to;
    if (from == QLatin1String("integer") && to == QLatin1String("number"))
        return true;
    if (from == QLatin1String("number") && to == QLatin1String("integer"))
        return true; // truncated, as Data Prep does
    if (from == QLatin1String("date") && to == QLatin1String("date-time"))
        return true;
    if (from == QLatin1String("date-time") && to == QLatin1String("date"))
        return true;
    return false;
}

// A value converted to `type`, or undefined when it does not convert.
QJsonValue convert(const QJsonValue& value, const QString& type)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue::Null;
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (type == QLatin1String("string"))
        return value.isObject() || value.isArray() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        bool ok = false;
        const double number = value.isDouble() ? value.toDouble() : text.toDouble(&ok);
        if (!value.isDouble() && !ok)
            return QJsonValue::Undefined;
        return type == QLatin1String("integer") ? QJsonValue(qint64(number)) : QJsonValue(number);
    }
    if (type == QLatin1String("boolean")) {
        if (value.isBool())
            return value;
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        return QJsonValue::Undefined;
    }
    if (type == QLatin1String("date") || type == QLatin1String("date-time")) {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
        if (!moment.isValid() && !day.isValid())
            return QJsonValue::Undefined;
        return type == QLatin1String("date")
            ? day.toString(Qt::ISODate)
            : (moment.isValid() ? moment : day.startOfDay(Qt::UTC)).toUTC().toString(Qt::ISODateWithMs);
    }
    return value; // objects and arrays as they are
}

void setAt(QJsonObject* object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        object->insert(path.first(), value);
        return;
    }
    QJsonObject child = object->value(path.first()).toObject();
    setAt(&child, path.mid(1), value);
    object->insert(path.first(), child);
}

QJsonValue valueAt(const QJsonObject& row, const QString& path)
{
    QJsonValue value = row;
    for (const QString& key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

QJsonObject transformError(const Mapping& mapping, const QString& message)
{
    return {{QStringLiteral("source"), mapping.source},
            {QStringLiteral("destination"), mapping.destination},
            {QStringLiteral("sourceType"), mapping.sourceType},
            {QStringLiteral("columnName"), mapping.source},
            {QStringLiteral("exception"), message}};
}

// One validationResponse entry per mapping.
QJsonArray validation(const QJsonObject& set)
{
    const auto schema = SchemaContent::find(outputSchemaId(set));
    QJsonArray answers;
    for (const Mapping& mapping : mappingsOf(set)) {
        QString problem;
        const auto field = schema ? SchemaContent::field(*schema, mapping.destination) : std::nullopt;
        bool declared = false;
        const auto column = inputColumn(set, mapping.source, &declared);
        if (!schema)
            problem = QStringLiteral("The output schema '%1' does not exist.").arg(outputSchemaId(set));
        else if (!field)
            problem = QStringLiteral("The destination '%1' is not a field of the schema '%2'.")
                          .arg(mapping.destination, schema->title);
        else if (mapping.sourceType == QLatin1String("ATTRIBUTE") && declared && !column)
            problem = QStringLiteral("The source '%1' is not a column of the input schema.").arg(mapping.source);
        else if (column && !converts(typeOf(*column), typeOf(*field)))
            problem = QStringLiteral("A value of type %1 cannot be converted to %2 ('%3').")
                          .arg(typeOf(*column), typeOf(*field), mapping.destination);
        answers.append(problem.isEmpty()
                           ? QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                                         {QStringLiteral("errors"), QJsonValue::Null}}
                           : QJsonObject{{QStringLiteral("status"), QStringLiteral("FAILED")},
                                         {QStringLiteral("errors"), QJsonArray{transformError(mapping, problem)}}});
    }
    return answers;
}

bool allSucceed(const QJsonArray& answers)
{
    return std::all_of(answers.begin(), answers.end(), [](const QJsonValue& answer) {
        return answer.toObject().value(QLatin1String("status")).toString() == QLatin1String("SUCCESS");
    });
}

} // namespace

DataPrepService::DataPrepService(const SimulatorOptions& options)
    : m_options(options)
{
}

void DataPrepService::addRoutes(Routes& routes)
{
    routes.post(QStringLiteral("/mappingSets"), [this](const Call& call) { return create(call); });
    routes.get(QStringLiteral("/mappingSets"), [this](const Call& call) { return list(call); });
    routes.get(QStringLiteral("/mappingSets/{id}"), [this](const Call& call) { return get(call); });
    routes.post(QStringLiteral("/mappingSets/validate"), [this](const Call& call) { return validate(call); });
    routes.post(QStringLiteral("/mappingSets/preview"), [this](const Call& call) { return preview(call); });
}

void DataPrepService::addAdminRoutes(Routes& admin)
{
    admin.get(QStringLiteral("/mappingSets"), [this](const Call&) {
        QJsonArray all;
        for (const MappingSet& set : m_mappingSets)
            all.append(set.body);
        return Replies::json(200, {{QStringLiteral("data"), all}});
    });
}

Response DataPrepService::error(int status, const QString& code, const QString& message, const QString& requestId)
{
    return Replies::problem(QStringLiteral("DCVS"),
                            code + QLatin1Char('-') + QString::number(status),
                            QStringLiteral("Invalid request"),
                            message,
                            requestId);
}

Response DataPrepService::notFound(const Call& call) const
{
    return error(
        404, QStringLiteral("1104"), QStringLiteral("Resource not found: %1").arg(call.path), call.requestId());
}

void DataPrepService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("mappingSetsCreated"), m_created);
    stats->insert(QStringLiteral("mappingValidations"), m_validations);
    stats->insert(QStringLiteral("mappingPreviews"), m_previews);
}

void DataPrepService::reset()
{
    m_mappingSets.clear();
    m_created = m_validations = m_previews = 0;
}

bool DataPrepService::hasMapping(const QString& sandbox, const QString& mappingId) const
{
    return std::any_of(m_mappingSets.cbegin(), m_mappingSets.cend(), [&](const MappingSet& set) {
        return set.id == mappingId && set.sandbox == sandbox;
    });
}

Response DataPrepService::create(const Call& call)
{
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (mappingsOf(body).isEmpty())
        return error(
            400, QStringLiteral("1101"), QStringLiteral("A mapping set needs at least one mapping."), call.requestId());
    const QJsonArray answers = validation(body);
    if (!allSucceed(answers)) {
        for (const QJsonValue answer : answers) {
            const QJsonArray errors = answer.toObject().value(QLatin1String("errors")).toArray();
            if (!errors.isEmpty())
                return error(400,
                             QStringLiteral("1106"),
                             errors.first().toObject().value(QLatin1String("exception")).toString(),
                             call.requestId());
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    MappingSet set{Identifiers::lowerAlphanumeric(32), call.sandbox(), body};
    set.body.insert(QStringLiteral("id"), set.id);
    set.body.insert(QStringLiteral("version"), 0);
    set.body.insert(QStringLiteral("createdDate"), now);
    set.body.insert(QStringLiteral("modifiedDate"), now);
    set.body.insert(QStringLiteral("createdBy"), QStringLiteral("inlet-platform-sim@AdobeID"));
    m_mappingSets.append(set);
    ++m_created;
    return Replies::json(200,
                         {{QStringLiteral("id"), set.id},
                          {QStringLiteral("version"), 0},
                          {QStringLiteral("createdDate"), now},
                          {QStringLiteral("modifiedDate"), now},
                          {QStringLiteral("createdBy"), QStringLiteral("inlet-platform-sim@AdobeID")},
                          {QStringLiteral("modifiedBy"), QStringLiteral("inlet-platform-sim@AdobeID")}});
}

Response DataPrepService::list(const Call& call) const
{
    const QUrlQuery& query = call.request.query;
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 10;
    const int start = query.queryItemValue(QStringLiteral("start")).toInt();
    QJsonArray data;
    int index = 0;
    for (const MappingSet& set : m_mappingSets) {
        if (set.sandbox != call.sandbox() || (!name.isEmpty() && str(set.body, "name") != name))
            continue;
        if (index++ >= start && data.size() < limit)
            data.append(set.body);
    }
    return Replies::json(
        200,
        {{QStringLiteral("_links"), QJsonObject()},
         {QStringLiteral("_page"), QJsonObject{{QStringLiteral("count"), index}, {QStringLiteral("limit"), limit}}},
         {QStringLiteral("data"), data}});
}

Response DataPrepService::get(const Call& call) const
{
    const QString id = call.argument(QStringLiteral("id"));
    for (const MappingSet& set : m_mappingSets) {
        if (set.id == id && set.sandbox == call.sandbox())
            return Replies::json(200, set.body);
    }
    return error(
        404, QStringLiteral("1104"), QStringLiteral("Mapping set %1 was not found.").arg(id), call.requestId());
}

Response DataPrepService::validate(const Call& call)
{
    ++m_validations;
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    if (mappingsOf(body).isEmpty())
        return error(
            400, QStringLiteral("1101"), QStringLiteral("A mapping set needs at least one mapping."), call.requestId());
    return Replies::json(200, {{QStringLiteral("validationResponse"), validation(body)}});
}

Response DataPrepService::preview(const Call& call)
{
    ++m_previews;
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QJsonObject set = body.value(QLatin1String("mappingSet")).toObject();
    const auto schema = SchemaContent::find(outputSchemaId(set));
    if (!schema)
        return error(400,
                     QStringLiteral("1102"),
                     QStringLiteral("The output schema '%1' does not exist.").arg(outputSchemaId(set)),
                     call.requestId());
    const QJsonValue data = body.value(QLatin1String("data"));
    const QJsonArray rows = data.isArray() ? data.toArray() : QJsonArray{data};
    QJsonArray converted;
    QJsonArray errors;
    for (const QJsonValue row : rows) {
        QJsonObject output;
        for (const Mapping& mapping : mappingsOf(set)) {
            const auto field = SchemaContent::field(*schema, mapping.destination);
            if (!field)
                continue;
            const QJsonValue value = mapping.sourceType == QLatin1String("STATIC")
                ? QJsonValue(mapping.source)
                : valueAt(row.toObject(), mapping.source);
            const QJsonValue result = convert(value, typeOf(*field));
            if (result.isUndefined()) {
                errors.append(transformError(
                    mapping,
                    QStringLiteral("The value '%1' cannot be converted to %2.")
                        .arg(value.isString()
                                 ? value.toString()
                                 : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                             typeOf(*field))));
                continue;
            }
            setAt(&output, mapping.destination.split(QLatin1Char('.')), result);
        }
        converted.append(output);
    }
    // One row sent as an object (the API's example) is answered as one object.
    return Replies::json(200,
                         {{QStringLiteral("data"), data.isArray() ? QJsonValue(converted) : converted.first()},
                          {QStringLiteral("errors"), errors}});
}

} // namespace Inlet::Sim
