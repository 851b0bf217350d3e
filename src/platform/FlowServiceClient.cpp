#include "FlowServiceClient.h"

#include "core/Logging.h"
#include "platform/FlowServiceJson.h"
#include "platform/PagedListing.h"
#include "platform/PlatformSession.h"
#include "platform/SingleRequest.h"

#include <QPointer>

#include <optional>

namespace Inlet {

namespace {

constexpr qint64 kClockSkewSeconds = 120;

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl connectionsOfSpec(const FlowServiceClient& client, const QString& connectionSpecId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"),
                       QStringLiteral("connectionSpec.id==")
                           + QString::fromLatin1(QUrl::toPercentEncoding(connectionSpecId)));
    return client.url(QStringLiteral("/connections"), query);
}

// Every connection of `connectionSpecId`, all pages, as an operation owned by `owner`.
PagedListing<ConnectionSummary>* listConnectionsOfSpec(PlatformSession* session,
                                                       const FlowServiceClient& client,
                                                       const QString& connectionSpecId,
                                                       QObject* owner)
{
    return new PagedListing<ConnectionSummary>(
        session, connectionsOfSpec(client, connectionSpecId), &FlowServiceJson::parseConnectionList, owner);
}

// The newest connection named like the draft, created since `since` (minus clock skew).
std::optional<ConnectionSummary>
findMatch(const QList<ConnectionSummary>& connections, const ConnectionDraft& draft, const QDateTime& since)
{
    std::optional<ConnectionSummary> best;
    const QDateTime earliest = since.addSecs(-kClockSkewSeconds);
    for (const ConnectionSummary& connection : connections) {
        if (connection.name != draft.name)
            continue;
        if (connection.createdAt.isValid() && connection.createdAt < earliest)
            continue;
        if (!best || connection.createdAt > best->createdAt)
            best = connection;
    }
    return best;
}

} // namespace

FlowServiceClient::FlowServiceClient(PlatformSession* session)
    : m_session(session)
{
}

QUrl FlowServiceClient::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = PlatformEndpoints::join(m_session->endpoints().flowService, path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

ConnectionSpecsOperation* FlowServiceClient::listConnectionSpecs(const QString& propertyFilter) const
{
    QUrlQuery query;
    if (!propertyFilter.isEmpty())
        query.addQueryItem(QStringLiteral("property"), QString::fromLatin1(QUrl::toPercentEncoding(propertyFilter)));
    // Each page as parsed: the catalog reads the specs (the platform layer has no spec parser).
    const auto asParsed = [](const JsonDocument& page, Error*) { return QList<JsonDocument>{page}; };
    return new PagedListing<JsonDocument>(
        m_session, url(QStringLiteral("/connectionSpecs"), query), asParsed, m_session);
}

CreateConnectionOperation* FlowServiceClient::createConnection(const ConnectionDraft& draft) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = url(QStringLiteral("/connections"));
    spec.body = draft.toJsonText();
    spec.idempotent = false; // never repeated blindly
    spec.secretParams = draft.secretParamNames();
    return singleRequest<CreateConnectionOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        CreatedConnection created = FlowServiceJson::parseCreated(response.body, error);
        if (!error->isError())
            qCInfo(lcPlatform) << "Created connection" << created.id;
        return created;
    });
}

FindConnectionOperation* FlowServiceClient::findCreatedConnection(const ConnectionDraft& draft,
                                                                  const QDateTime& since) const
{
    auto* operation = new FindConnectionOperation(m_session);
    PagedListing<ConnectionSummary>* listing =
        listConnectionsOfSpec(m_session, *this, draft.connectionSpecId, operation);
    const QPointer<Operation> guard = listing;
    operation->setCanceller([guard] {
        if (guard)
            guard->cancel();
        return false; // a look creates nothing
    });
    QObject::connect(listing, &Operation::finished, operation, [operation, listing, draft, since] {
        if (operation->isFinished()) // cancelled
            return;
        if (listing->error().isError())
            return operation->finishWithError(listing->error());
        const auto match = findMatch(listing->result(), draft, since);
        if (!match)
            return operation->finishWithResult(std::nullopt);
        qCInfo(lcPlatform) << "Found connection" << match->id << "created meanwhile";
        operation->finishWithResult(CreatedConnection{match->id, match->etag});
    });
    return operation;
}

ConnectionListOperation* FlowServiceClient::listConnections(const QString& connectionSpecId) const
{
    return listConnectionsOfSpec(m_session, *this, connectionSpecId, m_session);
}

ExploreOperation* FlowServiceClient::exploreRoot(const QString& connectionId) const
{
    HttpRequestSpec spec;
    QUrlQuery query;
    // Lower-case "root" as every Adobe tutorial sends it; the OpenAPI's enum spells it ROOT (see
    // tests/integration/tst_contract.cpp).
    query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("root"));
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId) + QStringLiteral("/explore"), query);
    spec.idempotent = true;
    return singleRequest<ExploreOperation>(
        m_session,
        spec,
        [](const HttpResponse& response, Error* error) { return FlowServiceJson::parseExplore(response.body, error); },
        ParseOn::WorkerThread);
}

ExploreOperation*
FlowServiceClient::exploreLevel(const QString& connectionId, const QString& objectType, const QString& path) const
{
    HttpRequestSpec spec;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("objectType"), objectType);
    query.addQueryItem(QStringLiteral("object"), QString::fromLatin1(QUrl::toPercentEncoding(path)));
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId) + QStringLiteral("/explore"), query);
    spec.idempotent = true;
    return singleRequest<ExploreOperation>(
        m_session,
        spec,
        [](const HttpResponse& response, Error* error) { return FlowServiceJson::parseExplore(response.body, error); },
        ParseOn::WorkerThread);
}

ExploreObjectOperation* FlowServiceClient::exploreObject(const QString& connectionId, const ExploreQuery& explore) const
{
    HttpRequestSpec spec;
    QUrlQuery query;
    const auto add = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("objectType"), explore.objectType);
    add(QStringLiteral("object"), explore.path);
    if (explore.determineProperties) {
        add(QStringLiteral("determineProperties"), QStringLiteral("true"));
    } else if (explore.format) {
        add(QStringLiteral("fileType"), explore.format->typeName());
        if (explore.format->type == FileFormat::Type::Delimited)
            add(QStringLiteral("columnDelimiter"), explore.format->delimiter);
        if (!explore.format->compression.isEmpty())
            add(QStringLiteral("compressionType"), explore.format->compression);
    }
    if (explore.preview)
        add(QStringLiteral("preview"), QStringLiteral("true"));
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId) + QStringLiteral("/explore"), query);
    spec.idempotent = true;
    return singleRequest<ExploreObjectOperation>(
        m_session,
        spec,
        [](const HttpResponse& response, Error* error) {
            return FlowServiceJson::parseExploredObject(response.body, error);
        },
        ParseOn::WorkerThread);
}

DeleteConnectionOperation* FlowServiceClient::deleteConnection(const QString& connectionId) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    // With the trailing slash, as the OpenAPI declares DELETE (`/connections/{id}/`) and Adobe's
    // Postman collection sends it; the tutorials omit it, and Platform takes both.
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId) + QLatin1Char('/'));
    return singleRequest<DeleteConnectionOperation>(
        m_session, spec, [connectionId](const HttpResponse&, Error*) { return connectionId; });
}

} // namespace Inlet
