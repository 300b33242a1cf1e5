#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

// The speed of a transfer over its last few seconds, from the running byte count its progress
// signal reports. Times come from the caller (milliseconds of any steady clock), so the
// arithmetic can be checked without waiting.
class TransferRate
{
public:
    void add(qint64 nowMs, qint64 bytes);
    // Bytes per second over the window; 0 until two samples at least 100 ms apart exist.
    double bytesPerSecond() const;

    static constexpr qint64 WindowMs = 3000;

private:
    static constexpr qint64 SampleSpacingMs = 100;
    QList<QPair<qint64, qint64>> m_samples; // (time, bytes so far), oldest first
};
