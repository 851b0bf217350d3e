#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace Inlet {

class PlatformSession;

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// What to send. Platform-layer internal.
struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType; // defaults to application/json when there is a body
    RawHeaders extraHeaders; // If-Match, …
    bool platformCall = true; // bearer token + the Platform headers; false for IMS itself
    bool idempotent = false; // retried on network errors, 429, 502, 503, 504
    QSet<QString> secretParams; // auth params to redact in the log
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    RawHeaders headers;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
};

// One logical HTTP request of the platform layer: URL policy, token, Platform headers, transfer
// timeout, size limit, redacted logging, retries of idempotent requests with backoff and
// Retry-After, and one fresh token plus one replay after a Platform 401.
// Emits finished() once (not after abort()), then deletes itself later.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(PlatformSession* session, HttpRequestSpec spec);
    ~HttpExchange() override;

    void start();
    // Stops everything; finished() is not emitted. Safe to call at any time.
    void abort();

    bool isOk() const { return !m_error.isError(); }
    const Error& error() const { return m_error; }
    const HttpResponse& response() const { return m_response; } // valid when isOk()
    // A request of this exchange was (at least partly) sent, so the server may have acted on it.
    bool requestSent() const { return m_requestSent; }
    int attempts() const { return m_attempts; }
    const HttpRequestSpec& spec() const { return m_spec; }

signals:
    void finished();

private:
    void acquireTokenAndSend();
    void send();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    bool scheduleRetry(const QByteArray& retryAfterHeader);
    void finish(const Error& error);
    void logRequest() const;
    void logResponse(int status, const QByteArray& body, qint64 elapsedMs) const;

    PlatformSession* m_session;
    HttpRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    QString m_token;
    HttpResponse m_response;
    QStringList m_sslErrors;
    Error m_error;
    int m_tokenTicket = 0;
    int m_attempts = 0;
    bool m_replayed = false;
    bool m_requestSent = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace Inlet
