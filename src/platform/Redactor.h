#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>

namespace Inlet {

// Removes secrets from what the request log (lcHttp) prints. Used for every request and response
// the platform layer logs; nothing reaches a logging category without passing through here.
// Redacts: the Authorization and x-api-key headers, client_secret (form, query or JSON),
// access_token / accessToken in IMS or JSON bodies, every auth.params value named secret (also
// inside JSON-Patch operations), SAS signatures (`sig=…`, core/SasSignature) anywhere, and bearer
// tokens in text.
class Redactor
{
public:
    explicit Redactor(QSet<QString> secretParams = {});

    static QString marker() { return QStringLiteral("<redacted>"); }

    QByteArray headerValue(const QByteArray& name, const QByteArray& value) const;
    QString headers(const QList<QPair<QByteArray, QByteArray>>& headers) const; // "Name: value" lines
    QString url(const QUrl& url) const;
    // JSON (objects, arrays, JSON-Patch), form-encoded, or anything else as text (sig=, Bearer).
    QString body(const QByteArray& body) const;
    QString text(const QString& text) const; // sig=… and "Bearer …" in free text

private:
    QString redactJson(const QByteArray& body, bool* ok) const;

    QSet<QString> m_secretParams;
};

} // namespace Inlet
