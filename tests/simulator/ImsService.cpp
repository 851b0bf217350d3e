#include "ImsService.h"

#include "Replies.h"
#include "TokenStore.h"

#include <QUrlQuery>

namespace Inlet::Sim {

namespace {

Response oauthError(int status, const char* code, const QString& description)
{
    return Replies::json(
        status,
        {{QStringLiteral("error"), QString::fromLatin1(code)}, {QStringLiteral("error_description"), description}});
}

} // namespace

ImsService::ImsService(const SimulatorOptions& options, TokenStore* tokens)
    : m_options(options)
    , m_tokens(tokens)
{
}

void ImsService::addRoutes(Routes& routes)
{
    routes.post(QStringLiteral("/"), [this](const Call& call) { return issueToken(call); });
}

Response ImsService::methodNotAllowed(const Call&) const
{
    return Replies::json(405, {{QStringLiteral("error"), QStringLiteral("method_not_allowed")}});
}

void ImsService::addStats(QJsonObject* stats) const
{
    stats->insert(QStringLiteral("imsTokenRequests"), m_tokenRequests);
}

void ImsService::reset()
{
    m_tokenRequests = 0;
}

Response ImsService::issueToken(const Call& call)
{
    ++m_tokenRequests;
    // Parameters may come in the form body or the query (IMS accepts both).
    const QUrlQuery form(QString::fromUtf8(call.request.body));
    auto field = [&](const char* name) {
        const QString key = QString::fromLatin1(name);
        QString value = form.queryItemValue(key, QUrl::FullyDecoded);
        if (value.isEmpty())
            value = call.request.query.queryItemValue(key, QUrl::FullyDecoded);
        return value;
    };
    if (field("grant_type") != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type", QStringLiteral("grant_type must be client_credentials"));
    const QString clientId = field("client_id");
    const QString secret = field("client_secret");
    if (clientId.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("missing client_id parameter"));
    if (secret.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("missing client_secret parameter"));
    if (field("scope").isEmpty())
        return oauthError(400, "invalid_scope", QStringLiteral("missing scope parameter"));
    if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
        return oauthError(400, "invalid_client", QStringLiteral("invalid client_id parameter"));
    if (!m_options.clientSecret.isEmpty() && secret != m_options.clientSecret)
        return oauthError(401, "invalid_client", QStringLiteral("invalid client_secret parameter"));

    const QString token = m_tokens->issue(clientId, m_options.tokenLifetimeSeconds);
    return Replies::json(200,
                         {{QStringLiteral("access_token"), token},
                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                          {QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds}});
}

} // namespace Inlet::Sim
