// The image inventory at scale: storing 100,000 rows a page at a time, opening them again
// through ImageSource while a probe on the calling thread measures how long its event loop is
// held up, and answering filters locally. Prints a table; not a test.
// Usage: bench_imageinventory [rows, default 100000]
#include "app/images/imageinventory.h"
#include "app/images/imagesource.h"
#include "app/net/hssclient.h"
#include "sandbox/imageregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kPageSize = 200;
constexpr int kProbeIntervalMs = 2;

// Ticks on the calling thread; a tick late by more than its interval means the loop was busy.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs - kProbeIntervalMs * 1000000LL);
            m_lastNs = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return double(m_worstNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    ImageRegistry registry(rows, 7, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), {});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    qint64 storeMs = 0;
    {
        ImageInventory inventory(path);
        if (!inventory.open())
            return 1;
        const QDateTime seen = QDateTime::currentDateTimeUtc();
        for (int first = 0; first < rows; first += kPageSize) {
            QList<ImageInfo> page;
            for (int i = first; i < std::min(rows, first + kPageSize); ++i)
                page.append(registry.image(i, now));
            timer.start();
            inventory.store(page, seen);
            storeMs += timer.elapsed();
        }
    }
    std::printf("rows                              %d\n", rows);
    std::printf("store, one transaction per page   %lld ms (%.1f ms a page)\n", storeMs,
                double(storeMs) * kPageSize / rows);
    std::printf("file size                         %.1f MB\n",
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6);

    // Opening on the stored rows, as the window does after a restart. The refresh that follows
    // fails at once (no endpoint), which ends the measurement.
    HssClient client;
    ImageSource source(&client, path);
    qint64 received = 0;
    qint64 firstBatchMs = -1;
    QObject::connect(&source, &ImageSource::storedRowsLoaded, [&](const QList<ImageInfo> &batch) {
        if (firstBatchMs < 0)
            firstBatchMs = timer.elapsed();
        received += batch.size();
    });
    QEventLoop loop;
    qint64 allMs = 0;
    QObject::connect(&source, &ImageSource::storedRowsFinished, [&] {
        allMs = timer.elapsed();
        loop.quit();
    });
    for (const char *type : {"", "private_image"}) {
        received = 0;
        firstBatchMs = -1;
        StallProbe probe;
        timer.start();
        ImageFilter filter;
        filter.imageType = QLatin1String(type);
        source.load(filter);
        loop.exec();
        std::printf("open %-14s first batch      %lld ms\n", type, firstBatchMs);
        std::printf("open %-14s %6lld rows      %lld ms\n", type, received, allMs);
        std::printf("open %-14s worst stall      %.1f ms\n", type, probe.worstMs());
    }

    ImageInventory inventory(path);
    inventory.open();
    ImageFilter narrow;
    narrow.imageType = QStringLiteral("private_image");
    narrow.namespaceName = QStringLiteral("team");
    narrow.hasVul = true;
    timer.start();
    const qint64 count = inventory.count(narrow);
    std::printf("local count, 3 filters            %lld ms (%lld rows)\n", timer.elapsed(), count);
    timer.start();
    const qsizetype listed = inventory.images(narrow).size();
    std::printf("local answer, 3 filters           %lld ms (%lld rows)\n", timer.elapsed(),
                qint64(listed));
    return 0;
}
