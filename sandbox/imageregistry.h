#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "sandbox/baselinerecord.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The sandbox's deterministic fake SWR registry. Images are stored as compact records (table
// indices and numbers) and turned into ImageInfo only when served, so 100,000 images fit in a
// few megabytes. Scan progress is not driven by timers: each image remembers when a scan was
// requested and its state is computed from the clock whenever it is read.
class ImageRegistry
{
public:
    struct Timing
    {
        qint64 scanQueueMs = 2000;
        qint64 scanRunMs = 5000;
        int scanFailEvery = 13;
    };

    ImageRegistry(int imageCount, quint32 seed, qint64 epochMs, const Timing &timing);

    int size() const { return int(m_images.size()); }
    void setTiming(const Timing &timing) { m_timing = timing; }

    // Indices of the images matching the filter, in id order. An empty image_type matches all.
    QList<int> match(const ImageFilter &filter, qint64 nowMs) const;
    ImageInfo image(int index, qint64 nowMs) const;
    int indexOfId(qint64 id) const;
    // A local image by its image_id (local images have no list id the service accepts).
    int indexOfImageId(const QString &imageId) const;
    int find(const QString &imageType, const QString &namespaceName, const QString &imageName,
             const QString &imageVersion, const QString &instanceId) const;

    // Restarts the scan unless one started through the sandbox is still queued or running.
    void requestScan(int index, qint64 nowMs);
    int baselineRecordCount(int index, qint64 nowMs) const;
    // The first `count` records of an image; an export task keeps the counts it saw, so its file
    // matches record_total_num even if the image is rescanned before the download.
    QList<BaselineRecord> baselineRecords(int index, int count) const;
    // RunImageSynchronize: a few new images appear and some existing ones get a newer push time.
    int synchronize(const QString &imageType, qint64 nowMs);

private:
    struct Repo
    {
        QString name;
        quint16 namespaceIndex = 0;
        quint8 type = 0;
        qint8 instance = -1;
        quint16 domain = 0;
        int first = 0; // images of one repository are contiguous
        int count = 0;
    };

    struct Record
    {
        qint64 updateTime = 0;
        qint64 scanTime = 0;
        qint64 scanRequestedAt = 0; // 0 = never scanned through the sandbox
        qint64 size = 0;
        int repo = 0;
        quint16 tag = 0;
        quint16 vul = 0;
        quint16 unsafe = 0;
        quint16 passed = 0;
        quint8 malicious = 0;
        quint8 status = 0;
        quint8 failedReason = 0;
        bool latest = false;
        bool multiArch = false;
        bool sharedExpired = false;
    };

    struct State
    {
        int status;
        int failedReason;
        qint64 scanTime;
        bool countsVisible;
    };

    State state(const Record &r, qint64 id, qint64 nowMs) const;
    void addRepo(int type, int tags, bool synchronized);
    qint64 idOf(int index) const { return m_firstId + index; }

    quint32 m_seed;
    QRandomGenerator m_random;
    qint64 m_epochMs;
    Timing m_timing;
    qint64 m_firstId = 10001;
    int m_syncRounds = 0;
    QStringList m_namespaces;
    QStringList m_tags;
    QList<Repo> m_repos;
    QList<Record> m_images;
    QHash<QString, int> m_repoIndex; // "type/namespace/name"
};
