#pragma once

#include "core/Profile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Inlet {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Who calls Platform: the values of x-api-key (the client id), x-gw-ims-org-id and x-sandbox-name.
struct PlatformIdentity
{
    QString clientId;
    QString orgId;
    QString sandbox;

    static PlatformIdentity fromProfile(const Profile& profile);
};

// The headers of one request, built in this one place for the request that is sent (HttpExchange),
// for the redacted request log (HttpExchange::logRequest) and for the curl preview (RequestPreview),
// so what is logged or shown cannot drift from what is sent. In the order they are sent:
//
//   Authorization: Bearer <token>, x-api-key, x-gw-ims-org-id, x-sandbox-name   Platform calls only
//   Content-Type                                                                  with a body
//   Accept: <media type>                                                          when the API names one
//   User-Agent: Inlet/<version>, Accept: application/json (unless named above)    always
//
// documented() is the part Adobe's curl examples show, a prefix of all(): curl sends a User-Agent of
// its own, and the examples leave Accept out.
class PlatformHeaders
{
public:
    static QByteArray jsonContentType() { return QByteArrayLiteral("application/json"); }

    // A Platform call with `accessToken` (or a placeholder such as {ACCESS_TOKEN}) for `identity`.
    // `contentType` empty: no body. `accept` names the media type an API wants (Schema Registry's
    // `application/vnd.adobe.xed-full+json; version=1`); it is part of what the examples show.
    static PlatformHeaders platformCall(const QString& accessToken,
                                        const PlatformIdentity& identity,
                                        const QByteArray& contentType = {},
                                        const QByteArray& accept = {});
    // A request to IMS itself: no token, no identity.
    static PlatformHeaders plain(const QByteArray& contentType = {});

    RawHeaders all() const;
    RawHeaders documented() const;

private:
    RawHeaders m_documented;
    bool m_acceptNamed = false;
};

} // namespace Inlet
