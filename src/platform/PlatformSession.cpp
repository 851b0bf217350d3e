#include "PlatformSession.h"

#include "core/Logging.h"
#include "platform/FlowServiceJson.h"
#include "platform/SingleRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace Inlet {

namespace {

// The proxy of the profile, or the system's; loopback always direct (the simulator, Prism).
class ProfileProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProfileProxyFactory(const QString& proxy)
    {
        const QUrl url(proxy.trimmed());
        if (proxy.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
            return;
        const bool socks = url.scheme().startsWith(QLatin1String("socks"), Qt::CaseInsensitive);
        m_fixed = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                url.host(),
                                quint16(url.port(socks ? 1080 : 8080)),
                                url.userName(),
                                url.password());
        m_useFixed = true;
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (HttpRules::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        if (m_useFixed)
            return {m_fixed};
        return cachedSystemProxy(query);
    }

private:
    // Qt asks the system (libproxy on Linux) on every request: 40-70 µs a call on the benchmark machine,
    // next to a sub-millisecond round trip. Answers are kept per scheme, host and port for a minute, so a
    // changed system setting still applies soon.
    QList<QNetworkProxy> cachedSystemProxy(const QNetworkProxyQuery& query)
    {
        const QString key =
            query.protocolTag() + u' ' + query.peerHostName() + u':' + QString::number(query.peerPort());
        const QMutexLocker locker(&m_mutex);
        const auto known = m_system.constFind(key);
        if (known != m_system.constEnd() && !known->age.hasExpired(60 * 1000))
            return known->proxies;
        SystemAnswer answer;
        answer.proxies = systemProxyForQuery(query);
        answer.age.start();
        if (m_system.size() >= 64) // bounded: a session talks to a handful of hosts
            m_system.clear();
        m_system.insert(key, answer);
        return answer.proxies;
    }

    struct SystemAnswer
    {
        QList<QNetworkProxy> proxies;
        QElapsedTimer age;
    };

    QNetworkProxy m_fixed;
    bool m_useFixed = false;
    QMutex m_mutex;
    QHash<QString, SystemAnswer> m_system;
};

} // namespace

PlatformSession::PlatformSession(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(PlatformEndpoints::fromProfile(m_profile))
{
    updateTokenProvider();
    applyProxy();
}

void PlatformSession::setProfile(const Profile& profile)
{
    m_profile = profile;
    m_endpoints = PlatformEndpoints::fromProfile(profile);
    m_tokens.clear();
    updateTokenProvider();
    applyProxy();
}

void PlatformSession::setSecret(const QString& secret)
{
    if (m_profile.signIn == Profile::SignIn::AccessToken)
        m_tokens.setPastedToken(secret);
    else
        m_tokens.setClientCredentials(m_profile.clientId, secret, m_profile.scopes);
}

void PlatformSession::clearSecret()
{
    m_tokens.clear();
}

bool PlatformSession::hasSecret() const
{
    return m_tokens.hasCredentials();
}

void PlatformSession::setEndpoints(const PlatformEndpoints& endpoints)
{
    m_endpoints = endpoints;
    updateTokenProvider();
}

void PlatformSession::setPolicy(const HttpPolicy& policy)
{
    m_policy = policy;
    updateTokenProvider();
}

HttpContext PlatformSession::context() const
{
    return HttpContext{m_network, m_policy, PlatformIdentity::fromProfile(m_profile)};
}

void PlatformSession::updateTokenProvider()
{
    m_tokens.setIms(m_endpoints.ims, context());
}

void PlatformSession::applyProxy()
{
    // Owned by the manager from here on; replaces the previous factory.
    m_network->setProxyFactory(new ProfileProxyFactory(m_profile.proxy));
}

QString PlatformSession::readScope() const
{
    return QStringList{m_endpoints.flowService.toString(),
                       m_endpoints.catalog.toString(),
                       m_endpoints.schemaRegistry.toString(),
                       m_endpoints.dataPrep.toString(),
                       m_profile.orgId,
                       m_profile.sandbox,
                       m_profile.clientId}
        .join(u'\n');
}

void PlatformSession::preconnect(const Profile& profile)
{
    if (profile.proxy != m_profile.proxy)
        return; // the manager's proxy is another one; the connection would not be used
    for (const QUrl& url : {profile.imsUrl, profile.platformUrl}) {
        if (!HttpRules::isAllowedUrl(url))
            continue;
        const bool encrypted = url.scheme() == QLatin1String("https");
        const quint16 port = quint16(url.port(encrypted ? 443 : 80));
        const QString key = QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(port);
        if (m_preconnected.contains(key))
            continue;
        m_preconnected.insert(key);
        if (encrypted) {
            // As the requests will ask (HTTP/2 allowed), or Qt keeps the connection for other ones.
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
            m_network->connectToHostEncrypted(url.host(), port, tls);
        } else
            m_network->connectToHost(url.host(), port);
    }
}

HttpExchange* PlatformSession::send(const HttpRequestSpec& spec, QObject* owner)
{
    return new HttpExchange(context(), spec, &m_tokens, owner);
}

SignInOperation* PlatformSession::signIn()
{
    HttpRequestSpec spec;
    spec.url = PlatformEndpoints::join(m_endpoints.flowService, QStringLiteral("/connections"));
    spec.url.setQuery(QStringLiteral("limit=1"));
    spec.idempotent = true;
    return singleRequest<SignInOperation>(this, spec, [this](const HttpResponse& response, Error* error) {
        // A 200 that is not a connection list (a captive portal, a proxy's page, a cut-off body)
        // proves nothing about the credentials: report it instead of claiming a sign-in.
        FlowServiceJson::parseConnectionList(response.body, error);
        if (error->isError())
            return SignInResult();
        SignInResult result;
        result.pastedToken = !m_tokens.canRenew();
        result.tokenExpiresAt = m_tokens.expiresAt();
        qCInfo(lcPlatform) << "Signed in to" << m_profile.orgId << "sandbox" << m_profile.sandbox;
        return result;
    });
}

} // namespace Inlet
