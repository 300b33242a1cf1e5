#include "app/net/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

bool RetryPolicy::neverReachedServer(const HssError &error)
{
    return error.kind == HssError::Kind::Network
        && (error.networkError == QNetworkReply::ConnectionRefusedError
            || error.networkError == QNetworkReply::HostNotFoundError
            || error.networkError == QNetworkReply::ProxyConnectionRefusedError
            || error.networkError == QNetworkReply::ProxyNotFoundError);
}

bool RetryPolicy::shouldRetry(const HssError &error, bool idempotent, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts)
        return false;
    if (neverReachedServer(error))
        return true;
    if (!idempotent)
        return false;
    switch (error.kind) {
    case HssError::Kind::Network:
    case HssError::Kind::Timeout:
        return true;
    case HssError::Kind::Api:
        return error.isThrottling() || error.httpStatus >= 500;
    default:
        return false;
    }
}

int RetryPolicy::delayMs(int attemptsMade, const QByteArray &retryAfterHeader,
                         const QDateTime &nowUtc, double random01) const
{
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attemptsMade - 1));
    const double capped = std::min<double>(exponential, maxDelayMs);
    // "Equal jitter": never less than half the backoff, so a herd still spreads out.
    int delay = static_cast<int>(capped / 2 + capped / 2 * random01);

    const int serverDelay = retryAfterMs(retryAfterHeader, nowUtc);
    if (serverDelay >= 0)
        delay = std::max(delay, std::min(serverDelay, maxRetryAfterMs));
    return delay;
}

int RetryPolicy::throttledWaitMs(const QByteArray &retryAfterHeader, const QDateTime &nowUtc) const
{
    const int serverDelay = retryAfterMs(retryAfterHeader, nowUtc);
    return serverDelay >= 0 ? std::min(serverDelay, maxRetryAfterMs) : throttledDelayMs;
}

int RetryPolicy::retryAfterMs(const QByteArray &retryAfterHeader, const QDateTime &nowUtc)
{
    const QByteArray retryAfter = retryAfterHeader.trimmed();
    if (retryAfter.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = retryAfter.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? static_cast<int>(std::min<qint64>(qint64(seconds) * 1000, INT_MAX)) : -1;
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(retryAfter),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime atUtc = at;
    atUtc.setTimeSpec(Qt::UTC);
    return static_cast<int>(std::clamp<qint64>(nowUtc.msecsTo(atUtc), 0, INT_MAX));
}
