#include "FlowServiceJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Inlet::FlowServiceJson {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::FlowServiceJson", text);
}

QJsonDocument parse(const QByteArray& body, Error* error)
{
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = Error::make(Error::Kind::BadResponse,
                             tr("The response is not valid JSON: %1 at offset %2.")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    return document;
}

QDateTime fromEpochMs(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
}

} // namespace

CreatedConnection parseCreated(const QByteArray& body, Error* error)
{
    const QJsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const QJsonObject object = document.object();
    CreatedConnection created{object.value(QLatin1String("id")).toString(),
                              object.value(QLatin1String("etag")).toString()};
    if (created.id.isEmpty())
        *error = Error::make(Error::Kind::BadResponse, tr("The response has no connection id."));
    return created;
}

ConnectionSummary summaryFromItem(const QJsonObject& item)
{
    ConnectionSummary summary;
    summary.id = item.value(QLatin1String("id")).toString();
    summary.name = item.value(QLatin1String("name")).toString();
    summary.description = item.value(QLatin1String("description")).toString();
    summary.state = item.value(QLatin1String("state")).toString();
    summary.createdAt = fromEpochMs(item.value(QLatin1String("createdAt")));
    summary.updatedAt = fromEpochMs(item.value(QLatin1String("updatedAt")));
    const QJsonObject spec = item.value(QLatin1String("connectionSpec")).toObject();
    summary.connectionSpecId = spec.value(QLatin1String("id")).toString();
    summary.connectionSpecVersion = spec.value(QLatin1String("version")).toString();
    summary.authSpecName = item.value(QLatin1String("auth")).toObject().value(QLatin1String("specName")).toString();
    summary.etag = item.value(QLatin1String("etag")).toString();
    return summary;
}

QList<ConnectionSummary> parseConnectionList(const QByteArray& body, Error* error)
{
    const QJsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const QJsonValue items = document.object().value(QLatin1String("items"));
    if (!document.isObject() || !items.isArray()) {
        *error = Error::make(Error::Kind::BadResponse, tr("The response has no \"items\" array."));
        return {};
    }
    QList<ConnectionSummary> result;
    for (const QJsonValue& item : items.toArray()) {
        if (item.isObject())
            result << summaryFromItem(item.toObject());
    }
    return result;
}

ConnectionDetails parseConnectionDetails(const QByteArray& body, Error* error)
{
    const QJsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const QJsonArray items = document.object().value(QLatin1String("items")).toArray();
    if (items.isEmpty() || !items.first().isObject()) {
        *error = Error::make(Error::Kind::BadResponse, tr("The response has no connection in \"items\"."));
        return {};
    }
    const QJsonObject item = items.first().toObject();
    return ConnectionDetails{summaryFromItem(item),
                             item.value(QLatin1String("auth")).toObject().value(QLatin1String("params")).toObject()};
}

QList<ExploreItem> parseExplore(const QByteArray& body, Error* error)
{
    const QJsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    // Databases answer a bare array; some sources wrap it: {"items": […]}.
    QJsonArray array;
    if (document.isArray())
        array = document.array();
    else if (document.object().value(QLatin1String("items")).isArray())
        array = document.object().value(QLatin1String("items")).toArray();
    else {
        *error = Error::make(Error::Kind::BadResponse, tr("The explore response is neither a list nor has \"items\"."));
        return {};
    }
    QList<ExploreItem> result;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        ExploreItem item;
        item.type = object.value(QLatin1String("type")).toString();
        item.name = object.value(QLatin1String("name")).toString();
        item.path = object.value(QLatin1String("path")).toString(item.name);
        item.canPreview = object.value(QLatin1String("canPreview")).toBool();
        item.canFetchSchema = object.value(QLatin1String("canFetchSchema")).toBool();
        if (!item.name.isEmpty())
            result << item;
    }
    return result;
}

LandingZoneCredentials parseLandingZone(const QByteArray& body, Error* error)
{
    const QJsonDocument document = parse(body, error);
    if (error->isError())
        return {};
    const QJsonObject object = document.object();
    LandingZoneCredentials credentials;
    credentials.containerName = object.value(QLatin1String("containerName")).toString();
    credentials.sasToken = object.value(QLatin1String("SASToken")).toString();
    credentials.storageAccountName = object.value(QLatin1String("storageAccountName")).toString();
    credentials.sasUri = object.value(QLatin1String("SASUri")).toString();
    credentials.expiryDate = QDate::fromString(object.value(QLatin1String("expiryDate")).toString(), Qt::ISODate);
    if (credentials.containerName.isEmpty() || credentials.sasToken.isEmpty()
        || credentials.storageAccountName.isEmpty()) {
        *error = Error::make(Error::Kind::BadResponse,
                             tr("The landing-zone response lacks containerName, SASToken or storageAccountName."));
        return {};
    }
    return credentials;
}

} // namespace Inlet::FlowServiceJson
