#include "HttpExchange.h"

#include "core/SecureMemory.h"

#include "core/Logging.h"
#include "platform/Authenticator.h"
#include "platform/Redactor.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

namespace Inlet {

namespace {

constexpr int kLoggedBodyChars = 4096;

// The upload device of requests that must not be repeated (POST, PATCH, DELETE bodies). Qt's HTTP
// layer silently sends a request again when the server closes the connection before answering
// ("resend current request"); for POST /connections that could create the connection twice. A
// device that cannot rewind makes Qt fail with ContentReSendError instead – an ambiguous failure
// the create operation handles by looking for the connection.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Transport-level failures (no complete HTTP answer), as opposed to an HTTP error status.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::UnknownNetworkError || error == QNetworkReply::UnknownProxyError;
}

QString truncated(const QString& text)
{
    return text.size() > kLoggedBodyChars ? text.left(kLoggedBodyChars) + QStringLiteral("…") : text;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpExchange::RunningReply::start(QNetworkReply* reply)
{
    abort();
    m_reply = reply;
}

QNetworkReply* HttpExchange::RunningReply::take()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    return reply;
}

void HttpExchange::RunningReply::abort()
{
    QNetworkReply* reply = take();
    if (!reply)
        return;
    // abort() emits finished() at once: the exchange must not take it for an answer.
    reply->disconnect(m_receiver);
    reply->abort();
    reply->deleteLater();
}

HttpExchange::HttpExchange(HttpContext context, HttpRequestSpec spec, Authenticator* authenticator, QObject* parent)
    : ResultOperation(parent)
    , m_context(std::move(context))
    , m_spec(std::move(spec))
    , m_authenticator(authenticator)
{
    if (!m_spec.body.isEmpty() && m_spec.contentType.isEmpty())
        m_spec.contentType = PlatformHeaders::jsonContentType();
    setCanceller([this] { return stop(); });
    m_clock.start();
    // Started from the event loop, like every operation: the caller connects to finished() first.
    QMetaObject::invokeMethod(this, &HttpExchange::begin, Qt::QueuedConnection);
}

HttpExchange::~HttpExchange()
{
    wipe(m_spec.body);
    wipe(m_token);
}

void HttpExchange::begin()
{
    if (isFinished())
        return;
    if (!HttpRules::isAllowedUrl(m_spec.url)) {
        fail(Error::make(Error::Kind::InsecureUrl, Redactor().url(m_spec.url)));
        return;
    }
    attempt();
}

void HttpExchange::attempt()
{
    if (m_authenticator)
        requestToken();
    else
        send();
}

void HttpExchange::requestToken()
{
    TokenOperation* request = m_authenticator->accessToken(this);
    m_tokenRequest = request;
    connect(request, &Operation::finished, this, [this, request] {
        m_tokenRequest = nullptr;
        if (isFinished())
            return;
        if (request->error()) {
            fail(request->error());
            return;
        }
        m_token = request->result();
        send();
    });
}

bool HttpExchange::stop()
{
    if (m_tokenRequest) {
        m_tokenRequest->disconnect(this);
        m_tokenRequest->cancel();
    }
    if (m_retryTimer)
        m_retryTimer->stop();
    m_reply.abort();
    return m_requestSent && !m_spec.idempotent;
}

PlatformHeaders HttpExchange::headers() const
{
    return m_authenticator
        ? PlatformHeaders::platformCall(m_token, m_context.identity, m_spec.contentType, m_spec.accept)
        : PlatformHeaders::plain(m_spec.contentType);
}

void HttpExchange::send()
{
    const HttpPolicy& policy = m_context.policy;

    QNetworkRequest request(m_spec.url);
    request.setTransferTimeout(int(policy.transferTimeout.count()));
    // Platform APIs do not redirect; following one could carry the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    const RawHeaders headers = this->headers().all();
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    QIODevice* body = nullptr;
    if (!m_spec.body.isEmpty() || m_spec.method != "GET") {
        if (m_spec.idempotent) {
            auto* buffer = new QBuffer;
            buffer->setData(m_spec.body);
            buffer->open(QIODevice::ReadOnly);
            body = buffer;
        } else {
            body = new OneShotBody(m_spec.body, nullptr);
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
    }

    ++m_attempts;
    m_tooLarge = false;
    logRequest(headers);
    m_clock.restart();

    QNetworkAccessManager* network = m_context.network;
    QNetworkReply* reply = body ? network->sendCustomRequest(request, m_spec.method, body)
                                : network->sendCustomRequest(request, m_spec.method);
    if (body)
        body->setParent(reply);
    m_reply.start(reply);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_requestSent = true;
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: recorded for the details area; Qt then fails the reply.
        for (const QSslError& error : errors)
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_context.policy.maxResponseBytes;
    if (m_reply.get() && !m_tooLarge && (received > limit || total > limit)) {
        m_tooLarge = true;
        m_reply.get()->abort();
    }
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply* reply = m_reply.take();
    if (!reply)
        return;
    reply->deleteLater();
    if (isFinished())
        return;

    const qint64 elapsed = m_clock.elapsed();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const qint64 limit = m_context.policy.maxResponseBytes;

    if (m_tooLarge || reply->bytesAvailable() > limit) {
        qCDebug(lcHttp).noquote() << "←" << m_spec.method << Redactor().url(m_spec.url) << "refused: over" << limit
                                  << "bytes";
        Error error = Error::make(Error::Kind::TooLarge, tr("More than %1 bytes.").arg(limit), status);
        // The server answered, so it may have acted (a create that succeeded with a huge body): a
        // create must be checked for, not repeated.
        error.setAmbiguous(m_requestSent);
        fail(error);
        return;
    }

    if (reply->error() != QNetworkReply::NoError && (status == 0 || isTransportError(reply->error()))) {
        Error error = Error::fromNetworkError(reply->error(), reply->errorString(), m_requestSent);
        if (error.kind() == Error::Kind::Tls && !m_sslErrors.isEmpty())
            error = Error::make(Error::Kind::Tls, m_sslErrors.join(QStringLiteral("; ")));
        qCDebug(lcHttp).noquote() << "←" << m_spec.method << Redactor().url(m_spec.url) << "failed after" << elapsed
                                  << "ms:" << reply->errorString();
        if (m_spec.idempotent && error.isTransient() && scheduleRetry({}))
            return;
        fail(error);
        return;
    }

    const QByteArray body = reply->readAll();
    logResponse(status, body, elapsed);
    // Qt ends a reply when the server closes the connection mid-body, even if Content-Length
    // promised more: a cut-off answer must not pass for a complete one.
    const QVariant contentLength = reply->header(QNetworkRequest::ContentLengthHeader);
    if (contentLength.isValid() && !reply->hasRawHeader("Content-Encoding")
        && body.size() < contentLength.toLongLong()) {
        const Error error = Error::fromNetworkError(
            QNetworkReply::RemoteHostClosedError,
            tr("The connection closed after %1 of %2 bytes.").arg(body.size()).arg(contentLength.toLongLong()),
            m_requestSent);
        if (m_spec.idempotent && scheduleRetry({}))
            return;
        fail(error);
        return;
    }
    RawHeaders headers;
    for (const auto& pair : reply->rawHeaderPairs())
        headers.append(pair);

    if (status >= 200 && status < 300) {
        finishWithResult(HttpResponse{status, body, headers});
        return;
    }
    if (status == 401 && m_authenticator && !m_replayed && m_authenticator->tokenRejected(m_token)) {
        // One fresh token and one replay: the gateway rejected the request before acting on it.
        m_replayed = true;
        qCInfo(lcPlatform) << "Platform rejected the access token; renewing it once and repeating the request";
        requestToken();
        return;
    }
    if (m_spec.idempotent && HttpRules::isRetryableStatus(status) && scheduleRetry(reply->rawHeader("Retry-After")))
        return;
    const HttpResponse response{status, body, headers};
    fail(Error::fromHttpResponse(status, body, response.header("x-request-id")));
}

bool HttpExchange::scheduleRetry(const QByteArray& retryAfterHeader)
{
    const HttpPolicy& policy = m_context.policy;
    if (m_attempts >= policy.maxTries)
        return false;
    const auto retryAfter = HttpRules::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
    if (retryAfter && *retryAfter > policy.maxRetryAfter)
        return false;
    const auto delay =
        HttpRules::backoffDelay(m_attempts, policy, QRandomGenerator::global()->generateDouble(), retryAfter);
    qCInfo(lcPlatform).noquote() << "Retrying" << m_spec.method << Redactor().url(m_spec.url) << "in" << delay.count()
                                 << "ms (attempt" << m_attempts + 1 << "of" << policy.maxTries << ")";
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        // A coarse timer may fire 5 % early; Retry-After is a minimum.
        m_retryTimer->setTimerType(Qt::PreciseTimer);
        connect(m_retryTimer, &QTimer::timeout, this, &HttpExchange::attempt);
    }
    m_retryTimer->start(int(delay.count()));
    return true;
}

void HttpExchange::fail(const Error& error)
{
    if (isFinished())
        return;
    qCDebug(lcPlatform).noquote() << m_spec.method << Redactor().url(m_spec.url) << "failed:" << error.details();
    finishWithError(error);
}

void HttpExchange::logRequest(const RawHeaders& headers) const
{
    if (!lcHttp().isDebugEnabled())
        return;
    const Redactor redactor(m_spec.secretParams);
    qCDebug(lcHttp).noquote() << "→" << m_spec.method << redactor.url(m_spec.url)
                              << QStringLiteral("(attempt %1)\n").arg(m_attempts) << redactor.headers(headers) << "\n"
                              << truncated(redactor.body(m_spec.body));
}

void HttpExchange::logResponse(int status, const QByteArray& body, qint64 elapsedMs) const
{
    if (!lcHttp().isDebugEnabled())
        return;
    const Redactor redactor(m_spec.secretParams);
    qCDebug(lcHttp).noquote() << "←" << status << m_spec.method << redactor.url(m_spec.url) << "in" << elapsedMs
                              << "ms," << body.size() << "bytes\n"
                              << truncated(redactor.body(body));
}

} // namespace Inlet
