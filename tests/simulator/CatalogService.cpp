#include "CatalogService.h"

#include "Identifiers.h"
#include "Replies.h"
#include "SchemaContent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Inlet::Sim {

namespace {

const QString kSchemaContentType = QStringLiteral("application/vnd.adobe.xed+json;version=1");

QString datasetId()
{
    return Identifiers::lowerAlphanumeric(24);
}

QJsonObject datasetBody(const QString& name, const QString& description, const QString& schemaId, qint64 created)
{
    QJsonObject body{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("updated"), created},
                     {QStringLiteral("createdClient"), QStringLiteral("inlet-platform-sim")},
                     {QStringLiteral("createdUser"), QStringLiteral("inlet-platform-sim@AdobeID")},
                     {QStringLiteral("tags"), QJsonObject()}};
    if (!schemaId.isEmpty())
        body.insert(QStringLiteral("schemaRef"),
                    QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("contentType"), kSchemaContentType}});
    return body;
}

QJsonArray locationOf(const QString& id)
{
    return QJsonArray{QStringLiteral("@/dataSets/") + id};
}

Response arrayAnswer(int status, const QJsonArray& array)
{
    return Response{
        status, QByteArrayLiteral("application/json"), {}, QJsonDocument(array).toJson(QJsonDocument::Compact)};
}

} // namespace

CatalogService::CatalogService(const SimulatorOptions& options)
    : m_options(options)
{
}

void CatalogService::addRoutes(Routes& routes)
{
    routes.get(QStringLiteral("/dataSets"), [this](const Call& call) { return list(call); });
    routes.post(QStringLiteral("/dataSets"), [this](const Call& call) { return create(call); });
    routes.get(QStringLiteral("/dataSets/{id}"), [this](const Call& call) { return get(call); });
    routes.remove(QStringLiteral("/dataSets/{id}"), [this](const Call& call) { return remove(call); });
}

void CatalogService::addAdminRoutes(Routes& admin)
{
    admin.get(QStringLiteral("/datasets"), [this](const Call&) {
        QJsonObject all;
        for (auto it = m_datasets.cbegin(); it != m_datasets.cend(); ++it) {
            QJsonObject ofSandbox;
            for (const Dataset& dataset : it.value())
                ofSandbox.insert(dataset.id, dataset.body);
            all.insert(it.key(), ofSandbox);
        }
        return Replies::json(200, all);
    });
}

Response CatalogService::error(int status, const QString& code, const QString& message, const QString& requestId)
{
    return Replies::json(
        status,
        {{QStringLiteral("type"), QStringLiteral("http://ns.adobe.com/aep/errors/CAT-") + code},
         {QStringLiteral("title"), message},
         {QStringLiteral("status"), status},
         {QStringLiteral("report"),
          QJsonObject{{QStringLiteral("detailed-message"), message}, {QStringLiteral("request-id"), requestId}}},
         {QStringLiteral("detail"), message}});
}

Response CatalogService::notFound(const Call& call) const
{
    return error(
        404, QStringLiteral("1021-404"), QStringLiteral("Resource not found: %1").arg(call.path), call.requestId());
}

void CatalogService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("datasetsCreated"), m_created);
    stats->insert(QStringLiteral("datasetsDeleted"), m_deleted);
}

void CatalogService::reset()
{
    m_datasets.clear();
    m_created = m_deleted = 0;
}

QList<CatalogService::Dataset>& CatalogService::datasetsOf(const QString& sandbox) const
{
    auto it = m_datasets.find(sandbox);
    if (it != m_datasets.end())
        return it.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<SchemaContent::Schema>& schemas = SchemaContent::schemas();
    QList<Dataset> samples{
        {datasetId(),
         datasetBody(QStringLiteral("Acme customers"),
                     QStringLiteral("Loyalty members, daily from the CRM."),
                     schemas.at(0).id,
                     now - 86400000LL * 40)},
        {datasetId(),
         datasetBody(QStringLiteral("Acme orders"),
                     QStringLiteral("Web shop orders."),
                     schemas.at(1).id,
                     now - 86400000LL * 31)},
        {datasetId(),
         datasetBody(QStringLiteral("Acme product catalog"), QString(), schemas.at(2).id, now - 86400000LL * 12)},
        {datasetId(),
         datasetBody(QStringLiteral("Acme web events"),
                     QStringLiteral("Site events feed."),
                     schemas.at(3).id,
                     now - 86400000LL * 5)},
        {datasetId(),
         datasetBody(QStringLiteral("Consent changes"), QString(), schemas.at(4).id, now - 86400000LL * 3)},
        // A system dataset: Platform writes it, it has no XDM schema a flow could map to.
        {datasetId(),
         datasetBody(QStringLiteral("Profile Snapshot Export"),
                     QStringLiteral("System dataset."),
                     QString(),
                     now - 86400000LL * 90)},
    };
    return m_datasets.insert(sandbox, samples).value();
}

