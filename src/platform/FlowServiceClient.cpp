#include "FlowServiceClient.h"

#include "core/Logging.h"
#include "platform/FlowServiceJson.h"
#include "platform/HttpExchange.h"
#include "platform/Paging.h"
#include "platform/PlatformSession.h"

#include <QPointer>
#include <QSet>

#include <functional>

namespace Inlet {

namespace {

constexpr int kMaxPages = 200; // a server that keeps answering "next" must not keep us forever
constexpr qint64 kClockSkewSeconds = 120;

QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Fetches `firstUrl` and every following page (continuationToken, else a same-origin
// _links.next.href), handing each page, parsed once, to `onPage`. Finishes with `done(error)`.
class Pager : public QObject
{
public:
    using PageHandler = std::function<Error(const JsonDocument& page)>;
    using DoneHandler = std::function<void(const Error& error)>;

    Pager(PlatformSession* session, QUrl firstUrl, PageHandler onPage, DoneHandler done)
        : QObject(session)
        , m_session(session)
        , m_firstUrl(std::move(firstUrl))
        , m_onPage(std::move(onPage))
        , m_done(std::move(done))
    {
        fetch(m_firstUrl);
    }

    void abort()
    {
        if (m_exchange)
            m_exchange->abort();
        deleteLater();
    }

private:
    void fetch(const QUrl& url)
    {
        m_seen.insert(url.toString());
        HttpRequestSpec spec;
        spec.url = url;
        spec.idempotent = true;
        m_exchange = m_session->startExchange(spec);
        HttpExchange* exchange = m_exchange;
        connect(exchange, &HttpExchange::finished, this, [this, exchange] { onPage(exchange); });
    }

    void onPage(HttpExchange* exchange)
    {
        if (!exchange->isOk())
            return finish(exchange->error());
        const JsonDocument page = JsonText::parse(exchange->response().body);
        if (const Error error = m_onPage(page); error.isError())
            return finish(error);
        const QUrl next = nextUrl(page.root);
        if (next.isEmpty())
            return finish({});
        if (m_seen.contains(next.toString()) || m_seen.size() >= kMaxPages) {
            qCWarning(lcPlatform) << "Stopped following pages after" << m_seen.size() << "pages";
            return finish({});
        }
        fetch(next);
    }

    QUrl nextUrl(const Json& page) const
    {
        const QString token = Paging::continuationToken(page);
        if (!token.isEmpty()) {
            QUrl url = m_firstUrl;
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("continuationToken"));
            query.addQueryItem(QStringLiteral("continuationToken"),
                               QString::fromLatin1(QUrl::toPercentEncoding(token)));
            url.setQuery(query);
            return url;
        }
        const QString href = Paging::nextHref(page);
        if (href.isEmpty())
            return {};
        const QUrl base = m_session->endpoints().flowService;
        QUrl resolved(href);
        if (resolved.isRelative()) {
            // "/connections?…" is relative to the Flow Service base, "/data/foundation/…" to the host.
            QString path = href.startsWith(base.path()) && !base.path().isEmpty() ? href : base.path() + href;
            resolved = QUrl(base.toString(QUrl::RemovePath | QUrl::RemoveQuery) + path);
        }
        // Never send the token to another origin.
        if (resolved.scheme() != base.scheme() || resolved.host() != base.host() || resolved.port() != base.port())
            return {};
        return resolved;
    }

    void finish(const Error& error)
    {
        m_exchange = nullptr;
        m_done(error);
        deleteLater();
    }

    PlatformSession* m_session;
    QUrl m_firstUrl;
    PageHandler m_onPage;
    DoneHandler m_done;
    QPointer<HttpExchange> m_exchange;
    QSet<QString> m_seen;
};

// Runs one exchange and turns its body into the operation's result with `parse`.
template <typename Operation, typename Parse>
Operation* runSingle(PlatformSession* session, const HttpRequestSpec& spec, Parse parse)
{
    auto* operation = new Operation(session);
    const QPointer<HttpExchange> exchange = session->startExchange(spec);
    const bool idempotent = spec.idempotent;
    operation->setCanceller([exchange, idempotent] {
        const bool sent = exchange && exchange->requestSent();
        if (exchange)
            exchange->abort();
        return sent && !idempotent;
    });
    QObject::connect(exchange, &HttpExchange::finished, operation, [operation, exchange, parse] {
        if (!exchange->isOk())
            return operation->finishWithError(exchange->error());
        Error error;
        auto result = parse(exchange->response(), &error);
        if (error.isError())
            return operation->finishWithError(error);
        operation->finishWithResult(std::move(result));
    });
    return operation;
}

// Lists every connection of `connectionSpecId` into `sink`.
Pager* startConnectionListing(PlatformSession* session,
                              const QUrl& url,
                              QList<ConnectionSummary>* sink,
                              std::function<void(const Error&)> done)
{
    return new Pager(
        session,
        url,
        [sink](const JsonDocument& page) {
            Error error;
            *sink << FlowServiceJson::parseConnectionList(page, &error);
            return error;
        },
        std::move(done));
}

QUrl connectionsOfSpec(const FlowServiceClient& client, const QString& connectionSpecId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("property"),
                       QStringLiteral("connectionSpec.id==")
                           + QString::fromLatin1(QUrl::toPercentEncoding(connectionSpecId)));
    return client.url(QStringLiteral("/connections"), query);
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
    auto* operation = new ConnectionSpecsOperation(m_session);
    QUrlQuery query;
    if (!propertyFilter.isEmpty())
        query.addQueryItem(QStringLiteral("property"), QString::fromLatin1(QUrl::toPercentEncoding(propertyFilter)));
    auto pages = std::make_shared<QList<JsonDocument>>();
    QPointer<Pager> pager = new Pager(
        m_session,
        url(QStringLiteral("/connectionSpecs"), query),
        [pages](const JsonDocument& page) {
            *pages << page;
            return Error();
        },
        [operation, pages](const Error& error) {
            if (error.isError())
                operation->finishWithError(error);
            else
                operation->finishWithResult(*pages);
        });
    operation->setCanceller([pager] {
        if (pager)
            pager->abort();
        return false;
    });
    return operation;
}

ConnectionSpecsOperation* FlowServiceClient::getConnectionSpec(const QString& connectionSpecId) const
{
    HttpRequestSpec spec;
    spec.url = url(QStringLiteral("/connectionSpecs/") + segment(connectionSpecId));
    spec.idempotent = true;
    return runSingle<ConnectionSpecsOperation>(m_session, spec, [](const HttpResponse& response, Error*) {
        return QList<JsonDocument>{JsonText::parse(response.body)};
    });
}

CreateConnectionOperation* FlowServiceClient::createConnection(const ConnectionDraft& draft) const
{
    auto* operation = new CreateConnectionOperation(m_session);
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = url(QStringLiteral("/connections"));
    spec.body = draft.toJsonText();
    spec.idempotent = false; // never repeated blindly
    spec.secretParams = draft.secretParamNames();

    const QPointer<HttpExchange> exchange = m_session->startExchange(spec);
    auto lookup = std::make_shared<QPointer<CreateConnectionOperation>>();
    operation->setCanceller([operation, exchange, lookup] {
        const bool sent = exchange && exchange->requestSent();
        if (exchange)
            exchange->abort();
        if (*lookup)
            (*lookup)->cancel();
        operation->setOutcome(sent || *lookup ? CreateOutcome::Unknown : CreateOutcome::NotCreated);
        return sent || bool(*lookup);
    });
    const FlowServiceClient client = *this;
    QObject::connect(exchange, &HttpExchange::finished, operation, [client, operation, exchange, draft, lookup] {
        if (exchange->isOk()) {
            Error error;
            const CreatedConnection created = FlowServiceJson::parseCreated(exchange->response().body, &error);
            if (error.isError()) {
                // 2xx with an unreadable body: it was created, but we cannot tell its id.
                operation->setOutcome(CreateOutcome::Unknown);
                return operation->finishWithError(error);
            }
            operation->setOutcome(CreateOutcome::Created);
            qCInfo(lcPlatform) << "Created connection" << created.id;
            return operation->finishWithResult(created);
        }
        const Error failure = exchange->error();
        if (!failure.isAmbiguous()) {
            operation->setOutcome(CreateOutcome::NotCreated);
            return operation->finishWithError(failure);
        }
        qCInfo(lcPlatform) << "Create failed ambiguously; looking for a connection created meanwhile";
        CreateConnectionOperation* check = client.findCreatedConnection(draft, operation->startedAt());
        *lookup = check;
        QObject::connect(check, &Operation::finished, operation, [operation, check, failure] {
            if (check->error().isError()) {
                operation->setOutcome(CreateOutcome::Unknown);
                return operation->finishWithError(failure);
            }
            if (check->outcome() == CreateOutcome::FoundAfterAmbiguousFailure) {
                operation->setOutcome(CreateOutcome::FoundAfterAmbiguousFailure);
                operation->setAmbiguousFailure(failure);
                return operation->finishWithResult(check->result());
            }
            operation->setOutcome(CreateOutcome::NotCreated);
            operation->finishWithError(failure);
        });
    });
    return operation;
}

CreateConnectionOperation* FlowServiceClient::findCreatedConnection(const ConnectionDraft& draft,
                                                                    const QDateTime& since) const
{
    auto* operation = new CreateConnectionOperation(m_session);
    auto connections = std::make_shared<QList<ConnectionSummary>>();
    QPointer<Pager> pager =
        startConnectionListing(m_session,
                               connectionsOfSpec(*this, draft.connectionSpecId),
                               connections.get(),
                               [operation, connections, draft, since](const Error& error) {
                                   if (error.isError()) {
                                       operation->setOutcome(CreateOutcome::Unknown);
                                       return operation->finishWithError(error);
                                   }
                                   const auto match = findMatch(*connections, draft, since);
                                   if (!match) {
                                       operation->setOutcome(CreateOutcome::NotCreated);
                                       return operation->finishWithResult({});
                                   }
                                   qCInfo(lcPlatform) << "Found connection" << match->id << "created meanwhile";
                                   operation->setOutcome(CreateOutcome::FoundAfterAmbiguousFailure);
                                   operation->finishWithResult(CreatedConnection{match->id, match->etag});
                               });
    operation->setCanceller([operation, pager] {
        if (pager)
            pager->abort();
        operation->setOutcome(CreateOutcome::Unknown);
        return false;
    });
    return operation;
}

ConnectionOperation* FlowServiceClient::getConnection(const QString& connectionId) const
{
    HttpRequestSpec spec;
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId));
    spec.idempotent = true;
    return runSingle<ConnectionOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        return FlowServiceJson::parseConnectionDetails(response.body, error);
    });
}

