#include "FlowServiceJson.h"

#include <QCoreApplication>

namespace Inlet::FlowServiceJson {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::FlowServiceJson", text);
}

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

} // namespace

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
