#pragma once

#include <QJsonObject>

// What the sandbox breaks on purpose, so clients can be tested against a misbehaving service.
// Each fault fires on every Nth matching request and/or on the next N ones.
struct SandboxFaults
{
    struct Rule
    {
        int every = 0; // 0 = off; counted over /v5 requests (downloads only for download faults)
        int next = 0;  // fires on the next N requests, then switches itself off

        bool isActive() const { return every > 0 || next > 0; }
        // Consumes one "next" when it fires, so the caller must ask exactly once per request.
        bool fires(qint64 count);
        QJsonObject toJson() const;
        void merge(const QJsonObject &o);
    };

    int latencyMs = 0;
    int throttleRate = 0; // requests per second over which 429 is returned; 0 = no limit
    int retryAfterSeconds = 1;
    Rule throttle;
    Rule serverError;
    Rule reset;
    Rule malformedJson;
    Rule truncateDownload;
    Rule stallDownload;
    bool failNextExport = false;
    bool failAllExports = false;

    QJsonObject toJson() const;
    // Only the keys present change, so a test can switch one fault without knowing the others.
    void merge(const QJsonObject &o);
};
