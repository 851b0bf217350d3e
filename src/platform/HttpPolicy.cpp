#include "HttpPolicy.h"

#include <QHostAddress>
#include <QLocale>

#include <algorithm>

namespace Inlet::HttpRules {

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::chrono::milliseconds
backoffDelay(int retry, const HttpPolicy& policy, double jitter01, std::optional<std::chrono::milliseconds> retryAfter)
{
    using std::chrono::milliseconds;
    const int exponent = std::clamp(retry - 1, 0, 20);
    const qint64 uncapped = policy.backoffBase.count() * (qint64(1) << exponent);
    const qint64 ceiling = std::min<qint64>(uncapped, policy.backoffCap.count());
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    // "Equal jitter": never less than half the step, so retries stay spread out but never instant.
    const qint64 halfStep = ceiling / 2;
    const milliseconds delay(halfStep + qint64(double(ceiling - halfStep) * jitter));
    if (retryAfter && *retryAfter > delay)
        return *retryAfter;
    return delay;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(seconds * 1000)) : std::nullopt;
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace Inlet::HttpRules
