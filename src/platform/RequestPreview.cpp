#include "RequestPreview.h"

#include "platform/PlatformEndpoints.h"
#include "platform/PlatformHeaders.h"

namespace Inlet {

QString RequestPreview::shellQuote(const QString& value)
{
    // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RequestPreview::placeholderFor(const QString& paramName)
{
    // camelCase and digit boundaries become underscores: s3SecretKey → S3_SECRET_KEY.
    QString snake;
    for (int i = 0; i < paramName.size(); ++i) {
        const QChar c = paramName.at(i);
        if (!c.isLetterOrNumber()) {
            if (!snake.endsWith(QLatin1Char('_')) && !snake.isEmpty())
                snake += QLatin1Char('_');
            continue;
        }
        if (i > 0 && c.isUpper()) {
            const QChar previous = paramName.at(i - 1);
            const bool nextIsLower = i + 1 < paramName.size() && paramName.at(i + 1).isLower();
            if ((previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower))
                && !snake.endsWith(QLatin1Char('_')))
                snake += QLatin1Char('_');
        }
        snake += c.toUpper();
    }
    while (snake.endsWith(QLatin1Char('_')))
        snake.chop(1);
    return QLatin1Char('{') + (snake.isEmpty() ? QStringLiteral("SECRET") : snake) + QLatin1Char('}');
}

QString RequestPreview::curl(const QByteArray& method,
                             const QUrl& url,
                             const QList<QPair<QByteArray, QString>>& headers,
                             const QString& body)
{
    const QString continuation = QStringLiteral(" \\\n    ");
    QString command = QStringLiteral("curl -X ") + QString::fromLatin1(method);
    command += continuation + shellQuote(url.toString(QUrl::FullyEncoded));
    for (const auto& [name, value] : headers)
        command +=
            continuation + QStringLiteral("-H ") + shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + value);
    if (!body.isEmpty())
        command += continuation + QStringLiteral("-d ") + shellQuote(body);
    return command;
}

QString RequestPreview::createConnection(const ConnectionDraft& draft, const Profile& profile)
{
    // The body with every secret param replaced by its placeholder, laid out like the seeds.
    ConnectionDraft shown = draft;
    for (const AuthParam& param : draft.params) {
        if (param.secret)
            shown.params.insert(param.name, placeholderFor(param.name));
    }
    QString body = QString::fromUtf8(shown.toJsonText(4));
    // Indent the JSON under "-d '" as the documentation does.
    body.replace(QLatin1Char('\n'), QStringLiteral("\n    "));

    auto orPlaceholder = [](const QString& value, const char* placeholder) {
        return value.trimmed().isEmpty() ? QString::fromLatin1(placeholder) : value.trimmed();
    };
    const QUrl url(PlatformEndpoints::fromProfile(profile).flowService.toString() + QStringLiteral("/connections"));
    // The headers FlowServiceClient sends, as the documentation shows them: the token and any empty
    // profile value as placeholders.
    const PlatformIdentity identity{orPlaceholder(profile.clientId, "{API_KEY}"),
                                    orPlaceholder(profile.orgId, "{ORG_ID}"),
                                    orPlaceholder(profile.sandbox, "{SANDBOX_NAME}")};
    QList<QPair<QByteArray, QString>> headers;
    const RawHeaders documented =
        PlatformHeaders::platformCall(QStringLiteral("{ACCESS_TOKEN}"), identity, PlatformHeaders::jsonContentType())
            .documented();
    for (const auto& [name, value] : documented)
        headers.append({name, QString::fromUtf8(value)});
    return curl(QByteArrayLiteral("POST"), url, headers, body);
}

} // namespace Inlet
