#include "app/api/apienums.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/runimagesynchronizerequest.h"
#include "app/images/imagelistloader.h"
#include "app/images/inventoryrefresher.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/recordedcalls.h"
#include "tests/support/sandboxfixture.h"

#include <QtTest>

#include <algorithm>

// Full and incremental refreshes against the sandbox: what is asked for, and that an
// incremental refresh brings exactly the rows that changed.
class TestInventoryRefresher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fullListsEveryPageOfTheFilter();
    void incrementalFetchesOnlyChangedRows();
    void incrementalSeesFinishedScans();
    void failureIsReported();

private:
    struct Result
    {
        QList<ImageInfo> images;
        bool finished = false;
    };
    Result run(InventoryRefresher &refresher);
    QList<RecordedRequest> listRequests() const;
    QList<ImageInfo> listAll(const QString &type);
    static QList<qint64> idsOf(const QList<ImageInfo> &images);

    SandboxFixture m_sandbox;
};

void TestInventoryRefresher::init()
{
    SandboxConfig config;
    config.imageCount = 500;
    config.scanQueueMs = SandboxFixture::ForeverMs;
    config.scanRunMs = SandboxFixture::ForeverMs;
    QVERIFY(m_sandbox.start(config));
    m_sandbox.setMaxAttempts(1);
}

void TestInventoryRefresher::cleanup()
{
    m_sandbox.stop();
}

TestInventoryRefresher::Result TestInventoryRefresher::run(InventoryRefresher &refresher)
{
    Result result;
    connect(&refresher, &InventoryRefresher::pageFetched, this,
            [&](const QList<ImageInfo> &images) { result.images += images; });
    QSignalSpy finished(&refresher, &InventoryRefresher::finished);
    QEventLoop ended;
    connect(&refresher, &InventoryRefresher::finished, &ended, &QEventLoop::quit);
    connect(&refresher, &InventoryRefresher::failed, &ended, &QEventLoop::quit);
    QTimer::singleShot(20000, &ended, &QEventLoop::quit); // a guard, not a wait: the signals end it
    if (refresher.isRunning())
        ended.exec();
    result.finished = !finished.isEmpty();
    return result;
}

QList<RecordedRequest> TestInventoryRefresher::listRequests() const
{
    return RecordedCalls::lists(m_sandbox.server()->recentRequests());
}

QList<ImageInfo> TestInventoryRefresher::listAll(const QString &type)
{
    InventoryRefresher refresher(m_sandbox.client());
    ImageFilter filter;
    filter.imageType = type;
    refresher.startFull(filter);
    return run(refresher).images;
}

QList<qint64> TestInventoryRefresher::idsOf(const QList<ImageInfo> &images)
{
    QList<qint64> ids;
    for (const ImageInfo &image : images)
        ids.append(image.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void TestInventoryRefresher::fullListsEveryPageOfTheFilter()
{
    InventoryRefresher refresher(m_sandbox.client());
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    filter.namespaceName = QStringLiteral("team");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    refresher.startFull(filter);
    QVERIFY(refresher.isRunning());
    const Result result = run(refresher);
    QVERIFY(result.finished);
    QCOMPARE(refresher.kind(), InventoryRefresher::Kind::Full);
    QVERIFY(refresher.startedAt() >= before);
    QVERIFY(!result.images.isEmpty());
    QCOMPARE(refresher.fetched(), result.images.size());
    for (const RecordedRequest &r : listRequests()) {
        QCOMPARE(r.queryValue(QStringLiteral("namespace")), QStringLiteral("team"));
        QVERIFY(r.queryValue(QStringLiteral("start_latest_update_time")).isEmpty());
    }
}

void TestInventoryRefresher::incrementalFetchesOnlyChangedRows()
{
    const QList<ImageInfo> before = listAll(QStringLiteral("private_image"));
    const QDateTime since = QDateTime::currentDateTimeUtc();
    RunImageSynchronizeRequest sync;
    sync.imageType = QStringLiteral("private_image");
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(sync)));
    QVERIFY(reply->isOk());
    const QList<ImageInfo> after = listAll(QStringLiteral("private_image"));
    m_sandbox.server()->clearRecentRequests();

    InventoryRefresher refresher(m_sandbox.client());
    refresher.setMarginMs(1000);
    refresher.startIncremental(QStringLiteral("private_image"), since);
    const Result result = run(refresher);
    QVERIFY(result.finished);
    QCOMPARE(refresher.kind(), InventoryRefresher::Kind::Incremental);

    // Exactly what the synchronisation added or touched, nothing else.
    QList<ImageInfo> changed;
    for (const ImageInfo &image : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&](const ImageInfo &b) { return b.id == image.id; });
        if (old == before.cend() || !(*old == image))
            changed.append(image);
    }
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.size() < after.size() / 4);
    QCOMPARE(idsOf(result.images), idsOf(changed));

    // One listing by update time and one by scan time, both from `since` minus the margin.
    const QList<RecordedRequest> requests = listRequests();
    QCOMPARE(requests.size(), 2);
    const QString from = QString::number(since.toMSecsSinceEpoch() - 1000);
    QCOMPARE(requests.at(0).queryValue(QStringLiteral("start_latest_update_time")), from);
    QVERIFY(requests.at(0).queryValue(QStringLiteral("start_latest_scan_time")).isEmpty());
    QCOMPARE(requests.at(1).queryValue(QStringLiteral("start_latest_scan_time")), from);
    for (const RecordedRequest &r : requests)
        QCOMPARE(r.queryValue(QStringLiteral("image_type")), QStringLiteral("private_image"));
}

void TestInventoryRefresher::incrementalSeesFinishedScans()
{
    const QList<ImageInfo> all = listAll(QStringLiteral("shared_image"));
    QVERIFY(!all.isEmpty());
    const ImageInfo picked = all.first();
    const QDateTime since = QDateTime::currentDateTimeUtc();
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = picked.imageType;
    scan.images.append({picked.namespaceName, picked.imageName, picked.imageVersion, {}, {}});
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(scan)));
    QVERIFY(reply->isOk());
    m_sandbox.server()->setDurations(0, 0, 0);

    InventoryRefresher refresher(m_sandbox.client());
    refresher.setMarginMs(0);
    refresher.startIncremental(picked.imageType, since);
    const Result result = run(refresher);
    QVERIFY(result.finished);
    QCOMPARE(idsOf(result.images), QList<qint64>{picked.id});
    QVERIFY(result.images.first().latestScanTime >= since.toMSecsSinceEpoch());
    QVERIFY(ApiEnums::finalScanStatuses().contains(result.images.first().scanStatus));
}

void TestInventoryRefresher::failureIsReported()
{
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_sandbox.server()->setFaults(faults);
    InventoryRefresher refresher(m_sandbox.client());
    QSignalSpy failed(&refresher, &InventoryRefresher::failed);
    refresher.startIncremental(QStringLiteral("private_image"), QDateTime::currentDateTimeUtc());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<HssError>().code, QStringLiteral("HSS.0500"));
    QVERIFY(!refresher.isRunning());
    QCOMPARE(listRequests().size(), 1);
}

QTEST_GUILESS_MAIN(TestInventoryRefresher)
#include "tst_inventoryrefresher.moc"
