#include "FlowServiceJson.h"

#include <QCoreApplication>

namespace Inlet::FlowServiceJson {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::FlowServiceJson", text);
}

} // namespace

QDateTime fromEpochMs(const Json* value)
{
    const std::optional<double> number = value ? jsonNumber(*value) : std::nullopt;
    // Beyond ±2^53 ms (285,000 years) a date means nothing; QDateTime's range ends earlier anyway.
    if (!number || std::abs(*number) >= double(kJsonExactIntegerLimit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(*number), Qt::UTC);
}

const Json& memberOf(const Json& object, const char* key)
{
    static const Json missing;
    const Json* member = jsonMember(object, key);
    return member ? *member : missing;
}

Error notJson(const JsonDocument& document)
{
    return Error::make(
        Error::Kind::BadResponse,
        document.errorOffset < 0
            ? tr("The response is not valid JSON: %1.").arg(document.error)
            : tr("The response is not valid JSON: %1 at offset %2.").arg(document.error).arg(document.errorOffset));
}

JsonDocument parse(const QByteArray& body, Error* error)
{
    JsonDocument document = JsonText::parse(body);
    if (!document.isValid())
        *error = notJson(document);
    return document;
}

CreatedConnection parseCreated(const QByteArray& body, Error* error)
{
    const JsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    CreatedConnection created{jsonString(document.root, "id"), jsonString(document.root, "etag")};
    if (created.id.isEmpty())
        *error = Error::make(Error::Kind::BadResponse, tr("The response has no connection id."));
    return created;
}

ConnectionSummary summaryFromItem(const Json& item)
{
    ConnectionSummary summary;
    summary.id = jsonString(item, "id");
    summary.name = jsonString(item, "name");
    summary.description = jsonString(item, "description");
    summary.state = jsonString(item, "state");
    summary.createdAt = fromEpochMs(jsonMember(item, "createdAt"));
    summary.updatedAt = fromEpochMs(jsonMember(item, "updatedAt"));
    const Json& spec = memberOf(item, "connectionSpec");
    summary.connectionSpecId = jsonString(spec, "id");
    summary.connectionSpecVersion = jsonString(spec, "version");
    summary.authSpecName = jsonString(memberOf(item, "auth"), "specName");
    summary.etag = jsonString(item, "etag");
    return summary;
}

QList<ConnectionSummary> parseConnectionList(const QByteArray& body, Error* error)
{
    return parseConnectionList(parse(body, error), error);
}

QList<ConnectionSummary> parseConnectionList(const JsonDocument& page, Error* error)
{
    if (!page.isValid()) {
        *error = notJson(page);
        return {};
    }
    const Json* items = jsonMember(page.root, "items");
    if (!items || !items->is_array()) {
        *error = Error::make(Error::Kind::BadResponse, tr("The response has no \"items\" array."));
        return {};
    }
    QList<ConnectionSummary> result;
    for (const Json& item : *items) {
        if (item.is_object())
            result << summaryFromItem(item);
    }
    return result;
}

QList<ExploreItem> parseExplore(const QByteArray& body, Error* error)
{
    const JsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    // Databases answer a bare array; some sources wrap it: {"items": […]}.
    const Json* array = nullptr;
    if (document.root.is_array())
        array = &document.root;
    else if (const Json* items = jsonMember(document.root, "items"); items && items->is_array())
        array = items;
    else {
        *error = Error::make(Error::Kind::BadResponse, tr("The explore response is neither a list nor has \"items\"."));
        return {};
    }
    QList<ExploreItem> result;
    for (const Json& object : *array) {
        ExploreItem item;
        item.type = jsonString(object, "type");
        item.name = jsonString(object, "name");
        item.path = jsonString(object, "path", item.name);
        item.canPreview = jsonBool(object, "canPreview", false);
        item.canFetchSchema = jsonBool(object, "canFetchSchema", false);
        if (!item.name.isEmpty())
            result << item;
    }
    return result;
}

namespace {

// A preview cell as text: strings as they are, numbers without a trailing ".0", nested values as
// compact JSON, null as nothing.
QString cellText(const Json& value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return jsonString(value);
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_number_integer() || isJsonInteger(value)) {
        if (const std::optional<qint64> whole = jsonInt64(value))
            return QString::number(*whole);
    }
    if (value.is_number())
        return QString::number(*jsonNumber(value), 'g', 17);
    return QString::fromUtf8(JsonText::write(value));
}

} // namespace

ExploredObject parseExploredObject(const QByteArray& body, Error* error)
{
    const JsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const Json& root = document.root;
    if (!root.is_object()) {
        *error = Error::make(Error::Kind::BadResponse, tr("The explore response is not an object."));
        return {};
    }
    ExploredObject result;
    result.format = jsonString(root, "format");
    const Json* columns = jsonMember(memberOf(root, "schema"), "columns");
    if (columns && columns->is_array()) {
        for (const Json& object : *columns) {
            ExploreColumn column;
            column.name = jsonString(object, "name");
            column.type = jsonString(object, "type");
            const Json& xdm = memberOf(object, "xdm");
            column.xdmType = jsonString(xdm, "type");
            // Date columns also carry "meta:xdmType"; xdm.format says the same where both are present.
            column.xdmFormat = jsonString(xdm, "format", jsonString(object, "meta:xdmType"));
            if (column.xdmFormat == column.xdmType)
                column.xdmFormat.clear();
            if (!column.name.isEmpty())
                result.columns << column;
        }
    }
    if (const Json* data = jsonMember(root, "data"); data && data->is_array()) {
        result.rows.reserve(qsizetype(data->size()));
        for (const Json& row : *data) {
            QStringList cells;
            cells.reserve(result.columns.size());
            if (row.is_object()) {
                for (const ExploreColumn& column : std::as_const(result.columns)) {
                    const Json* cell = jsonMember(row, column.name.toUtf8().constData());
                    cells << (cell ? cellText(*cell) : QString());
                }
            } else if (row.is_array()) {
                for (const Json& cell : row)
                    cells << cellText(cell);
            } else {
                continue;
            }
            result.rows << cells;
        }
    }
    if (const Json* properties = jsonMember(root, "properties"); properties && properties->is_object()) {
        if (const auto type = FileFormat::typeFromName(jsonString(*properties, "fileType"))) {
            FileFormat format;
            format.type = *type;
            format.delimiter = jsonString(*properties, "columnDelimiter", QStringLiteral(","));
            format.compression = jsonString(*properties, "compressionType");
            if (format.compression.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                format.compression.clear();
            result.detectedFormat = format;
        }
    }
    if (result.columns.isEmpty() && !result.detectedFormat) {
        *error = Error::make(Error::Kind::BadResponse, tr("The explore response has neither a schema nor properties."));
        return {};
    }
    return result;
}

LandingZoneCredentials parseLandingZone(const QByteArray& body, Error* error)
{
    const JsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const Json& object = document.root;
    LandingZoneCredentials credentials;
    credentials.containerName = jsonString(object, "containerName");
    credentials.sasToken = jsonString(object, "SASToken");
    credentials.storageAccountName = jsonString(object, "storageAccountName");
    credentials.sasUri = jsonString(object, "SASUri");
    credentials.expiryDate = QDate::fromString(jsonString(object, "expiryDate"), Qt::ISODate);
    if (credentials.containerName.isEmpty() || credentials.sasToken.isEmpty()
        || credentials.storageAccountName.isEmpty()) {
        *error = Error::make(Error::Kind::BadResponse,
                             tr("The landing-zone response lacks containerName, SASToken or storageAccountName."));
        return {};
    }
    return credentials;
}

} // namespace Inlet::FlowServiceJson
