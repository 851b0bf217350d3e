#include "Gateway.h"

#include "Replies.h"
#include "TokenStore.h"

namespace Inlet::Sim {

using namespace Replies;

Gateway::Gateway(const SimulatorOptions& options, TokenStore* tokens)
    : m_options(options)
    , m_tokens(tokens)
{
}

QString Gateway::bearerToken(const Request& request)
{
    return QString::fromUtf8(request.header("Authorization").mid(7).trimmed());
}

std::optional<Response> Gateway::refuse(const Request& request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.trimmed().isEmpty())
        return gatewayError(403, QStringLiteral("403010"), QStringLiteral("Oauth token is missing."));
    if (!authorization.startsWith("Bearer "))
        return invalidToken();
    const QString token = bearerToken(request);
    const bool isStatic = !m_options.staticToken.isEmpty() && token == m_options.staticToken;
    const std::optional<QString> client = m_tokens->clientOf(token);
    if (!isStatic && !client)
        return invalidToken();
    const QString apiKey = QString::fromUtf8(request.header("x-api-key"));
    if (apiKey.isEmpty())
        return gatewayError(403, QStringLiteral("403000"), QStringLiteral("Api Key is required"));
    if (!isStatic && apiKey != *client)
        return gatewayError(403, QStringLiteral("403003"), QStringLiteral("Api Key is invalid"));
    const QString org = QString::fromUtf8(request.header("x-gw-ims-org-id"));
    if (org.isEmpty())
        return gatewayError(400, QStringLiteral("400003"), QStringLiteral("Missing header"));
    if (!m_options.orgId.isEmpty() && org != m_options.orgId)
        return gatewayError(403, QStringLiteral("403025"), QStringLiteral("Profile is not valid"));
    // Sandbox errors come in Platform's problem shape, with the FLOW code family the docs show.
    const QString requestId = QString::fromLatin1(request.header("x-request-id"));
    const QString sandbox = QString::fromUtf8(request.header("x-sandbox-name"));
    if (sandbox.isEmpty())
        return problem(QStringLiteral("FLOW"),
                       QStringLiteral("2105-400"),
                       QStringLiteral("Bad request"),
                       QStringLiteral("The header 'x-sandbox-name' is missing in the request."),
                       requestId);
    if (!m_options.sandboxes.isEmpty() && !m_options.sandboxes.contains(sandbox))
        return problem(QStringLiteral("FLOW"),
                       QStringLiteral("2100-404"),
                       QStringLiteral("Resource not found"),
                       QStringLiteral("The sandbox '%1' was not found.").arg(sandbox),
                       requestId);
    const bool hasBody = request.method == "POST" || request.method == "PATCH" || request.method == "PUT";
    if (hasBody && !request.body.isEmpty() && !request.header("Content-Type").startsWith("application/json"))
        return json(400,
                    {{QStringLiteral("type"), QStringLiteral("/placeholder/type/uri")},
                     {QStringLiteral("status"), 400},
                     {QStringLiteral("title"), QStringLiteral("BadRequestError")},
                     {QStringLiteral("detail"), QStringLiteral("A valid content-type must be specified")}});
    return std::nullopt;
}

Response Gateway::expireTokenOf(const Request& request)
{
    if (request.header("Authorization").startsWith("Bearer "))
        m_tokens->revoke(bearerToken(request));
    return invalidToken();
}

} // namespace Inlet::Sim
