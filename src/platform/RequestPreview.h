#pragma once

#include "core/Profile.h"
#include "platform/ConnectionDraft.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Inlet {

// Requests written as the curl commands of the Adobe documentation, for the Review page and for
// copying into a terminal. Nothing secret ever appears: the Authorization header is always
// `Bearer {ACCESS_TOKEN}`, and every secret auth param is replaced by its upper-snake placeholder
// (`servicePrincipalKey` → `{SERVICE_PRINCIPAL_KEY}`). Non-secret values (org id, sandbox, client
// id as x-api-key, host names, …) are the real ones; empty ones become `{ORG_ID}`, `{SANDBOX_NAME}`,
// `{API_KEY}`. Every value is single-quoted for POSIX shells, so any character is safe.
class RequestPreview
{
public:
    // The create request in the seeds' layout: `curl -X POST`, the URL, one `-H` per header
    // (PlatformHeaders::documented(): Authorization, x-api-key, x-gw-ims-org-id, x-sandbox-name,
    // Content-Type – the headers sent, in the order sent, without User-Agent and Accept) and `-d` with the
    // pretty-printed body, one argument per line joined by backslash-newline continuations.
    static QString createConnection(const ConnectionDraft& draft, const Profile& profile);

    // A POST to Platform in the layout above: the headers with placeholders, `prettyJson` as the body.
    static QString platformPost(const QUrl& url, const Profile& profile, const QByteArray& prettyJson);

    // The generic form used above. `headers` in order; `body` empty for none.
    static QString curl(const QByteArray& method,
                        const QUrl& url,
                        const QList<QPair<QByteArray, QString>>& headers,
                        const QString& body = {});

    // `O'Brien` → `'O'\''Brien'`: one argument for sh/bash/zsh whatever the value holds.
    static QString shellQuote(const QString& value);
    // Each secret param of `draft` → the placeholder createConnection() shows for it: placeholderFor(),
    // made distinct from the headers' placeholders and from each other.
    static QHash<QString, QString> secretPlaceholders(const ConnectionDraft& draft);
    // `servicePrincipalKey` → `{SERVICE_PRINCIPAL_KEY}`, `s3SecretKey` → `{S3_SECRET_KEY}`.
    static QString placeholderFor(const QString& paramName);
};

} // namespace Inlet
