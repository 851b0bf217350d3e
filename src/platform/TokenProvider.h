#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace Inlet {

class PlatformSession;
class HttpExchange;

// Access tokens for Platform calls. OAuth Server-to-Server: `POST {ims}/ims/token/v3`, form-encoded
// grant_type=client_credentials, client_id, client_secret, scope. The token is cached until shortly
// before `expires_in` (seconds; 1/10 of the lifetime, at most 5 minutes, early) and shared by every
// call; concurrent callers wait for one IMS request. Alternatively a pasted access token is used as
// is (it cannot be renewed). Secrets live only in this object's memory.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString& accessToken, const Error& error)>;

    explicit TokenProvider(PlatformSession* session);
    ~TokenProvider() override;

    void setClientCredentials(const QString& clientId, const QString& clientSecret, const QString& scopes);
    void setPastedToken(const QString& accessToken);
    // Forgets every secret and the cached token; pending callers get a Cancelled error.
    void clear();

    bool hasCredentials() const;
    bool canRenew() const { return !m_clientSecret.isEmpty(); } // false for a pasted token
    QDateTime expiresAt() const { return m_expiresAt; } // of the cached IMS token; invalid if none

    // Calls `callback` with a usable token (queued, even when cached) or an error. Returns a ticket
    // for cancelRequest().
    int requestToken(Callback callback);
    void cancelRequest(int ticket);
    // Platform answered 401 to a request carrying `accessToken`: drop it so the next requestToken()
    // asks IMS again. Returns false when the token cannot be renewed (pasted).
    bool invalidate(const QString& accessToken);

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
    void deliver(const QString& token, const Error& error);
    bool cachedTokenUsable() const;

    PlatformSession* m_session;
    QString m_clientId;
    QString m_clientSecret;
    QString m_scopes;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    QPointer<HttpExchange> m_inFlight;
    QHash<int, Callback> m_waiting;
    int m_nextTicket = 1;
    int m_imsRequests = 0;
};

} // namespace Inlet
