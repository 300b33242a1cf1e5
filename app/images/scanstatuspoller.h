#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/net/hsserror.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class HssClient;
class ImageListLoader;

// BatchScanSwrImage returns no task to follow, so scan progress is watched by listing with
// backoff until each scanned image reaches a final state. The first round lists the images
// themselves (their queued state, and which ones are gone); later rounds are incremental: one
// listing per image type of what finished scanning since the scan was sent
// (start_latest_scan_time), which is usually one small page instead of every filter again.
class ScanStatusPoller : public QObject
{
    Q_OBJECT

public:
    explicit ScanStatusPoller(HssClient *client, QObject *parent = nullptr);

    void setInitialDelayMs(int ms) { m_initialDelayMs = ms; }
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }
    void setMaxPolls(int polls) { m_maxPolls = polls; }

    // The first round lists every one of `filters`, later rounds what finished since `start`
    // (less the margin); each reports the images whose id is in `ids`. The filters must not
    // contain anything a scan changes (scan status, findings, scan time), or scanned images
    // would drop out of them.
    void start(const QList<ImageFilter> &filters, const QSet<qint64> &ids);
    // How much earlier than the scan the incremental rounds look: clocks differ a little.
    void setMarginMs(qint64 ms) { m_marginMs = ms; }
    void stop();
    bool isRunning() const { return m_running; }
    QSet<qint64> pending() const { return m_pending; }
    int polls() const { return m_polls; }

    // The narrowest filters that still find `images` again: one per image name, with the tag
    // when only one tag of it is watched; past `maxFilters` the broad filter is used instead.
    static QList<ImageFilter> narrowFilters(const ImageFilter &broad, const QList<ImageInfo> &images,
                                            int maxFilters);
    // `filter` without the fields a scan changes.
    static ImageFilter stableFilter(const ImageFilter &filter);

signals:
    void imagesUpdated(const QList<ImageInfo> &images);
    void finished();
    void gaveUp(const QSet<qint64> &stillPending);
    void failed(const HssError &error);

private:
    void poll();
    void listNext();
    // After the first round: what finished scanning since the scan was sent, per image type.
    static QList<ImageFilter> finishedSince(const QList<ImageFilter> &filters, qint64 sinceMs);
    void endRound();
    int delayForPoll(int poll) const;

    HssClient *m_client;
    ImageListLoader *m_loader;
    QTimer m_timer;
    QList<ImageFilter> m_filters;
    QList<ImageFilter> m_round;
    QSet<qint64> m_pending;
    QList<ImageInfo> m_seen;
    int m_filterIndex = 0;
    int m_polls = 0;
    int m_initialDelayMs = 2000;
    int m_maxDelayMs = 30000;
    int m_maxPolls = 20;
    qint64 m_sinceMs = 0;
    qint64 m_marginMs = 60 * 1000;
    bool m_running = false;
};
