#pragma once

#include "core/Profile.h"
#include "platform/HttpPolicy.h"
#include "platform/PlatformOperations.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Inlet {

class HttpExchange;
struct HttpRequestSpec;
class TokenProvider;

// Where the three APIs live. By default derived from the profile's base URLs; tests and the
// contract test point them elsewhere (Prism serves Flow Service paths without the prefix).
struct PlatformEndpoints
{
    QUrl ims; // https://ims-na1.adobelogin.com  (+ /ims/token/v3)
    QUrl flowService; // https://platform.adobe.io/data/foundation/flowservice
    QUrl landingZone; // https://platform.adobe.io/data/foundation/connectors/landingzone

    static PlatformEndpoints fromProfile(const Profile& profile);
    // `base` with `path` appended ("/connections"), whatever trailing slashes `base` has.
    static QUrl join(const QUrl& base, const QString& path);
    static QString flowServicePath() { return QStringLiteral("/data/foundation/flowservice"); }
    static QString landingZonePath() { return QStringLiteral("/data/foundation/connectors/landingzone"); }
};

// Talking to Experience Platform as one profile. Holds the profile (no secret), the credential (a
// client secret or a pasted access token, given as a value and kept only in memory), the token
// cache, the HTTP policy and the application's one QNetworkAccessManager, which it does not own.
// FlowServiceClient and LandingZoneClient send through it; every operation it starts is its child.
//
// Every Platform request carries Authorization: Bearer …, x-api-key (the client id),
// x-gw-ims-org-id, x-sandbox-name, User-Agent: Inlet/<version>, Accept: application/json and,
// with a body, Content-Type: application/json. Only https is spoken, except to loopback; TLS errors
// are never ignored; redirects are not followed.
//
// Proxy: setProfile() installs a proxy factory on the manager – the system proxy configuration
// (what QNetworkProxyFactory::setUseSystemConfiguration(true) gives) unless Profile::proxy names
// one ("http://host:port"); loopback hosts are always reached directly.
class PlatformSession : public QObject
{
    Q_OBJECT

public:
    explicit PlatformSession(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~PlatformSession() override;

    // Also resets the endpoints from the profile and forgets the cached token and the secret: call
    // setSecret() afterwards.
    void setProfile(const Profile& profile);
    const Profile& profile() const { return m_profile; }
    // The client secret (Profile::SignIn::ClientCredentials) or the pasted access token
    // (Profile::SignIn::AccessToken), read by setProfile()'s profile. Kept in memory only; forgets
    // the cached token.
    void setSecret(const QString& secret);
    void clearSecret();
    bool hasSecret() const;

    void setEndpoints(const PlatformEndpoints& endpoints) { m_endpoints = endpoints; }
    const PlatformEndpoints& endpoints() const { return m_endpoints; }
    // Timeout (Settings::transferTimeoutSeconds), retries, size limit.
    void setPolicy(const HttpPolicy& policy) { m_policy = policy; }
    const HttpPolicy& policy() const { return m_policy; }

    QNetworkAccessManager* network() const { return m_network; }
    TokenProvider* tokenProvider() const { return m_tokens; }

    // Gets a token (or takes the pasted one) and makes one cheap Flow Service call
    // (`GET /connections?limit=1`) so a wrong secret, org, sandbox or missing permission is reported
    // now, with the server's reason, not on the Review page.
    SignInOperation* signIn();

    // For FlowServiceClient / LandingZoneClient / TokenProvider: one logical request with this
    // session's headers, policy and token. The exchange is this session's child.
    HttpExchange* startExchange(const HttpRequestSpec& spec);

private:
    void applyProxy();

    QNetworkAccessManager* m_network;
    TokenProvider* m_tokens;
    Profile m_profile;
    PlatformEndpoints m_endpoints;
    HttpPolicy m_policy;
};

} // namespace Inlet