ConnectionListOperation* FlowServiceClient::listConnections(const QString& connectionSpecId) const
{
    auto* operation = new ConnectionListOperation(m_session);
    auto connections = std::make_shared<QList<ConnectionSummary>>();
    QPointer<Pager> pager = startConnectionListing(m_session,
                                                   connectionsOfSpec(*this, connectionSpecId),
                                                   connections.get(),
                                                   [operation, connections](const Error& error) {
                                                       if (error.isError())
                                                           operation->finishWithError(error);
                                                       else
                                                           operation->finishWithResult(*connections);
                                                   });
    operation->setCanceller([pager] {
        if (pager)
            pager->abort();
        return false;
    });
    return operation;
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
    return runSingle<ExploreOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        return FlowServiceJson::parseExplore(response.body, error);
    });
}

UpdateConnectionOperation* FlowServiceClient::updateConnection(const QString& connectionId,
                                                               const QString& etag,
                                                               const ConnectionUpdate& update) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("PATCH");
    // With the trailing slash, as the OpenAPI declares PATCH and DELETE (`/connections/{id}/`) and
    // Adobe's Postman collection sends them; the tutorials omit it, and Platform takes both.
    spec.url = url(QStringLiteral("/connections/") + segment(connectionId) + QLatin1Char('/'));
    spec.body = update.toJsonPatch();
    // The etag exactly as received, quotes included.
    spec.extraHeaders << qMakePair(QByteArrayLiteral("If-Match"), etag.toUtf8());
    spec.secretParams = update.secretParamNames();
    return runSingle<UpdateConnectionOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        return FlowServiceJson::parseCreated(response.body, error);
    });
}

DeleteConnectionOperation* FlowServiceClient::deleteConnection(const QString& connectionId) const
{
    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url =
        url(QStringLiteral("/connections/") + segment(connectionId) + QLatin1Char('/')); // see updateConnection()
    return runSingle<DeleteConnectionOperation>(
        m_session, spec, [connectionId](const HttpResponse&, Error*) { return connectionId; });
}

} // namespace Inlet
