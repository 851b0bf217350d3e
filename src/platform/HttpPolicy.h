#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Inlet {

// Timeouts, retries and limits of every Platform and IMS request.
struct HttpPolicy
{
    // No byte for this long aborts the transfer (QNetworkRequest::setTransferTimeout). A setting.
    std::chrono::milliseconds transferTimeout{30000};
    // Idempotent requests (GET) are tried at most this often on network errors, 429, 502, 503, 504.
    int maxTries = 3;
    // Exponential backoff: base * 2^(retry-1), capped, with full jitter on top of half of it.
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{8000};
    // A Retry-After longer than this is not waited for: the error is reported instead.
    std::chrono::milliseconds maxRetryAfter{60000};
    // Responses larger than this are refused (TooLarge).
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

namespace HttpRules {

// Statuses worth retrying for idempotent requests.
bool isRetryableStatus(int httpStatus);

// Delay before retry number `retry` (1 = the first retry). `jitter01` in [0, 1) picks the point in
// [delay/2, delay]; `retryAfter`, when the server sent one, wins if it is longer.
std::chrono::milliseconds backoffDelay(int retry,
                                       const HttpPolicy& policy,
                                       double jitter01,
                                       std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);

// `Retry-After: 3` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT` (relative to `now`).
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

// https, or plain http to a loopback host (127.0.0.0/8, ::1, localhost). Anything else is refused
// with Error::Kind::InsecureUrl before a byte is sent.
bool isAllowedUrl(const QUrl& url);
bool isLoopbackHost(const QString& host);

} // namespace HttpRules

} // namespace Inlet
