#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>

#include <utility>

namespace Inlet {

namespace {

bool isSecretKey(const QString& key)
{
    static const QStringList keys{QStringLiteral("client_secret"),
                                  QStringLiteral("access_token"),
                                  QStringLiteral("refresh_token"),
                                  QStringLiteral("id_token"),
                                  QStringLiteral("authorization"),
                                  QStringLiteral("x-api-key"),
                                  QStringLiteral("sastoken"),
                                  QStringLiteral("sasuri")};
    return keys.contains(key.toLower());
}

} // namespace

Redactor::Redactor(QSet<QString> secretParams)
    : m_secretParams(std::move(secretParams))
{
}

QByteArray Redactor::headerValue(const QByteArray& name, const QByteArray& value) const
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "x-api-key" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie")
        return marker().toLatin1();
    return text(QString::fromLatin1(value)).toLatin1();
}

QString Redactor::headers(const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(headerValue(name, value));
    return lines.join(QLatin1Char('\n'));
}

QString Redactor::url(const QUrl& url) const
{
    QUrl copy = url;
    copy.setUserInfo({});
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery redacted;
        for (const auto& [key, value] : items) {
            const QString lower = key.toLower();
            const bool secret = lower == QLatin1String("sig") || lower == QLatin1String("client_secret")
                || lower == QLatin1String("access_token");
            redacted.addQueryItem(key, secret ? marker() : value);
        }
        copy.setQuery(redacted);
    }
    return text(copy.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
}

QString Redactor::hideSasSignatures(const QString& text, const QString& replacement)
{
    static const QRegularExpression sig(QStringLiteral("(sig(?:=|%3D))[^&\\s\"'<>]*"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    return result.replace(sig, QStringLiteral("\\1") + replacement);
}

QString Redactor::text(const QString& text) const
{
    // sig=<signature> in SAS tokens and URIs; "Bearer <token>"; client_secret=.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clientSecret(QStringLiteral("(client_secret=)[^&\\s\"']*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QString result = hideSasSignatures(text);
    const QString replacement = QStringLiteral("\\1") + marker();
    result.replace(bearer, replacement);
    result.replace(clientSecret, replacement);
    return result;
}

QString Redactor::redactJson(const QByteArray& body, bool* ok) const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && !document.isNull();
    if (!*ok)
        return {};

    const QString mark = marker();
    const QSet<QString>& secrets = m_secretParams;
    // Walks the document; `inParams` is true inside an auth.params object (or a JSON-Patch value
    // that replaces it), where the secret param names apply.
    std::function<QJsonValue(const QJsonValue&, bool)> walk = [&](const QJsonValue& value, bool inParams) {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue& item : value.toArray())
                array.append(walk(item, false));
            return QJsonValue(array);
        }
        if (!value.isObject())
            return value.isString() ? QJsonValue(text(value.toString())) : value;
        QJsonObject object = value.toObject();
        // JSON-Patch: {"op": "replace", "path": "/auth/params[/name]", "value": …}
        const QString path = object.value(QLatin1String("path")).toString();
        if (object.contains(QLatin1String("op")) && path.startsWith(QLatin1String("/auth/params"))) {
            const QString param = path.mid(QStringLiteral("/auth/params/").size());
            if (path == QLatin1String("/auth/params") || path == QLatin1String("/auth/params/"))
                object.insert(QLatin1String("value"), walk(object.value(QLatin1String("value")), true));
            else if (secrets.contains(param))
                object.insert(QLatin1String("value"), mark);
            return QJsonValue(object);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (isSecretKey(key) || (inParams && secrets.contains(key)))
                it.value() = mark;
            else if (key == QLatin1String("auth") && it.value().isObject()) {
                QJsonObject auth = it.value().toObject();
                auth.insert(QLatin1String("params"), walk(auth.value(QLatin1String("params")), true));
                it.value() = auth;
            } else
                it.value() = walk(it.value(), false);
        }
        return QJsonValue(object);
    };

    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue redacted = walk(root, false);
    const QJsonDocument out =
        redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

QString Redactor::body(const QByteArray& body) const
{
    if (body.isEmpty())
        return {};
    bool isJson = false;
    const QString json = redactJson(body, &isJson);
    if (isJson)
        return json;
    const QString asText = QString::fromUtf8(body);
    // application/x-www-form-urlencoded (the IMS token request)
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_.~%+-]+=[^&]*(&[A-Za-z0-9_.~%+-]+=[^&]*)*$"));
    if (form.match(asText.trimmed()).hasMatch()) {
        QUrlQuery query(asText.trimmed());
        QUrlQuery redacted;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyEncoded))
            redacted.addQueryItem(key, isSecretKey(key) || key == QLatin1String("sig") ? marker() : value);
        return text(redacted.toString(QUrl::FullyEncoded));
    }
    // Not JSON (HTML error page, truncated JSON): still strip anything that looks like a secret.
    // A truncated JSON body may cut a secret param value; drop the quoted values of secret keys too.
    QString result = text(asText);
    for (const QString& name : m_secretParams) {
        const QRegularExpression quoted(QStringLiteral("(\"") + QRegularExpression::escape(name)
                                        + QStringLiteral("\"\\s*:\\s*\")[^\"]*\"?"));
        result.replace(quoted, QStringLiteral("\\1") + marker() + QStringLiteral("\""));
    }
    static const QRegularExpression tokenKeys(
        QStringLiteral("(\"(?:access_token|client_secret|SASToken|SASUri)\"\\s*:\\s*\")[^\"]*\"?"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(tokenKeys, QStringLiteral("\\1") + marker() + QStringLiteral("\""));
    return result;
}

} // namespace Inlet
