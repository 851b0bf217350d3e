#include "Replies.h"

#include <QJsonDocument>

namespace Inlet::Sim::Replies {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Response json(int status, const QJsonObject& object)
{
    return Response{status, QByteArrayLiteral("application/json"), {}, compact(object)};
}

Response noContent()
{
    return Response{204, {}, {}, {}};
}

Response gatewayError(int status, const QString& code, const QString& message)
{
    return json(status, {{QStringLiteral("error_code"), code}, {QStringLiteral("message"), message}});
}

Response invalidToken()
{
    return gatewayError(401, QStringLiteral("401013"), QStringLiteral("Oauth token is not valid"));
}

Response resourceNotFound()
{
    return gatewayError(404, QStringLiteral("404000"), QStringLiteral("Resource not found"));
}

Response methodNotAllowed()
{
    return gatewayError(405, QStringLiteral("405000"), QStringLiteral("Method not allowed"));
}

Response problem(
    const QString& service, const QString& code, const QString& title, const QString& message, const QString& requestId)
{
    const int status = code.section(QLatin1Char('-'), 1).toInt();
    const QJsonObject report{{QStringLiteral("detailed-message"), message}, {QStringLiteral("request-id"), requestId}};
    return json(status,
                {{QStringLiteral("type"),
                  QStringLiteral("https://ns.adobe.com/aep/errors/") + service + QLatin1Char('-') + code},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("report"), report},
                 {QStringLiteral("errorMessage"), message},
                 {QStringLiteral("errorDetails"), message}});
}

} // namespace Inlet::Sim::Replies
