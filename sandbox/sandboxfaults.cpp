#include "sandbox/sandboxfaults.h"

namespace {

int intValue(const QJsonObject &o, const char *key, int current)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qMax(0, v.toInt()) : current;
}

bool boolValue(const QJsonObject &o, const char *key, bool current)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : current;
}

struct NamedRule
{
    const char *name;
    SandboxFaults::Rule SandboxFaults::*rule;
};

const NamedRule kRules[] = {
    {"throttle", &SandboxFaults::throttle},
    {"error_500", &SandboxFaults::serverError},
    {"reset", &SandboxFaults::reset},
    {"malformed_json", &SandboxFaults::malformedJson},
    {"truncate_download", &SandboxFaults::truncateDownload},
    {"stall_download", &SandboxFaults::stallDownload},
};

} // namespace

bool SandboxFaults::Rule::fires(qint64 count)
{
    if (next > 0) {
        --next;
        return true;
    }
    return every > 0 && count % every == 0;
}

QJsonObject SandboxFaults::Rule::toJson() const
{
    return {{QStringLiteral("every"), every}, {QStringLiteral("next"), next}};
}

void SandboxFaults::Rule::merge(const QJsonObject &o)
{
    every = intValue(o, "every", every);
    next = intValue(o, "next", next);
}

QJsonObject SandboxFaults::toJson() const
{
    QJsonObject o{{QStringLiteral("latency_ms"), latencyMs},
                  {QStringLiteral("throttle_rate"), throttleRate},
                  {QStringLiteral("retry_after"), retryAfterSeconds},
                  {QStringLiteral("fail_next_export"), failNextExport},
                  {QStringLiteral("fail_all_exports"), failAllExports}};
    for (const NamedRule &r : kRules)
        o.insert(QLatin1String(r.name), (this->*r.rule).toJson());
    return o;
}

void SandboxFaults::merge(const QJsonObject &o)
{
    latencyMs = intValue(o, "latency_ms", latencyMs);
    throttleRate = intValue(o, "throttle_rate", throttleRate);
    retryAfterSeconds = intValue(o, "retry_after", retryAfterSeconds);
    failNextExport = boolValue(o, "fail_next_export", failNextExport);
    failAllExports = boolValue(o, "fail_all_exports", failAllExports);
    for (const NamedRule &r : kRules) {
        const QJsonValue v = o.value(QLatin1String(r.name));
        if (v.isObject())
            (this->*r.rule).merge(v.toObject());
    }
}
