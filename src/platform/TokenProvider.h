#pragma once

#include "core/Error.h"
#include "platform/Authenticator.h"
#include "platform/HttpExchange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace Inlet {

// Access tokens for Platform calls, the Authenticator of a PlatformSession. OAuth Server-to-Server:
// `POST {ims}/ims/token/v3`, form-encoded grant_type=client_credentials, client_id, client_secret,
// scope, sent as a plain HttpExchange (no authenticator). The token is cached until shortly before
// `expires_in` (seconds; 1/10 of the lifetime, at most 5 minutes, early) and shared by every call;
// concurrent callers wait for one IMS request. Alternatively a pasted access token is used as is (it
// cannot be renewed). Secrets live only in this object's memory.
class TokenProvider : public QObject, public Authenticator
{
    Q_OBJECT

public:
    explicit TokenProvider(QObject* parent = nullptr);

    // Where IMS is (its base URL, without /ims/token/v3) and how to reach it. The context's identity
    // is not used: the token request carries none of the Platform headers.
    void setIms(const QUrl& imsBase, const HttpContext& context);

    void setClientCredentials(const QString& clientId, const QString& clientSecret, const QString& scopes);
    void setPastedToken(const QString& accessToken);
    // Forgets every secret and the cached token; operations still waiting finish Cancelled.
    void clear();

    bool hasCredentials() const;
    bool canRenew() const { return !m_clientSecret.isEmpty(); } // false for a pasted token
    QDateTime expiresAt() const { return m_expiresAt; } // of the cached IMS token; invalid if none

    // Authenticator
    TokenOperation* accessToken(QObject* owner) override;
    bool tokenRejected(const QString& accessToken) override;

    // How many IMS requests this provider has started (diagnostics and tests).
    int imsRequestCount() const { return m_imsRequests; }

    // An IMS token response ({"access_token", "expires_in" in seconds, a number or a numeric string}).
    struct ImsToken
    {
        QString accessToken;
        qint64 lifetimeSeconds = 0; // > 0 and at most kMaxLifetimeSeconds when valid
    };
    static constexpr qint64 kMaxLifetimeSeconds = 400LL * 24 * 3600; // far beyond any real IMS token
    // Pure: parses a 2xx IMS body. A BadResponse error when the token or a positive lifetime is missing.
    static ImsToken parseTokenResponse(const QByteArray& body, Error* error);

private:
    void fetch();
    void finishWaiting(const QString& token, const Error& error);
    bool cachedTokenUsable() const;

    QUrl m_imsBase;
    HttpContext m_http;
    QString m_clientId;
    QString m_clientSecret;
    QString m_scopes;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    QPointer<HttpExchange> m_inFlight;
    // Owned by their callers: a caller that goes away simply drops out of the list.
    QList<QPointer<TokenOperation>> m_waiting;
    int m_imsRequests = 0;
};

} // namespace Inlet
