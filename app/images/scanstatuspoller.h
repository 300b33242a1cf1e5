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

// BatchScanSwrImage returns no task to follow, so scan progress is watched by re-listing the
// affected images with backoff until each reaches a final state (or is no longer listed).
class ScanStatusPoller : public QObject
{
    Q_OBJECT

public:
    explicit ScanStatusPoller(HssClient *client, QObject *parent = nullptr);

    void setInitialDelayMs(int ms) { m_initialDelayMs = ms; }
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }
    void setMaxPolls(int polls) { m_maxPolls = polls; }

    // Each round lists every one of `filters` and reports the images whose id is in `ids`.
    // The filters must not contain anything a scan changes (scan status, findings, scan time),
    // or scanned images would drop out of them.
    void start(const QList<ImageFilter> &filters, const QSet<qint64> &ids);
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
    void endRound();
    int delayForPoll(int poll) const;

    HssClient *m_client;
    ImageListLoader *m_loader;
    QTimer m_timer;
    QList<ImageFilter> m_filters;
    QSet<qint64> m_pending;
    QList<ImageInfo> m_seen;
    int m_filterIndex = 0;
    int m_polls = 0;
    int m_initialDelayMs = 2000;
    int m_maxDelayMs = 30000;
    int m_maxPolls = 20;
    bool m_running = false;
};
