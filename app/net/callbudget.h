#pragma once

#include "app/net/callrate.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <limits>

// How many calls one profile may still make, per API operation: a token bucket of one token
// that refills every rate interval, so calls of one operation are spaced at least that far
// apart whatever window the gateway counts in. Callers book a slot before they send, in
// order, so the first to ask is the first to go. When the service throttles anyway, the
// operation waits for its Retry-After and is slowed down for a while.
//
// Not thread-safe: one HssClient and its replies use it from one thread.
class CallBudget
{
public:
    // Monotonic milliseconds; injected so tests run on a fake clock.
    using Clock = std::function<qint64()>;

    struct Slot
    {
        qint64 atMs = 0;   // when the call may be sent, on the budget's clock
        qint64 waitMs = 0; // from the moment it was booked
    };

    // The gateway counts calls as they arrive, and arrivals jitter: calls are spaced this many
    // percent more than the rate itself allows, and at least 100 ms more (see the .cpp).
    static constexpr int SpacingMarginPercent = 5;
    // Calls are spaced twice as far apart after each throttling answer, up to this factor…
    static constexpr int MaxSlowdown = 8;
    // …and back at the rate once the service has not throttled for this long.
    static constexpr qint64 SlowdownHoldMs = 60000;
    // The spacing of a throttled operation when the rate itself is unlimited.
    static constexpr qint64 ThrottledBaseIntervalMs = 250;

    explicit CallBudget(const CallRate &rate = {}, Clock clock = {});

    // A new rate forgets every booking and slow-down.
    void setRate(const CallRate &rate);
    const CallRate &rate() const { return m_rate; }

    // Books the next free slot of operation.
    Slot reserve(const QByteArray &operation);
    // A booked slot that will not be used (the call was cancelled before it was sent). It is
    // given back when no later call booked after it.
    void release(const QByteArray &operation, const Slot &slot);
    // How long a call of operation booked now would wait, without booking it.
    qint64 waitMs(const QByteArray &operation) const;
    // The spacing of operation's calls now: the rate's, longer while slowed down.
    qint64 intervalMs(const QByteArray &operation) const;
    int slowdown(const QByteArray &operation) const;
    // The service refused a call of operation as throttled: nothing is sent before
    // retryAfterMs from now, and the spacing doubles.
    void throttled(const QByteArray &operation, qint64 retryAfterMs);

private:
    struct State
    {
        qint64 nextMs = std::numeric_limits<qint64>::min();
        qint64 lastBookedMs = std::numeric_limits<qint64>::min();
        int slowdown = 1;
        qint64 slowUntilMs = 0;
    };
    int slowdownOf(const State &state, qint64 now) const;
    qint64 intervalOf(const State &state, qint64 now) const;

    CallRate m_rate;
    Clock m_clock;
    QHash<QByteArray, State> m_states;
};
