#pragma once

#include "core/Profile.h"
#include "platform/HttpExchange.h"
#include "platform/HttpPolicy.h"
#include "platform/PlatformEndpoints.h"
#include "platform/PlatformOperations.h"
#include "platform/TokenProvider.h"

#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace Inlet {

// Talking to Experience Platform as one profile. Holds the profile (no secret), the credential (a
// client secret or a pasted access token, given as a value and kept only in memory) in its
// TokenProvider, the HTTP policy and the application's one QNetworkAccessManager, which it does not
// own. FlowServiceClient and LandingZoneClient send through it; every operation they start is the
// session's child.
//
// It composes the platform core, and the dependencies run one way: PlatformSession → TokenProvider
// (the Authenticator) and HttpExchange; TokenProvider → HttpExchange for its IMS request. An
// exchange is handed what it needs (HttpContext, Authenticator) and never calls back, so nothing
// depends on the order things are destroyed in.
//
// Every Platform request carries the Platform headers (PlatformHeaders: Authorization: Bearer …,
// x-api-key (the client id), x-gw-ims-org-id, x-sandbox-name, with a body Content-Type, then
// User-Agent: Inlet/<version> and Accept: application/json). Only https is spoken, except to
// loopback; TLS errors are never ignored; redirects are not followed.
//
// Proxy: setProfile() installs a proxy factory on the manager – the system proxy configuration
// (what QNetworkProxyFactory::setUseSystemConfiguration(true) gives) unless Profile::proxy names
// one ("http://host:port"); loopback hosts are always reached directly.
class PlatformSession : public QObject
{
    Q_OBJECT

public:
    explicit PlatformSession(QNetworkAccessManager* network, QObject* parent = nullptr);

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

    // What a read's answer depends on besides its own arguments: the Platform addresses, org, sandbox
    // and credential. A read prefetched under another scope must not be handed over.
    QString readScope() const;

    void setEndpoints(const PlatformEndpoints& endpoints);
    const PlatformEndpoints& endpoints() const { return m_endpoints; }
    // Timeout (Settings::transferTimeoutSeconds), retries, size limit.
    void setPolicy(const HttpPolicy& policy);
    const HttpPolicy& policy() const { return m_policy; }

    QNetworkAccessManager* network() const { return m_network; }
    const TokenProvider* tokenProvider() const { return &m_tokens; }

    // Gets a token (or takes the pasted one) and makes one cheap Flow Service call
    // (`GET /connections?limit=1`) so a wrong secret, org, sandbox or missing permission is reported
    // now, with the server's reason, not on the Review page.
    SignInOperation* signIn();

    // Opens the connections a sign-in as `profile` will use (IMS and Platform) ahead of it, while the
    // user is still typing: TCP and TLS cost round trips of their own. Sends nothing. Skipped for an
    // address the session would not send to, for a proxy other than the one in use, and for a host
    // already opened.
    void preconnect(const Profile& profile);

    // For FlowServiceClient and LandingZoneClient: one Platform call with this session's context and
    // token, owned by `owner` (the operation it serves).
    HttpExchange* send(const HttpRequestSpec& spec, QObject* owner);

private:
    HttpContext context() const;
    void updateTokenProvider();
    void applyProxy();

    QNetworkAccessManager* m_network;
    Profile m_profile;
    PlatformEndpoints m_endpoints;
    HttpPolicy m_policy;
    TokenProvider m_tokens;
    QSet<QString> m_preconnected; // scheme://host:port
};

} // namespace Inlet
