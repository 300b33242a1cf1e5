#include "sandbox/gatewaylimiter.h"

#include <QCryptographicHash>

#include <algorithm>

GatewayLimiter::GatewayLimiter(const CallRate &limits)
    : m_limits(limits)
{
}

void GatewayLimiter::clear()
{
    m_perUser.clear();
    m_overall.clear();
}

QString GatewayLimiter::periodText() const
{
    return m_limits.periodMs() == 1000 ? QStringLiteral("1 second") : QStringLiteral("1 minute");
}

bool GatewayLimiter::full(std::deque<qint64> &window, int limit, qint64 nowMs,
                          int *retryAfterSeconds) const
{
    while (!window.empty() && window.front() <= nowMs - m_limits.periodMs())
        window.pop_front();
    if (int(window.size()) < limit)
        return false;
    const qint64 freeInMs = window.front() + m_limits.periodMs() - nowMs;
    *retryAfterSeconds = int(std::max<qint64>(1, (freeInMs + 999) / 1000));
    return true;
}

GatewayLimiter::Verdict GatewayLimiter::admit(const QString &user, const QString &api, qint64 nowMs)
{
    Verdict verdict;
    if (!isOn())
        return verdict;
    std::deque<qint64> &mine = m_perUser[user + QLatin1Char('\n') + api];
    std::deque<qint64> &everyone = m_overall[api];
    const int overallLimit = m_limits.calls() * OverallFactor;
    if (full(mine, m_limits.calls(), nowMs, &verdict.retryAfterSeconds)) {
        verdict.admitted = false;
        verdict.limit = m_limits.calls();
    } else if (full(everyone, overallLimit, nowMs, &verdict.retryAfterSeconds)) {
        verdict.admitted = false;
        verdict.limit = overallLimit;
    } else {
        mine.push_back(nowMs);
        everyone.push_back(nowMs);
    }
    return verdict;
}

QString GatewayLimiter::userOf(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype at = value.indexOf("Access=");
            if (at >= 0) {
                const QByteArray rest = value.mid(at + 7);
                return QString::fromLatin1(rest.left(rest.indexOf(',')).trimmed());
            }
        }
        if (name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex());
    }
    return {};
}
