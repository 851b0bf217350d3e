#include "PlatformHeaders.h"

#include "core/AppInfo.h"

namespace Inlet {

PlatformIdentity PlatformIdentity::fromProfile(const Profile& profile)
{
    return PlatformIdentity{profile.clientId, profile.orgId, profile.sandbox};
}

PlatformHeaders PlatformHeaders::platformCall(const QString& accessToken,
                                              const PlatformIdentity& identity,
                                              const QByteArray& contentType,
                                              const QByteArray& accept)
{
    PlatformHeaders headers;
    headers.m_documented = {
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken.toUtf8()},
        {QByteArrayLiteral("x-api-key"), identity.clientId.toUtf8()},
        {QByteArrayLiteral("x-gw-ims-org-id"), identity.orgId.toUtf8()},
        {QByteArrayLiteral("x-sandbox-name"), identity.sandbox.toUtf8()},
    };
    if (!contentType.isEmpty())
        headers.m_documented.append({QByteArrayLiteral("Content-Type"), contentType});
    if (!accept.isEmpty()) {
        headers.m_documented.append({QByteArrayLiteral("Accept"), accept});
        headers.m_acceptNamed = true;
    }
    return headers;
}

PlatformHeaders PlatformHeaders::plain(const QByteArray& contentType)
{
    PlatformHeaders headers;
    if (!contentType.isEmpty())
        headers.m_documented.append({QByteArrayLiteral("Content-Type"), contentType});
    return headers;
}

RawHeaders PlatformHeaders::documented() const
{
    return m_documented;
}

RawHeaders PlatformHeaders::all() const
{
    RawHeaders headers = m_documented;
    headers.append({QByteArrayLiteral("User-Agent"), AppInfo::userAgent()});
    if (!m_acceptNamed)
        headers.append({QByteArrayLiteral("Accept"), jsonContentType()});
    return headers;
}

} // namespace Inlet
