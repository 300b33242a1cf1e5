#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/net/hsserror.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class HssClient;
class ImageListLoader;

// Fetches what the inventory needs from ListSwrImageRepository, without storing anything
// itself: a full listing of one filter, or an incremental refresh of one image type, which
// lists only the rows whose latest_update_time or latest_scan_time moved since a given time.
class InventoryRefresher : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Full, Incremental };

    // Listed a little earlier than asked: a change stamped just before the last refresh
    // may only have become visible after it.
    static constexpr qint64 DefaultMarginMs = 2 * 60 * 1000;

    explicit InventoryRefresher(HssClient *client, QObject *parent = nullptr);

    void setMarginMs(qint64 ms) { m_marginMs = ms; }
    ImageListLoader *loader() const { return m_loader; }

    void startFull(const ImageFilter &filter);
    void startIncremental(const QString &imageType, const QDateTime &since);
    void cancel();
    bool isRunning() const { return m_running; }
    Kind kind() const { return m_kind; }
    // When the refresh started: what it fetched is current as of this time.
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime since() const { return m_since; }
    qint64 fetched() const { return m_fetched; }

signals:
    void pageFetched(const QList<ImageInfo> &images);
    void finished();
    void failed(const HssError &error);
    void canceled();

private:
    void startPasses(Kind kind, const QList<ImageFilter> &passes);
    void nextPass();

    ImageListLoader *m_loader;
    QList<ImageFilter> m_passes;
    QDateTime m_startedAt;
    QDateTime m_since;
    qint64 m_marginMs = DefaultMarginMs;
    qint64 m_fetched = 0;
    Kind m_kind = Kind::Full;
    bool m_running = false;
};
