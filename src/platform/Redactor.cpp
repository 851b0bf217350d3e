#include "Redactor.h"

#include "core/Json.h"
#include "core/SasSignature.h"

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

QString Redactor::text(const QString& text) const
{
    // sig=<signature> in SAS tokens and URIs; "Bearer <token>"; client_secret=.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clientSecret(QStringLiteral("(client_secret=)[^&\\s\"']*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QString result = SasSignature::hide(text, marker());
    const QString replacement = QStringLiteral("\\1") + marker();
    result.replace(bearer, replacement);
    result.replace(clientSecret, replacement);
    return result;
}

QString Redactor::redactJson(const QByteArray& body, bool* ok) const
{
    JsonDocument document = JsonText::parse(body);
    // Objects and arrays only, as logged bodies are; a bare scalar is redacted as text.
    *ok = document.isValid() && (document.root.is_object() || document.root.is_array());
    if (!*ok)
        return {};

    const Json mark = toJson(marker());
    const QSet<QString>& secrets = m_secretParams;
    auto isSecretParam = [&secrets](const std::string& key) { return secrets.contains(QString::fromStdString(key)); };
    // Walks the document in place; `inParams` is true inside an auth.params object (or a JSON-Patch
    // value that replaces it), where the secret param names apply. The parser bounds the depth.
    std::function<void(Json&, bool)> walk = [&](Json& value, bool inParams) {
        if (value.is_array()) {
            for (Json& item : value)
                walk(item, false);
            return;
        }
        if (value.is_string()) {
            value = toJson(text(jsonString(value)));
            return;
        }
        if (!value.is_object())
            return;
        // JSON-Patch: {"op": "replace", "path": "/auth/params[/name]", "value": …}
        const QString path = jsonString(value, "path");
        if (jsonMember(value, "op") && path.startsWith(QLatin1String("/auth/params"))) {
            const QString param = path.mid(QStringLiteral("/auth/params/").size());
            Json* patchValue = value.contains("value") ? &value["value"] : nullptr;
            if (path == QLatin1String("/auth/params") || path == QLatin1String("/auth/params/")) {
                if (patchValue)
                    walk(*patchValue, true);
            } else if (secrets.contains(param)) {
                value["value"] = mark;
            }
            return;
        }
        for (const auto& member : value.items()) {
            const std::string& key = member.key();
            Json& child = member.value();
            if (isSecretKey(QString::fromStdString(key)) || (inParams && isSecretParam(key)))
                child = mark;
            else if (key == "auth" && child.is_object()) {
                if (child.contains("params"))
                    walk(child["params"], true);
            } else
                walk(child, false);
        }
    };

    walk(document.root, false);
    return QString::fromUtf8(JsonText::write(document.root));
}

QString Redactor::body(const QByteArray& body) const
{
    if (body.isEmpty())
        return {};
    bool isJson = false;
    QString json = redactJson(body, &isJson);
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