std::optional<QString> CatalogService::schemaOf(const QString& sandbox, const QString& datasetId) const
{
    for (const Dataset& dataset : datasetsOf(sandbox)) {
        if (dataset.id == datasetId)
            return dataset.body.value(QLatin1String("schemaRef")).toObject().value(QLatin1String("id")).toString();
    }
    return std::nullopt;
}

Response CatalogService::list(const Call& call) const
{
    const QUrlQuery& query = call.request.query;
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QStringList properties = query.queryItemValue(QStringLiteral("properties"), QUrl::FullyDecoded)
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts);
    int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt() : 50;
    if (limit <= 0 || limit > 100)
        return error(
            400, QStringLiteral("1010-400"), QStringLiteral("limit must be between 1 and 100."), call.requestId());
    const int start = query.queryItemValue(QStringLiteral("start")).toInt();
    QJsonObject answer;
    int index = 0;
    for (const Dataset& dataset : datasetsOf(call.sandbox())) {
        if (!name.isEmpty() && dataset.body.value(QLatin1String("name")).toString() != name)
            continue;
        if (index++ < start || answer.size() >= limit)
            continue;
        QJsonObject body = dataset.body;
        if (!properties.isEmpty()) {
            for (const QString& key : body.keys()) {
                if (!properties.contains(key))
                    body.remove(key);
            }
        }
        answer.insert(dataset.id, body);
    }
    return Replies::json(200, answer);
}

Response CatalogService::get(const Call& call) const
{
    const QString id = call.argument(QStringLiteral("id"));
    for (const Dataset& dataset : datasetsOf(call.sandbox())) {
        if (dataset.id == id)
            return Replies::json(200, {{dataset.id, dataset.body}});
    }
    return error(
        404, QStringLiteral("1021-404"), QStringLiteral("Dataset %1 was not found.").arg(id), call.requestId());
}

Response CatalogService::create(const Call& call)
{
    const QString requestId = call.requestId();
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(call.request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(400, QStringLiteral("1000-400"), QStringLiteral("The request body is not valid JSON."), requestId);
    const QString name = body.value(QLatin1String("name")).toString();
    if (name.trimmed().isEmpty())
        return error(400, QStringLiteral("1001-400"), QStringLiteral("The dataset needs a name."), requestId);
    const QString schemaId = body.value(QLatin1String("schemaRef")).toObject().value(QLatin1String("id")).toString();
    if (!SchemaContent::find(schemaId))
        return error(400,
                     QStringLiteral("1002-400"),
                     QStringLiteral("The schema '%1' does not exist in the Schema Registry.").arg(schemaId),
                     requestId);
    QList<Dataset>& datasets = datasetsOf(call.sandbox());
    const Dataset dataset{
        datasetId(),
        datasetBody(
            name, body.value(QLatin1String("description")).toString(), schemaId, QDateTime::currentMSecsSinceEpoch())};
    datasets.append(dataset);
    ++m_created;
    Response response = arrayAnswer(201, locationOf(dataset.id));
    response.headers << qMakePair(QByteArrayLiteral("Location"),
                                  (prefix() + QStringLiteral("/dataSets/") + dataset.id).toUtf8());
    return response;
}

Response CatalogService::remove(const Call& call)
{
    const QString id = call.argument(QStringLiteral("id"));
    QList<Dataset>& datasets = datasetsOf(call.sandbox());
    if (!datasets.removeIf([&](const Dataset& dataset) { return dataset.id == id; }))
        return error(
            404, QStringLiteral("1021-404"), QStringLiteral("Dataset %1 was not found.").arg(id), call.requestId());
    ++m_deleted;
    return arrayAnswer(200, locationOf(id));
}

} // namespace Inlet::Sim
