#include "app/api/runimagesynchronizerequest.h"
#include "app/images/imageinventory.h"
#include "app/images/imagesource.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/recordedcalls.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

// The window's image list: stored rows first and without a call, then a background refresh
// that is incremental once the filter was listed, and full again when that listing is old.
class TestImageSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstLoadListsInFullAndStores();
    void restartOpensOnStoredRowsBeforeAnyCall();
    void storedRowsLeaveTheEventLoopRunBetweenBatches();
    void incrementalRefreshFetchesOnlyChangedRows();
    void oldListingIsRefreshedInFullAndRemovesWhatDisappeared();
    void damagedStoreIsSetAsideAndNewRowsKept();
    void refreshFailureKeepsTheStoredRows();

private:
    struct Seen
    {
        QList<ImageInfo> stored;
        QList<ImageInfo> changed;
        QList<qint64> removed;
        QList<InventoryRefresher::Kind> kinds;
        qint64 storedCount = -1;
        QDateTime storedAsOf;
        int requestsWhenStoredShown = -1;
    };
    std::unique_ptr<ImageSource> source(Seen *seen);
    // Loads `filter` and waits for its refresh to end.
    bool loadAndRefresh(ImageSource &source, const ImageFilter &filter);
    QList<RecordedRequest> listRequests() const;
    static QList<qint64> idsOf(const QList<ImageInfo> &images);
    static ImageFilter privateImages();
    QString databasePath() const { return m_dir->filePath(QStringLiteral("inventory.sqlite")); }

    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImageSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SandboxConfig config;
    config.imageCount = 500;
    QVERIFY(m_sandbox.start(config));
    m_sandbox.setMaxAttempts(1);
}

void TestImageSource::cleanup()
{
    m_sandbox.stop();
}

ImageFilter TestImageSource::privateImages()
{
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    return filter;
}

QList<qint64> TestImageSource::idsOf(const QList<ImageInfo> &images)
{
    QList<qint64> ids;
    for (const ImageInfo &image : images)
        ids.append(image.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<RecordedRequest> TestImageSource::listRequests() const
{
    return RecordedCalls::lists(m_sandbox.server()->recentRequests());
}

std::unique_ptr<ImageSource> TestImageSource::source(Seen *seen)
{
    auto s = std::make_unique<ImageSource>(m_sandbox.client(), databasePath());
    connect(s.get(), &ImageSource::storedRowsLoaded, this,
            [seen](const QList<ImageInfo> &images) { seen->stored += images; });
    connect(s.get(), &ImageSource::storedRowsFinished, this,
            [this, seen](qint64 count, const QDateTime &asOf) {
                seen->storedCount = count;
                seen->storedAsOf = asOf;
                seen->requestsWhenStoredShown = int(listRequests().size());
            });
    connect(s.get(), &ImageSource::rowsChanged, this,
            [seen](const QList<ImageInfo> &images) { seen->changed += images; });
    connect(s.get(), &ImageSource::rowsRemoved, this,
            [seen](const QList<qint64> &ids) { seen->removed += ids; });
    connect(s.get(), &ImageSource::refreshStarted, this,
            [seen](InventoryRefresher::Kind kind) { seen->kinds.append(kind); });
    return s;
}

bool TestImageSource::loadAndRefresh(ImageSource &source, const ImageFilter &filter)
{
    QSignalSpy refreshed(&source, &ImageSource::refreshed);
    QEventLoop ended;
    connect(&source, &ImageSource::refreshed, &ended, &QEventLoop::quit);
    connect(&source, &ImageSource::refreshFailed, &ended, &QEventLoop::quit);
    QTimer::singleShot(20000, &ended, &QEventLoop::quit); // a guard, not a wait: the signals end it
    source.load(filter);
    ended.exec();
    return !refreshed.isEmpty();
}

void TestImageSource::firstLoadListsInFullAndStores()
{
    Seen seen;
    auto s = source(&seen);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    QCOMPARE(seen.storedCount, 0);
    QVERIFY(!seen.storedAsOf.isValid());
    QCOMPARE(seen.kinds, QList<InventoryRefresher::Kind>{InventoryRefresher::Kind::Full});
    QVERIFY(!seen.changed.isEmpty());
    QCOMPARE(s->state(), ImageSource::State::Refreshed);
    QVERIFY(s->asOf().isValid());
    QVERIFY(s->statusText().contains(QLatin1String("refreshed")));
    s.reset();

    ImageInventory inventory(databasePath());
    QVERIFY(inventory.open());
    QCOMPARE(idsOf(inventory.images(privateImages())), idsOf(seen.changed));
    QVERIFY(inventory.listing(privateImages()).isValid());
}

void TestImageSource::restartOpensOnStoredRowsBeforeAnyCall()
{
    Seen first;
    auto s = source(&first);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    s.reset();
    m_sandbox.server()->clearRecentRequests();

    Seen seen;
    s = source(&seen);
    QSignalSpy storedDone(s.get(), &ImageSource::storedRowsFinished);
    s->load(privateImages());
    QVERIFY(storedDone.wait(10000));
    // Every stored row was shown before the first request reached the service.
    QCOMPARE(seen.requestsWhenStoredShown, 0);
    QCOMPARE(seen.storedCount, first.changed.size());
    QCOMPARE(idsOf(seen.stored), idsOf(first.changed));
    QVERIFY(seen.storedAsOf.isValid());
    // Then the refresh is the incremental one.
    QSignalSpy refreshed(s.get(), &ImageSource::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(seen.kinds, QList<InventoryRefresher::Kind>{InventoryRefresher::Kind::Incremental});
    QVERIFY(s->asOf() > seen.storedAsOf);
}

void TestImageSource::storedRowsLeaveTheEventLoopRunBetweenBatches()
{
    Seen first;
    auto s = source(&first);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    s.reset();

    Seen seen;
    s = source(&seen);
    s->setBatchSize(20);
    // Each batch leaves a zero timer behind; it must have fired before the next batch comes,
    // as a paint or a key press would have been handled.
    int batches = 0;
    int batchesWithoutATurn = 0;
    bool turned = true;
    connect(s.get(), &ImageSource::storedRowsLoaded, this, [&](const QList<ImageInfo> &) {
        ++batches;
        if (!turned)
            ++batchesWithoutATurn;
        turned = false;
        QTimer::singleShot(0, this, [&turned] { turned = true; });
    });
    QSignalSpy storedDone(s.get(), &ImageSource::storedRowsFinished);
    s->load(privateImages());
    QVERIFY(storedDone.wait(10000));
    QCOMPARE(batches, int((first.changed.size() + 19) / 20));
    QVERIFY(batches > 5);
    QCOMPARE(batchesWithoutATurn, 0);
    QCOMPARE(idsOf(seen.stored), idsOf(first.changed));
    QCOMPARE(seen.storedCount, first.changed.size());
}

void TestImageSource::incrementalRefreshFetchesOnlyChangedRows()
{
    Seen first;
    auto s = source(&first);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    const QDateTime firstAsOf = s->asOf();
    RunImageSynchronizeRequest sync;
    sync.imageType = QStringLiteral("private_image");
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(sync)));
    QVERIFY(reply->isOk());
    m_sandbox.server()->clearRecentRequests();

    Seen seen;
    s = source(&seen);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    QCOMPARE(seen.kinds, QList<InventoryRefresher::Kind>{InventoryRefresher::Kind::Incremental});
    QVERIFY(!seen.changed.isEmpty());
    QVERIFY(seen.changed.size() < first.changed.size() / 4);
    // Each fetched row changed after the first listing (less the refresher's safety margin).
    const qint64 from = firstAsOf.toMSecsSinceEpoch() - InventoryRefresher::DefaultMarginMs;
    for (const ImageInfo &image : std::as_const(seen.changed))
        QVERIFY(image.latestUpdateTime >= from || image.latestScanTime >= from);
    const QList<RecordedRequest> requests = listRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0).queryValue(QStringLiteral("start_latest_update_time")).isEmpty());
    QVERIFY(!requests.at(1).queryValue(QStringLiteral("start_latest_scan_time")).isEmpty());
    s.reset();

    // The store now answers like the service.
    ImageInventory inventory(databasePath());
    QVERIFY(inventory.open());
    Seen all;
    auto full = std::make_unique<ImageSource>(m_sandbox.client(), QString());
    connect(full.get(), &ImageSource::rowsChanged, this,
            [&all](const QList<ImageInfo> &images) { all.changed += images; });
    QVERIFY(loadAndRefresh(*full, privateImages()));
    QCOMPARE(idsOf(inventory.images(privateImages())), idsOf(all.changed));
}

