#pragma once

#include "app/net/transferrate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

class CliContext;
class HssReply;

// A download's progress line on stderr, when that is a terminal: bytes so far, the size and
// the speed, a few times a second. Scripts see only the result. The line is cleared when the
// progress goes out of scope.
class DownloadProgress
{
    Q_DECLARE_TR_FUNCTIONS(DownloadProgress)

public:
    DownloadProgress(CliContext &context, HssReply *reply);
    ~DownloadProgress();
    DownloadProgress(const DownloadProgress &) = delete;
    DownloadProgress &operator=(const DownloadProgress &) = delete;

private:
    void update(qint64 received, qint64 total);

    static constexpr qint64 EveryMs = 250;

    CliContext &m_context;
    TransferRate m_rate;
    QElapsedTimer m_clock;
    qint64 m_shownAtMs = -EveryMs;
    bool m_shown = false;
};
