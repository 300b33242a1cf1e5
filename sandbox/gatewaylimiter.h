#pragma once

#include "app/net/callrate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <deque>

// The gateway's rate limits: one user (AK or IAM token) may call one API at most `calls` times
// per period, and everyone together 120 times that (the documented 5 and 600 a minute). Calls
// are counted in a sliding window as they are admitted, so a client that keeps asking while
// refused is not locked out for longer. Off for an unlimited rate.
class GatewayLimiter
{
public:
    struct Verdict
    {
        bool admitted = true;
        int limit = 0;             // the limit that refused the call
        int retryAfterSeconds = 0; // until the oldest counted call leaves the window
    };

    static constexpr int OverallFactor =
        CallRate::DocumentedOverallCallsPerMinute / CallRate::DocumentedCallsPerMinute;

    explicit GatewayLimiter(const CallRate &limits = {});

    const CallRate &limits() const { return m_limits; }
    bool isOn() const { return !m_limits.isUnlimited(); }
    Verdict admit(const QString &user, const QString &api, qint64 nowMs);
    void clear();
    // "time:1 minute" or "time:1 second", as the gateway's message words the period.
    QString periodText() const;

    // Who signed the request: the AK of its Authorization header, or its IAM token's hash.
    static QString userOf(const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    bool full(std::deque<qint64> &window, int limit, qint64 nowMs, int *retryAfterSeconds) const;

    CallRate m_limits;
    QHash<QString, std::deque<qint64>> m_perUser; // "user\napi"
    QHash<QString, std::deque<qint64>> m_overall; // api
};