void TestImageSource::oldListingIsRefreshedInFullAndRemovesWhatDisappeared()
{
    Seen first;
    auto s = source(&first);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    s.reset();
    // An image the service no longer has.
    ImageInfo gone = first.changed.first();
    gone.id = 99999999;
    {
        ImageInventory inventory(databasePath());
        QVERIFY(inventory.open());
        QVERIFY(inventory.store({gone}, QDateTime::currentDateTimeUtc().addSecs(-3600)));
    }

    Seen seen;
    s = source(&seen);
    s->setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); });
    QString during;
    connect(s.get(), &ImageSource::refreshStarted, this, [&] { during = s->statusText(); });
    QVERIFY(loadAndRefresh(*s, privateImages()));
    QVERIFY2(during.contains(QLatin1String("listing every image again")), qPrintable(during));
    QVERIFY(idsOf(seen.stored).contains(gone.id));
    QCOMPARE(seen.kinds, QList<InventoryRefresher::Kind>{InventoryRefresher::Kind::Full});
    QCOMPARE(seen.removed, QList<qint64>{gone.id});
    s.reset();
    ImageInventory inventory(databasePath());
    QVERIFY(inventory.open());
    QVERIFY(!idsOf(inventory.images(privateImages())).contains(gone.id));
}

void TestImageSource::damagedStoreIsSetAsideAndNewRowsKept()
{
    {
        QFile f(databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    }
    Seen seen;
    auto s = source(&seen);
    QSignalSpy problem(s.get(), &ImageSource::inventoryProblem);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(QLatin1String("damaged")));
    QVERIFY(!seen.changed.isEmpty());
    s.reset();

    Seen again;
    s = source(&again);
    QSignalSpy storedDone(s.get(), &ImageSource::storedRowsFinished);
    s->load(privateImages());
    QVERIFY(storedDone.wait(10000));
    QCOMPARE(idsOf(again.stored), idsOf(seen.changed));
}

void TestImageSource::refreshFailureKeepsTheStoredRows()
{
    Seen first;
    auto s = source(&first);
    QVERIFY(loadAndRefresh(*s, privateImages()));
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_sandbox.server()->setFaults(faults);

    Seen seen;
    s = source(&seen);
    QSignalSpy failed(s.get(), &ImageSource::refreshFailed);
    s->load(privateImages());
    QVERIFY(failed.wait(10000));
    QCOMPARE(idsOf(seen.stored), idsOf(first.changed));
    QCOMPARE(s->state(), ImageSource::State::RefreshFailed);
    QVERIFY(s->statusText().contains(QLatin1String("stored list")));
}

QTEST_GUILESS_MAIN(TestImageSource)
#include "tst_imagesource.moc"
