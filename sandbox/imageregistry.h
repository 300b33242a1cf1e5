#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "sandbox/baselinerecord.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The sandbox's deterministic fake SWR registry. Images are stored as compact records (table
// indices and numbers) and turned into ImageInfo only when served, so 100,000 images fit in a
// few megabytes. Scan progress is not driven by timers: each image remembers when a scan was
// requested and its state is computed from the clock whenever it is read.
//
// Const methods may run in several threads at once; the others need them all to have returned.
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
    void setTiming(const Timing &timing);

    // Changes with everything that changes what the registry shows, other than the clock: a
    // scan asked for, a synchronisation, new durations. Two registries never share one.
    quint64 generation() const { return m_generation; }
    // Whether no scan asked for here is still queued or running at nowMs: from then on every
    // image reads the same until the generation changes, so answers can be kept and reused.
    bool isSettled(qint64 nowMs) const;

    // Indices of the images matching the filter, in id order. An empty image_type matches all.
    // Kept per filter while settled: a client paging through a list asks the same for each page.
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
    QList<int> matchAll(const ImageFilter &filter, qint64 nowMs) const;
    void changed();
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
    quint64 m_generation = 0;
    qint64 m_lastScanRequestMs = 0;

    mutable QMutex m_matchMutex;
    mutable quint64 m_matchGeneration = 0;
    mutable QHash<QByteArray, QList<int>> m_matches; // canonical filter query -> indices
};
