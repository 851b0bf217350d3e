#include "TokenProvider.h"

#include "core/Json.h"
#include "core/Logging.h"
#include "platform/HttpExchange.h"
#include "platform/PlatformSession.h"

#include <QMetaObject>
#include <QUrl>

#include <algorithm>

namespace Inlet {

namespace {

// Renew this long before expiry: a tenth of the lifetime, at most five minutes, so a request never
// leaves with a token that expires on the way.
qint64 renewalMarginSeconds(qint64 lifetimeSeconds)
{
    return std::min<qint64>(300, lifetimeSeconds / 10);
}

} // namespace

TokenProvider::TokenProvider(PlatformSession* session)
    : QObject(session)
    , m_session(session)
{
}

TokenProvider::~TokenProvider() = default;

void TokenProvider::setClientCredentials(const QString& clientId, const QString& clientSecret, const QString& scopes)
{
    clear();
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_scopes = scopes;
}

void TokenProvider::setPastedToken(const QString& accessToken)
{
    clear();
    m_token = accessToken.trimmed();
    // Strip a pasted "Bearer " prefix; the header adds its own.
    if (m_token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        m_token = m_token.mid(7).trimmed();
}

void TokenProvider::clear()
{
    if (m_inFlight)
        m_inFlight->abort();
    m_inFlight = nullptr;
    m_clientSecret.clear();
    m_token.clear();
    m_expiresAt = {};
    m_refreshAt = {};
    deliver({}, Error::make(Error::Kind::Cancelled));
}

bool TokenProvider::hasCredentials() const
{
    return !m_clientSecret.isEmpty() || !m_token.isEmpty();
}

bool TokenProvider::cachedTokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    if (!canRenew())
        return true; // a pasted token is used until Platform refuses it
    return m_refreshAt.isValid() && QDateTime::currentDateTimeUtc() < m_refreshAt;
}

int TokenProvider::requestToken(Callback callback)
{
    const int ticket = m_nextTicket++;
    m_waiting.insert(ticket, std::move(callback));
    if (cachedTokenUsable()) {
        QMetaObject::invokeMethod(
            this,
            [this, ticket] {
                const auto it = m_waiting.find(ticket);
                if (it == m_waiting.end())
                    return;
                const Callback cb = it.value();
                m_waiting.erase(it);
                if (cachedTokenUsable())
                    cb(m_token, {});
                else
                    requestToken(cb);
            },
            Qt::QueuedConnection);
        return ticket;
    }
    if (!hasCredentials()) {
        QMetaObject::invokeMethod(
            this, [this] { deliver({}, Error::make(Error::Kind::MissingCredentials)); }, Qt::QueuedConnection);
        return ticket;
    }
    if (!m_inFlight)
        fetch();
    return ticket;
}

void TokenProvider::cancelRequest(int ticket)
{
    m_waiting.remove(ticket);
}

bool TokenProvider::invalidate(const QString& accessToken)
{
    if (!canRenew())
        return false;
    if (accessToken == m_token) {
        m_token.clear();
        m_expiresAt = {};
        m_refreshAt = {};
    }
    return true;
}

void TokenProvider::fetch()
{
    // Every value fully percent-encoded: a '+' or '&' in a secret must survive form decoding.
    auto field = [](const char* name, const QString& value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    const QByteArray form = field("grant_type", QStringLiteral("client_credentials")) + '&'
        + field("client_id", m_clientId) + '&' + field("client_secret", m_clientSecret) + '&'
        + field("scope", m_scopes);

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = PlatformEndpoints::join(m_session->endpoints().ims, QStringLiteral("/ims/token/v3"));
    spec.body = form;
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    spec.platformCall = false;
    // A token request changes nothing on the server; repeating it after a network error is safe.
    spec.idempotent = true;

    ++m_imsRequests;
    HttpExchange* exchange = m_session->startExchange(spec);
    m_inFlight = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange] {
        m_inFlight = nullptr;
        if (!exchange->isOk()) {
            deliver({}, exchange->error());
            return;
        }
        Error error;
        const ImsToken parsed = parseTokenResponse(exchange->response().body, &error);
        if (error) {
            deliver({}, error);
            return;
        }
        const qint64 lifetime = parsed.lifetimeSeconds;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_token = parsed.accessToken;
        m_expiresAt = now.addSecs(lifetime);
        m_refreshAt = now.addSecs(lifetime - renewalMarginSeconds(lifetime));
        qCInfo(lcPlatform) << "Received an access token valid for" << lifetime << "s";
        deliver(m_token, {});
    });
}

TokenProvider::ImsToken TokenProvider::parseTokenResponse(const QByteArray& body, Error* error)
{
    *error = {};
    const JsonDocument document = JsonText::parse(body);
    ImsToken result;
    result.accessToken = jsonString(document.root, "access_token");
    const Json* expiresIn = jsonMember(document.root, "expires_in");
    if (expiresIn && expiresIn->is_string())
        result.lifetimeSeconds = jsonString(*expiresIn).toLongLong();
    else if (expiresIn)
        result.lifetimeSeconds = jsonInt64(*expiresIn).value_or(0);
    if (result.accessToken.isEmpty() || result.lifetimeSeconds <= 0) {
        *error = Error::make(Error::Kind::BadResponse, tr("The IMS token response has no access_token or expires_in."));
        return {};
    }
    // A huge lifetime would overflow QDateTime::addSecs (seconds → milliseconds); cap it instead.
    result.lifetimeSeconds = std::min(result.lifetimeSeconds, kMaxLifetimeSeconds);
    return result;
}

void TokenProvider::deliver(const QString& token, const Error& error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const Callback& callback : waiting)
        callback(token, error);
}

} // namespace Inlet
