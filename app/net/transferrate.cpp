#include "app/net/transferrate.h"

void TransferRate::add(qint64 nowMs, qint64 bytes)
{
    // One sample per spacing keeps the list short however often progress is reported; the
    // newest byte count always replaces the last sample's so the rate is current.
    if (m_samples.size() > 1 && nowMs - m_samples.at(m_samples.size() - 2).first < SampleSpacingMs)
        m_samples.last() = {nowMs, bytes};
    else
        m_samples.append({nowMs, bytes});
    while (m_samples.size() > 2 && nowMs - m_samples.at(1).first >= WindowMs)
        m_samples.removeFirst();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &oldest = m_samples.first();
    const auto &newest = m_samples.last();
    const qint64 spanMs = newest.first - oldest.first;
    if (spanMs < SampleSpacingMs)
        return 0;
    return double(newest.second - oldest.second) * 1000.0 / double(spanMs);
}
