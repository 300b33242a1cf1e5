#include "app/net/callbudget.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <limits>

namespace {

// A loaded machine or network delays one call more than the next by this much easily; at a fast
// rate five percent of the interval would not cover it.
constexpr qint64 kMinSpacingMarginMs = 100;

} // namespace

CallBudget::CallBudget(const CallRate &rate, Clock clock)
    : m_rate(rate)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
}

void CallBudget::setRate(const CallRate &rate)
{
    if (rate == m_rate)
        return;
    m_rate = rate;
    m_states.clear();
}

int CallBudget::slowdownOf(const State &state, qint64 now) const
{
    return now < state.slowUntilMs ? state.slowdown : 1;
}

qint64 CallBudget::intervalOf(const State &state, qint64 now) const
{
    const int factor = slowdownOf(state, now);
    const qint64 rate = m_rate.intervalMs();
    const qint64 rateInterval =
        rate == 0 ? 0 : rate + std::max(rate * SpacingMarginPercent / 100, kMinSpacingMarginMs);
    if (factor == 1)
        return rateInterval;
    return std::max(rateInterval, ThrottledBaseIntervalMs) * factor;
}

CallBudget::Slot CallBudget::reserve(const QByteArray &operation)
{
    const qint64 now = m_clock();
    State &state = m_states[operation];
    Slot slot;
    slot.atMs = std::max(now, state.nextMs);
    slot.waitMs = slot.atMs - now;
    state.nextMs = slot.atMs + intervalOf(state, now);
    state.lastBookedMs = slot.atMs;
    return slot;
}

void CallBudget::release(const QByteArray &operation, const Slot &slot)
{
    const auto it = m_states.find(operation);
    if (it != m_states.end() && it->lastBookedMs == slot.atMs && it->nextMs > slot.atMs) {
        it->nextMs = slot.atMs;
        it->lastBookedMs = std::numeric_limits<qint64>::min();
    }
}

qint64 CallBudget::waitMs(const QByteArray &operation) const
{
    const auto it = m_states.constFind(operation);
    if (it == m_states.constEnd())
        return 0;
    return std::max<qint64>(0, it->nextMs - m_clock());
}

qint64 CallBudget::intervalMs(const QByteArray &operation) const
{
    const auto it = m_states.constFind(operation);
    return it == m_states.constEnd() ? intervalOf(State(), m_clock()) : intervalOf(*it, m_clock());
}

int CallBudget::slowdown(const QByteArray &operation) const
{
    const auto it = m_states.constFind(operation);
    return it == m_states.constEnd() ? 1 : slowdownOf(*it, m_clock());
}

void CallBudget::throttled(const QByteArray &operation, qint64 retryAfterMs)
{
    const qint64 now = m_clock();
    State &state = m_states[operation];
    state.slowdown = std::min(MaxSlowdown, slowdownOf(state, now) * 2);
    const qint64 resume = now + std::max<qint64>(0, retryAfterMs);
    state.slowUntilMs = resume + SlowdownHoldMs;
    state.nextMs = std::max(state.nextMs, resume);
}
