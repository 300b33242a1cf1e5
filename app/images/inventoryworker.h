#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class ImageInventory;

// The inventory's own thread: opens the file, reads stored rows in batches and writes what
// the service sent, so none of it blocks the thread that draws. Created and called only by
// ImageSource, through queued calls; its answers are signals.
class InventoryWorker : public QObject
{
    Q_OBJECT

public:
    explicit InventoryWorker(const QString &path);
    ~InventoryWorker() override;

    // Thread-safe: a read of an older generation stops at its next batch.
    void setGeneration(quint64 generation) { m_generation = generation; }

    void open();
    void read(quint64 generation, const ImageFilter &filter, int batchSize);
    void store(const QList<ImageInfo> &images, const QDateTime &seenAt);
    void finishFull(quint64 generation, const ImageFilter &filter, const QDateTime &startedAt);
    void finishIncremental(quint64 generation, const QString &imageType, const QDateTime &since,
                           const QDateTime &startedAt);
    // Releases the file in the thread that opened it.
    void close();

signals:
    void opened(bool usable, const QString &problem);
    void rowsRead(quint64 generation, const QList<ImageInfo> &images);
    void readFinished(quint64 generation, qint64 count, const QDateTime &baseAt,
                      const QDateTime &asOf);
    void fullFinished(quint64 generation, const QList<qint64> &removed, const QDateTime &asOf);
    void incrementalFinished(quint64 generation, const QDateTime &asOf);

private:
    QString m_path;
    std::unique_ptr<ImageInventory> m_inventory;
    std::atomic<quint64> m_generation{0};
};
