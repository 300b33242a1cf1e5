#include "app/net/callrate.h"

#include <QRegularExpression>

CallRate CallRate::documented()
{
    CallRate rate;
    rate.m_kind = Kind::Documented;
    rate.m_calls = DocumentedCallsPerMinute;
    rate.m_periodMs = 60000;
    return rate;
}

CallRate CallRate::unlimited()
{
    return {};
}

std::optional<CallRate> CallRate::custom(int calls, int periodMs)
{
    if (calls < 1 || calls > MaxCalls || (periodMs != 1000 && periodMs != 60000))
        return std::nullopt;
    CallRate rate;
    rate.m_kind = Kind::Custom;
    rate.m_calls = calls;
    rate.m_periodMs = periodMs;
    return rate;
}

qint64 CallRate::intervalMs() const
{
    if (isUnlimited())
        return 0;
    // Rounded up, so calls spaced this far apart never exceed the rate.
    return (qint64(m_periodMs) + m_calls - 1) / m_calls;
}

QString CallRate::toString() const
{
    switch (m_kind) {
    case Kind::Documented:
        return QStringLiteral("documented");
    case Kind::Unlimited:
        return QStringLiteral("unlimited");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("%1/%2").arg(m_calls).arg(m_periodMs == 1000 ? QLatin1String("s")
                                                                       : QLatin1String("min"));
}

QString CallRate::displayText() const
{
    switch (m_kind) {
    case Kind::Documented:
        return tr("documented limits (%n call(s) a minute per operation)", nullptr, m_calls);
    case Kind::Unlimited:
        return tr("unlimited");
    case Kind::Custom:
        break;
    }
    return m_periodMs == 1000 ? tr("%n call(s) a second per operation", nullptr, m_calls)
                              : tr("%n call(s) a minute per operation", nullptr, m_calls);
}

std::optional<CallRate> CallRate::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("documented"))
        return documented();
    if (t == QLatin1String("unlimited"))
        return unlimited();
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})\\s*/\\s*(min|s)$"));
    const QRegularExpressionMatch match = pattern.match(t);
    if (match.hasMatch()) {
        const int calls = match.captured(1).toInt();
        const int period = match.captured(2) == QLatin1String("s") ? 1000 : 60000;
        if (const std::optional<CallRate> rate = custom(calls, period))
            return rate;
        if (error)
            *error = tr("the number of calls must be between 1 and %1").arg(MaxCalls);
        return std::nullopt;
    }
    if (error)
        *error = tr("must be documented, unlimited, or a number of calls per minute or second "
                    "such as 30/min or 2/s");
    return std::nullopt;
}

bool CallRate::operator==(const CallRate &other) const
{
    return m_kind == other.m_kind && m_calls == other.m_calls && m_periodMs == other.m_periodMs;
}
