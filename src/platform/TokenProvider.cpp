#include "TokenProvider.h"

#include "core/SecureMemory.h"

#include "core/Json.h"
#include "core/Logging.h"
#include "platform/PlatformEndpoints.h"

#include <QUrl>

#include <algorithm>
#include <utility>

namespace Inlet {

namespace {

// Renew this long before expiry: a tenth of the lifetime, at most five minutes, so a request never
// leaves with a token that expires on the way.
qint64 renewalMarginSeconds(qint64 lifetimeSeconds)
{
    return std::min<qint64>(300, lifetimeSeconds / 10);
}

} // namespace

TokenProvider::TokenProvider(QObject* parent)
    : QObject(parent)
{
}

void TokenProvider::setIms(const QUrl& imsBase, const HttpContext& context)
{
    m_imsBase = imsBase;
    m_http = context;
}

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
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->cancel();
    }
    m_inFlight = nullptr;
    wipe(m_clientSecret);
    wipe(m_token);
    m_expiresAt = {};
    m_refreshAt = {};
    finishWaiting({}, Error::make(Error::Kind::Cancelled));
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

TokenOperation* TokenProvider::accessToken(QObject* owner)
{
    auto* operation = new TokenOperation(owner);
    if (cachedTokenUsable()) {
        operation->finishWithResult(m_token);
        return operation;
    }
    if (!hasCredentials()) {
        operation->finishWithError(Error::make(Error::Kind::MissingCredentials));
        return operation;
    }
    m_waiting.append(operation);
    if (!m_inFlight)
        fetch();
    return operation;
}

bool TokenProvider::tokenRejected(const QString& accessToken)
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
    const SecureBytes form(field("grant_type", QStringLiteral("client_credentials")) + '&'
                           + field("client_id", m_clientId) + '&' + field("client_secret", m_clientSecret) + '&'
                           + field("scope", m_scopes));

    HttpRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = PlatformEndpoints::join(m_imsBase, QStringLiteral("/ims/token/v3"));
    spec.body = form.bytes();
    spec.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    // A token request changes nothing on the server; repeating it after a network error is safe.
    spec.idempotent = true;

    ++m_imsRequests;
    auto* exchange = new HttpExchange(m_http, spec, nullptr, this);
    m_inFlight = exchange;
    connect(exchange, &Operation::finished, this, [this, exchange] {
        m_inFlight = nullptr;
        if (exchange->error()) {
            finishWaiting({}, exchange->error());
            return;
        }
        Error error;
        const ImsToken parsed = parseTokenResponse(exchange->result().body, &error);
        if (error) {
            finishWaiting({}, error);
            return;
        }
        const qint64 lifetime = parsed.lifetimeSeconds;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_token = parsed.accessToken;
        m_expiresAt = now.addSecs(lifetime);
        m_refreshAt = now.addSecs(lifetime - renewalMarginSeconds(lifetime));
        qCInfo(lcPlatform) << "Received an access token valid for" << lifetime << "s";
        finishWaiting(m_token, {});
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

void TokenProvider::finishWaiting(const QString& token, const Error& error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const QPointer<TokenOperation>& operation : waiting) {
        if (!operation)
            continue;
        if (error)
            operation->finishWithError(error);
        else
            operation->finishWithResult(token);
    }
}

} // namespace Inlet
