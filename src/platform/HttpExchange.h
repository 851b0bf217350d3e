#pragma once

#include "core/Operation.h"
#include "platform/HttpPolicy.h"
#include "platform/PlatformHeaders.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Inlet {

class Authenticator;

// What every request of a session shares, handed to each exchange as a value.
struct HttpContext
{
    QNetworkAccessManager* network = nullptr; // not owned; outlives every exchange
    HttpPolicy policy;
    PlatformIdentity identity; // the Platform headers' values; unused by a plain request (IMS)
};

// What to send. Platform-layer internal.
struct HttpRequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType; // defaults to application/json when there is a body
    QByteArray accept; // empty: application/json
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

// One logical HTTP request of the platform layer, as an Operation (core/Operation.h) whose result()
// is the 2xx response: URL policy, the headers (PlatformHeaders), transfer timeout, size limit,
// redacted logging, and retries of idempotent requests with backoff and Retry-After.
//
// With an Authenticator it is a Platform call: it asks for a token before each attempt and, after a
// 401, tells the authenticator and replays once with a fresh token. Without one it is a plain request
// (the IMS token request itself). It needs nothing but what it is given: the context, the request and
// the authenticator, which must outlive it; it never calls back into whoever made it.
// cancel() stops the transfer and any retry; the Cancelled error is ambiguous when a request that is
// not idempotent may have reached the server.
class HttpExchange : public ResultOperation<HttpResponse>
{
    Q_OBJECT

public:
    HttpExchange(HttpContext context, HttpRequestSpec spec, Authenticator* authenticator, QObject* parent);
    // The request body may carry secrets (a client secret, a source's credentials): wiped.
    ~HttpExchange() override;

    // A request of this exchange was (at least partly) sent, so the server may have acted on it.
    bool requestSent() const { return m_requestSent; }
    int attempts() const { return m_attempts; }
    const HttpRequestSpec& spec() const { return m_spec; }

private:
    // The transfer in flight. Aborted when it is replaced, stopped, or when the exchange goes away;
    // the manager owns the reply, so a QPointer notices if the manager deletes it first.
    class RunningReply
    {
    public:
        explicit RunningReply(QObject* receiver)
            : m_receiver(receiver)
        {
        }
        ~RunningReply() { abort(); }
        Q_DISABLE_COPY_MOVE(RunningReply)

        void start(QNetworkReply* reply);
        QNetworkReply* get() const { return m_reply; }
        // Hands the finished reply over; the caller deletes it later.
        QNetworkReply* take();
        void abort();

    private:
        QObject* m_receiver;
        QPointer<QNetworkReply> m_reply;
    };

    void begin();
    void attempt();
    void requestToken();
    void send();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    bool scheduleRetry(const QByteArray& retryAfterHeader);
    bool stop();
    void fail(const Error& error);
    PlatformHeaders headers() const;
    void logRequest(const RawHeaders& headers) const;
    void logResponse(int status, const QByteArray& body, qint64 elapsedMs) const;

    const HttpContext m_context;
    HttpRequestSpec m_spec;
    Authenticator* const m_authenticator;
    RunningReply m_reply{this};
    QPointer<Operation> m_tokenRequest;
    QTimer* m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    QString m_token;
    QStringList m_sslErrors;
    int m_attempts = 0;
    bool m_replayed = false;
    bool m_requestSent = false;
    bool m_tooLarge = false;
};

} // namespace Inlet
