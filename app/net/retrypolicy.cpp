#include "app/net/retrypolicy.h"

#include <QLocale>

#include <algorithm>
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

    const QByteArray retryAfter = retryAfterHeader.trimmed();
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const int seconds = retryAfter.toInt(&isNumber);
        int serverDelay = -1;
        if (isNumber && seconds >= 0) {
            serverDelay = seconds * 1000;
        } else {
            const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(retryAfter),
                                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            if (at.isValid()) {
                QDateTime atUtc = at;
                atUtc.setTimeSpec(Qt::UTC);
                serverDelay = static_cast<int>(std::max<qint64>(0, nowUtc.msecsTo(atUtc)));
            }
        }
        if (serverDelay >= 0)
            delay = std::max(delay, std::min(serverDelay, maxRetryAfterMs));
    }
    return delay;
}
