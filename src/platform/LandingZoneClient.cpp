#include "LandingZoneClient.h"

#include "platform/FlowServiceJson.h"
#include "platform/HttpExchange.h"
#include "platform/PlatformSession.h"

#include <QPointer>
#include <QUrlQuery>

namespace Inlet {

LandingZoneClient::LandingZoneClient(PlatformSession* session)
    : m_session(session)
{
}

LandingZoneOperation* LandingZoneClient::credentials(const QString& type) const
{
    return start(type, false);
}

LandingZoneOperation* LandingZoneClient::refreshCredentials(const QString& type) const
{
    return start(type, true);
}

LandingZoneOperation* LandingZoneClient::start(const QString& type, bool refresh) const
{
    HttpRequestSpec spec;
    QUrl url = PlatformEndpoints::join(m_session->endpoints().landingZone, QStringLiteral("/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QString::fromLatin1(QUrl::toPercentEncoding(type)));
    if (refresh)
        query.addQueryItem(QStringLiteral("action"), QStringLiteral("refresh"));
    url.setQuery(query);
    spec.url = url;
    // Decision: refresh is POST (current docs and every script); the GET in an older Databricks
    // page contradicts its own prose. GET credentials is idempotent and retried; refresh is not.
    spec.method = refresh ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    spec.idempotent = !refresh;

    auto* operation = new LandingZoneOperation(m_session);
    const QPointer<HttpExchange> exchange = m_session->startExchange(spec);
    operation->setCanceller([exchange, refresh] {
        const bool sent = exchange && exchange->requestSent();
        if (exchange)
            exchange->abort();
        return sent && refresh;
    });
    QObject::connect(exchange, &HttpExchange::finished, operation, [operation, exchange] {
        if (!exchange->isOk())
            return operation->finishWithError(exchange->error());
        Error error;
        LandingZoneCredentials credentials = FlowServiceJson::parseLandingZone(exchange->response().body, &error);
        if (error.isError())
            return operation->finishWithError(error);
        operation->finishWithResult(std::move(credentials));
    });
    return operation;
}

} // namespace Inlet
