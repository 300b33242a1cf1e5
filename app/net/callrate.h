#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// How often one operation may be called by one user: the documented gateway limits (5 calls a
// minute per user and API, 600 a minute per API for everyone), a custom rate, or no limit (the
// local sandbox). Written as "documented", "N/min", "N/s" or "unlimited" in profiles and on the
// command line.
class CallRate
{
    Q_DECLARE_TR_FUNCTIONS(CallRate)

public:
    enum class Kind { Documented, Custom, Unlimited };

    static constexpr int DocumentedCallsPerMinute = 5;
    static constexpr int DocumentedOverallCallsPerMinute = 600;
    static constexpr int MaxCalls = 100000;

    CallRate() = default; // unlimited
    static CallRate documented();
    static CallRate unlimited();
    // calls per periodMs (60000 for N/min, 1000 for N/s); nullopt outside 1..MaxCalls.
    static std::optional<CallRate> custom(int calls, int periodMs);

    Kind kind() const { return m_kind; }
    bool isUnlimited() const { return m_kind == Kind::Unlimited; }
    // Calls one user may make of one operation per period(); 0 when unlimited.
    int calls() const { return m_calls; }
    int periodMs() const { return m_periodMs; }
    // The least time between two calls of one operation; 0 when unlimited.
    qint64 intervalMs() const;

    // "documented", "unlimited", "N/min" or "N/s": what parse() reads back.
    QString toString() const;
    // For people: "documented limits (5 calls a minute per operation)", …
    QString displayText() const;
    // Reads what toString() writes, in any case and with spaces around the slash; error says
    // what is wrong.
    static std::optional<CallRate> parse(const QString &text, QString *error = nullptr);

    bool operator==(const CallRate &other) const;
    bool operator!=(const CallRate &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Unlimited;
    int m_calls = 0;
    int m_periodMs = 60000;
};
