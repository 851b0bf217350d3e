#include "RequestPreview.h"

#include "platform/PlatformEndpoints.h"
#include "platform/PlatformHeaders.h"

#include <QSet>

namespace Inlet {

namespace {
// The documentation's placeholders for the headers.
QString bearerPlaceholder()
{
    return QStringLiteral("{ACCESS_TOKEN}");
}
QString apiKeyPlaceholder()
{
    return QStringLiteral("{API_KEY}");
}
QString orgPlaceholder()
{
    return QStringLiteral("{ORG_ID}");
}
QString sandboxPlaceholder()
{
    return QStringLiteral("{SANDBOX_NAME}");
}
} // namespace

QString RequestPreview::shellQuote(const QString& value)
{
    // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QHash<QString, QString> RequestPreview::secretPlaceholders(const ConnectionDraft& draft)
{
    QSet<QString> taken{bearerPlaceholder(), apiKeyPlaceholder(), orgPlaceholder(), sandboxPlaceholder()};
    QHash<QString, QString> placeholders;
    for (const AuthParam& param : draft.params) {
        if (!param.secret)
            continue;
        QString placeholder = placeholderFor(param.name);
        if (taken.contains(placeholder))
            placeholder = QStringLiteral("{SOURCE_") + placeholder.mid(1);
        for (int n = 2; taken.contains(placeholder); ++n)
            placeholder = placeholderFor(param.name).chopped(1) + u'_' + QString::number(n) + u'}';
        taken.insert(placeholder);
        placeholders.insert(param.name, placeholder);
    }
    return placeholders;
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
    // The body with every secret param replaced by its placeholder, laid out like the seeds. Each
    // placeholder stands for one value: a param's never reads like a header's (Databricks'
    // accessToken is not Platform's bearer token) or another param's.
    ConnectionDraft shown = draft;
    const QHash<QString, QString> placeholders = secretPlaceholders(draft);
    for (auto it = placeholders.cbegin(); it != placeholders.cend(); ++it)
        shown.params.insert(it.key(), it.value());
    return platformPost(
        PlatformEndpoints::join(PlatformEndpoints::fromProfile(profile).flowService, QStringLiteral("/connections")),
        profile,
        shown.toJsonText(4));
}

QString RequestPreview::platformPost(const QUrl& url, const Profile& profile, const QByteArray& prettyJson)
{
    QString body = QString::fromUtf8(prettyJson);
    // Indent the JSON under "-d '" as the documentation does.
    body.replace(QLatin1Char('\n'), QStringLiteral("\n    "));

    auto orPlaceholder = [](const QString& value, const QString& placeholder) {
        return value.trimmed().isEmpty() ? placeholder : value.trimmed();
    };
    // The headers the clients send, as the documentation shows them: the token and any empty
    // profile value as placeholders.
    const PlatformIdentity identity{orPlaceholder(profile.clientId, apiKeyPlaceholder()),
                                    orPlaceholder(profile.orgId, orgPlaceholder()),
                                    orPlaceholder(profile.sandbox, sandboxPlaceholder())};
    QList<QPair<QByteArray, QString>> headers;
    const RawHeaders documented =
        PlatformHeaders::platformCall(bearerPlaceholder(), identity, PlatformHeaders::jsonContentType()).documented();
    for (const auto& [name, value] : documented)
        headers.append({name, QString::fromUtf8(value)});
    return curl(QByteArrayLiteral("POST"), url, headers, body);
}

} // namespace Inlet
