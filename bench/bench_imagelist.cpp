// The image list at scale, against the sandbox over real sockets: how long the full list takes
// compared with fetching the same pages raw, how long the UI thread stalls while loading,
// sorting by every column and filtering (against one 60 Hz frame, 16 ms), and what one row
// costs in memory. Rows arrive the way the window gets them: through an ImageSource with an
// inventory, a full listing the first time and the stored rows on reopening. Prints a table;
// not a test. On a machine others share, a stall can be a
// wait for a core as much as work, so each stall also says how much of it the UI thread ran.
// Usage: bench_imagelist [images in the sandbox, default 100000]
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/images/imagesource.h"
#include "app/net/hssclient.h"
#include "tests/support/sandboxfixture.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int kPageSize = 200;
constexpr int kConcurrency = 4;
constexpr int kProbeIntervalMs = 5;

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Ticks on the UI thread; a tick that comes late by more than its interval means the event
// loop was blocked that long.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 late = now - m_lastNs - kProbeIntervalMs * 1000000LL;
            if (late > m_worstNs) {
                m_worstNs = late;
                m_worstCpuNs = cpu - m_lastCpuNs;
            }
            m_worstBusyNs = std::max(m_worstBusyNs, cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
    }
    void restart()
    {
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_worstNs = 0;
        m_worstCpuNs = 0;
        m_worstBusyNs = 0;
        m_timer.start();
    }
    double worstMs() const { return double(m_worstNs) / 1e6; }
    // How long the UI thread ran during the worst stall, and the most it ran between two ticks.
    double worstCpuMs() const { return double(m_worstCpuNs) / 1e6; }
    double worstBusyMs() const { return double(m_worstBusyNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_worstNs = 0;
    qint64 m_worstCpuNs = 0;
    qint64 m_worstBusyNs = 0;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Every page with HssClient alone, with the loader's concurrency and page size: the floor
// any loading path is measured against.
qint64 fetchRaw(HssClient &client, const ImageFilter &filter, qint64 *rows)
{
    QEventLoop loop;
    qint64 total = -1;
    qint64 next = 0;
    int inFlight = 0;
    bool ok = true;
    std::function<void(qint64)> request = [&](qint64 offset) {
        ListSwrImageRepositoryRequest query;
        query.filter = filter;
        query.offset = offset;
        query.limit = kPageSize;
        auto *reply = client.send(query);
        ++inFlight;
        QObject::connect(reply, &HssReply::finished, &loop, [&, reply] {
            --inFlight;
            reply->deleteLater();
            if (!reply->isOk()) {
                ok = false;
                loop.quit();
                return;
            }
            const ListSwrImageRepositoryResponse page = reply->response();
            if (total < 0)
                total = page.totalNum;
            *rows += page.images.size();
            while (inFlight < kConcurrency && next < total) {
                request(next);
                next += kPageSize;
            }
            if (inFlight == 0)
                loop.quit();
        });
    };
    QElapsedTimer timer;
    timer.start();
    request(0);
    next = kPageSize;
    loop.exec();
    return ok ? timer.elapsed() : -1;
}

struct Measure
{
    QByteArray what;
    double ms;
    double stallMs;
    double stallCpuMs;
    double busyMs;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int imageCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    SandboxConfig sandbox;
    sandbox.imageCount = imageCount;
    // In a thread of its own: the loader's UI-thread stalls are what this measures.
    SandboxFixture host;
    QString error;
    if (!host.startInThread(sandbox, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    HssClient &client = *host.client();
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");

    // Raw before and after the full load, averaged: two busy cores drift over a run.
    qint64 rawRows = 0;
    const qint64 rawBeforeMs = fetchRaw(client, filter, &rawRows);
    if (rawBeforeMs < 0) {
        std::fprintf(stderr, "raw fetch failed\n");
        return 1;
    }

    StallProbe probe;
    QList<Measure> measures;
    const size_t heapBefore = heapInUse();
    auto *model = new ImageTableModel;
    auto *proxy = new ImageProxyModel;
    proxy->setSourceModel(model);
    auto *view = new ImageTableView;
    view->setModel(proxy);
    // The columns a new window shows, sized to the first rows as the window sizes them.
    view->showDefaultColumns();
    view->resize(1200, 800);
    view->show();
    // Sorted before loading, as after a refresh: every page then lands in a sorted proxy.
    view->sortByColumn(ImageTableModel::ImageNameColumn, Qt::AscendingOrder);

    QTemporaryDir storeDir;
    ImageSource source(&client, storeDir.filePath(QStringLiteral("inventory.sqlite")));
    QObject::connect(&source, &ImageSource::storedRowsLoaded, model, &ImageTableModel::upsertImages);
    QObject::connect(&source, &ImageSource::rowsChanged, model, &ImageTableModel::upsertImages);
    QMetaObject::Connection sizing = QObject::connect(&source, &ImageSource::rowsChanged, view, [&] {
        view->resizeColumnsToContents();
        for (int column = 0; column < model->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 320));
        QObject::disconnect(sizing);
    });
    QObject::connect(&source, &ImageSource::rowsRemoved, model, &ImageTableModel::removeImages);
    QEventLoop loading;
    QObject::connect(&source, &ImageSource::refreshed, &loading, &QEventLoop::quit);
    QObject::connect(&source, &ImageSource::refreshFailed, &loading, [&loading](const HssError &failure) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(failure.toString()));
        loading.quit();
    });
    QElapsedTimer timer;
    // What the analyst waits for is every row shown; the inventory stores them meanwhile and
    // the status line says "refreshed" once it has.
    qint64 shownMs = -1;
    const auto noteShown = [&] {
        if (shownMs < 0 && proxy->rowCount() == rawRows && !proxy->isPending())
            shownMs = timer.elapsed();
    };
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, noteShown);
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, noteShown);
    probe.restart();
    timer.start();
    source.load(filter);
    loading.exec();
    while (proxy->isPending())
        spin(5);
    const qint64 fullMs = timer.elapsed();
    if (shownMs < 0)
        shownMs = fullMs;
    measures.append({"load, full listing (sorted by name)", double(fullMs), probe.worstMs(), probe.worstCpuMs(),
                     probe.worstBusyMs()});
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const size_t heapAfter = heapInUse();
    const qint64 rows = model->rowCount();
    qint64 rawAgainRows = 0;
    // The same pages without a table: the part of a load's stalls the table cannot remove.
    probe.restart();
    const qint64 rawAfterMs = fetchRaw(client, filter, &rawAgainRows);
    measures.append({"raw fetch, no table", double(rawAfterMs), probe.worstMs(), probe.worstCpuMs(),
                     probe.worstBusyMs()});
    if (rawAfterMs < 0 || rawAgainRows != rawRows) {
        std::fprintf(stderr, "second raw fetch failed\n");
        return 1;
    }
    const double rawMs = double(rawBeforeMs + rawAfterMs) / 2;

    // A step ends once the proxy has applied its result (a worker sorts, the filter runs in
    // slices); the time is until then, the stall the worst the UI thread saw meanwhile.
    const auto timed = [&](const QByteArray &what, const std::function<void()> &step) {
        probe.restart();
        QElapsedTimer t;
        QTimer::singleShot(0, [&] {
            t.start();
            step();
        });
        spin(20);
        while (proxy->isPending())
            spin(5);
        const double doneMs = double(t.nsecsElapsed()) / 1e6;
        spin(50);
        measures.append({what, doneMs, probe.worstMs(), probe.worstCpuMs(), probe.worstBusyMs()});
    };
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        const QByteArray what =
            "sort by " + model->headerData(column, Qt::Horizontal).toString().toUtf8();
        timed(what, [&, column] {
            view->sortByColumn(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    }
    timed("sort by name again", [&] {
        view->sortByColumn(ImageTableModel::ImageNameColumn, Qt::AscendingOrder);
    });

    // Typed one key at a time, each applied on its own as after the window's typing pause.
    const QString typed =
        model->index(rows / 2, ImageTableModel::ImageNameColumn).data().toString();
    Measure worstKey{"quick filter, worst key", 0, 0, 0, 0};
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        const QString prefix = typed.left(n);
        timed("filter key", [&, prefix] { proxy->setQuickFilter(prefix); });
        const Measure key = measures.takeLast();
        worstKey.ms = std::max(worstKey.ms, key.ms);
        if (key.stallMs > worstKey.stallMs) {
            worstKey.stallMs = key.stallMs;
            worstKey.stallCpuMs = key.stallCpuMs;
        }
        worstKey.busyMs = std::max(worstKey.busyMs, key.busyMs);
    }
    const qint64 matching = proxy->rowCount();
    measures.append(worstKey);
    timed("quick filter cleared", [&] { proxy->setQuickFilter(QString()); });

    // Reopened: the stored rows at once, then an incremental refresh that finds nothing new.
    model->clear();
    probe.restart();
    QElapsedTimer reopened;
    reopened.start();
    source.load(filter);
    loading.exec();
    while (proxy->isPending())
        spin(5);
    measures.append({"reopen, stored rows and refresh", double(reopened.elapsed()), probe.worstMs(),
                     probe.worstCpuMs(), probe.worstBusyMs()});
    if (model->rowCount() != rows) {
        std::fprintf(stderr, "reopened with %d rows instead of %lld\n", model->rowCount(),
                     static_cast<long long>(rows));
        return 1;
    }

    std::printf("images: %lld (raw fetch: %lld), page size %d, %d requests in flight\n",
                static_cast<long long>(rows), static_cast<long long>(rawRows), kPageSize,
                kConcurrency);
    std::printf("raw fetch %.0f ms (%lld and %lld), every row shown after %lld ms, ratio %.2f; "
                "stored in the inventory and refreshed after %lld ms\n",
                rawMs, static_cast<long long>(rawBeforeMs), static_cast<long long>(rawAfterMs),
                static_cast<long long>(shownMs), double(shownMs) / rawMs, static_cast<long long>(fullMs));
    const double bytesPerRow = rows ? double(heapAfter - heapBefore) / double(rows) : 0.0;
    std::printf("bytes per row (model + proxy + view): %.1f (target <= 300)\n", bytesPerRow);
    std::printf("quick filter \"%s\": %lld rows match\n\n", qPrintable(typed),
                static_cast<long long>(matching));
    constexpr double kFrameMs = 16.0;
    double worstStall = 0;
    double worstBusy = 0;
    int width = 9;
    for (const Measure &m : measures)
        width = std::max(width, int(m.what.size()));
    std::printf("| %-*s | %11s | %16s | %10s | %12s | %12s |\n", width, "UI thread", "result (ms)",
                "worst stall (ms)", "of a frame", "of it on CPU", "busiest (ms)");
    std::printf("|%s|-------------|------------------|------------|--------------|--------------|\n",
                QByteArray(width + 2, '-').constData());
    for (const Measure &m : measures) {
        std::printf("| %-*s | %11.1f | %16.1f | %9.2fx | %12.1f | %12.1f |\n", width,
                    m.what.constData(), m.ms, m.stallMs, m.stallMs / kFrameMs, m.stallCpuMs,
                    m.busyMs);
        worstStall = std::max(worstStall, m.stallMs);
        worstBusy = std::max(worstBusy, m.busyMs);
    }
    std::printf("\nworst stall %.1f ms = %.2f of one 60 Hz frame (target <= 1.00); "
                "the UI thread ran at most %.1f ms between two ticks\n",
                worstStall, worstStall / kFrameMs, worstBusy);

    delete view;
    delete proxy;
    delete model;
    return 0;
}
