#include "LandingZoneClient.h"

#include "platform/FlowServiceJson.h"
#include "platform/PlatformSession.h"
#include "platform/SingleRequest.h"

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

    return singleRequest<LandingZoneOperation>(m_session, spec, [](const HttpResponse& response, Error* error) {
        return FlowServiceJson::parseLandingZone(response.body, error);
    });
}

} // namespace Inlet
