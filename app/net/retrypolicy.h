#pragma once

#include "app/net/hsserror.h"

#include <QByteArray>
#include <QDateTime>

// Bounded exponential backoff with jitter. Only requests that cannot do harm twice are
// retried: reads, and writes whose connection provably never reached the server.
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 30000;
    // How long a throttled call waits when the answer has no Retry-After (Huawei advises
    // backing off 2-5 s).
    int throttledDelayMs = 3000;

    bool shouldRetry(const HssError &error, bool idempotent, int attemptsMade) const;
    // random01 in [0, 1): the jitter draw, injected so tests are exact.
    int delayMs(int attemptsMade, const QByteArray &retryAfterHeader, const QDateTime &nowUtc,
                double random01) const;

    // What a throttling answer asks to wait: its Retry-After (seconds or an HTTP date) capped at
    // maxRetryAfterMs, or throttledDelayMs without one.
    int throttledWaitMs(const QByteArray &retryAfterHeader, const QDateTime &nowUtc) const;
    // A Retry-After header in milliseconds from nowUtc; -1 when absent or unreadable.
    static int retryAfterMs(const QByteArray &retryAfterHeader, const QDateTime &nowUtc);

    static bool neverReachedServer(const HssError &error);
};
