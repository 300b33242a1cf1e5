#include "app/api/apienums.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/images/imagelistloader.h"
#include "app/images/scanstatuspoller.h"
#include "app/net/callrate.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/recordedcalls.h"
#include "tests/support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// ScanStatusPoller against the in-process sandbox over real sockets. Scans stay queued until a
// test shortens the sandbox's scan durations, so how many rounds a poll takes is decided by
// the test, and the rounds are counted in the requests the sandbox recorded.
class TestScanStatusPoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followsScannedImagesToAFinalState();
    void reportsProgressEveryRound();
    void backsOffBetweenRounds();
    void givesUpAfterItsLimit();
    void imageNoLongerListedIsNotWaitedFor();
    void serverErrorFailsAndStops();
    void stopEndsPolling();
    void nothingToWatchFinishesAtOnce();
    void severalFollowUpsStayWithinTheCallLimits();

private:
    // Scans `count` unscanned private images (the sandbox keeps them queued) and returns them.
    QList<ImageInfo> scanSome(int count);
    QList<RecordedRequest> listRequests() const;
    std::unique_ptr<ScanStatusPoller> poller(int initialDelayMs, int maxDelayMs);
    static QSet<qint64> idsOf(const QList<ImageInfo> &images);
    static ImageFilter privateImages();


    SandboxFixture m_sandbox;
};

void TestScanStatusPoller::init()
{
    SandboxConfig config;
    config.imageCount = 300;
    config.scanQueueMs = SandboxFixture::ForeverMs;
    config.scanRunMs = SandboxFixture::ForeverMs;
    QVERIFY(m_sandbox.start(config));
    m_sandbox.setMaxAttempts(1); // one recorded request per list call
}

void TestScanStatusPoller::cleanup()
{
    m_sandbox.stop();
}

ImageFilter TestScanStatusPoller::privateImages()
{
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    return filter;
}

QSet<qint64> TestScanStatusPoller::idsOf(const QList<ImageInfo> &images)
{
    QSet<qint64> ids;
    for (const ImageInfo &image : images)
        ids.insert(image.id);
    return ids;
}

QList<ImageInfo> TestScanStatusPoller::scanSome(int count)
{
    ImageFilter unscanned = privateImages();
    unscanned.scanStatus = QStringLiteral("unscan");
    ImageListLoader loader(m_sandbox.client());
    QList<ImageInfo> found;
    connect(&loader, &ImageListLoader::pageLoaded, this,
            [&](qint64, const QList<ImageInfo> &images) { found += images; });
    QSignalSpy loaded(&loader, &ImageListLoader::finished);
    loader.start(unscanned);
    if (!loaded.wait(10000) || found.size() < count)
        return {};
    const QList<ImageInfo> picked = found.mid(0, count);

    BatchScanSwrImageRequest scan;
    scan.filter.imageType = unscanned.imageType;
    for (const ImageInfo &image : picked)
        scan.images.append({image.namespaceName, image.imageName, image.imageVersion, {}, {}});
    HssReply *reply = SandboxFixture::finish(m_sandbox.client()->send(scan), 10000);
    if (!reply->isOk())
        return {};
    reply->deleteLater();
    m_sandbox.server()->clearRecentRequests();
    return picked;
}

QList<RecordedRequest> TestScanStatusPoller::listRequests() const
{
    return RecordedCalls::lists(m_sandbox.server()->recentRequests());
}

std::unique_ptr<ScanStatusPoller> TestScanStatusPoller::poller(int initialDelayMs, int maxDelayMs)
{
    auto p = std::make_unique<ScanStatusPoller>(m_sandbox.client());
    p->setInitialDelayMs(initialDelayMs);
    p->setMaxDelayMs(maxDelayMs);
    return p;
}

void TestScanStatusPoller::followsScannedImagesToAFinalState()
{
    const QList<ImageInfo> picked = scanSome(3);
    QCOMPARE(picked.size(), 3);
    const QList<ImageFilter> filters = ScanStatusPoller::narrowFilters(privateImages(), picked, 20);
    QVERIFY(!filters.isEmpty());

    auto p = poller(10, 20);
    QSignalSpy updated(p.get(), &ScanStatusPoller::imagesUpdated);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    QSignalSpy gaveUp(p.get(), &ScanStatusPoller::gaveUp);
    QList<QSet<qint64>> pendingPerRound;
    // The first round sees the scans queued; then they may end. Done inside the signal, so
    // the next round cannot start before.
    connect(p.get(), &ScanStatusPoller::imagesUpdated, this, [&] {
        pendingPerRound.append(p->pending());
        m_sandbox.server()->setDurations(0, 0, 0);
    });
    p->start(filters, idsOf(picked));
    QVERIFY(p->isRunning());

    QVERIFY(finished.wait(10000));
    QCOMPARE(pendingPerRound.size(), 2);
    QCOMPARE(pendingPerRound.first(), idsOf(picked));
    QCOMPARE(gaveUp.count(), 0);
    QVERIFY(!p->isRunning());
    QVERIFY(p->pending().isEmpty());
    QCOMPARE(p->polls(), 2);
    const auto last = updated.last().first().value<QList<ImageInfo>>();
    QCOMPARE(idsOf(last), idsOf(picked));
    for (const ImageInfo &image : last) {
        QVERIFY2(image.scanStatus == QLatin1String("success") || image.scanStatus == QLatin1String("failed"),
                 qPrintable(image.scanStatus));
    }

    // The first round lists every narrow filter once; the second only what finished scanning
    // since the scan was sent, in one listing of the image type.
    const QList<RecordedRequest> requests = listRequests();
    QCOMPARE(requests.size(), filters.size() + 1);
    for (int i = 0; i < filters.size(); ++i) {
        const ImageFilter &f = filters.at(i);
        QCOMPARE(requests.at(i).queryValue(QStringLiteral("image_name")), f.imageName);
        QCOMPARE(requests.at(i).queryValue(QStringLiteral("image_type")), f.imageType);
        QVERIFY(requests.at(i).queryValue(QStringLiteral("scan_status")).isEmpty());
        QVERIFY(requests.at(i).queryValue(QStringLiteral("start_latest_scan_time")).isEmpty());
    }
    const RecordedRequest &finishedSince = requests.last();
    QCOMPARE(finishedSince.queryValue(QStringLiteral("image_type")), QStringLiteral("private_image"));
    QVERIFY(finishedSince.queryValue(QStringLiteral("image_name")).isEmpty());
    QVERIFY(!finishedSince.queryValue(QStringLiteral("start_latest_scan_time")).isEmpty());
}

void TestScanStatusPoller::reportsProgressEveryRound()
{
    const QList<ImageInfo> picked = scanSome(2);
    QCOMPARE(picked.size(), 2);
    auto p = poller(10, 10);
    p->setMaxPolls(3);
    QList<int> pendingPerRound;
    QList<QStringList> statusesPerRound;
    connect(p.get(), &ScanStatusPoller::imagesUpdated, this, [&](const QList<ImageInfo> &images) {
        pendingPerRound.append(int(p->pending().size()));
        QStringList statuses;
        for (const ImageInfo &image : images)
            statuses.append(image.scanStatus);
        statusesPerRound.append(statuses);
        if (pendingPerRound.size() == 1)
            m_sandbox.server()->setDurations(0, SandboxFixture::ForeverMs, 0); // from queued to scanning: still pending
        else if (pendingPerRound.size() == 2)
            m_sandbox.server()->setDurations(0, 0, 0); // and now done
    });
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    p->start(ScanStatusPoller::narrowFilters(privateImages(), picked, 20), idsOf(picked));
    QVERIFY(finished.wait(10000));

    QCOMPARE(pendingPerRound, (QList<int>{2, 2, 0}));
    QCOMPARE(statusesPerRound.at(0),
             (QStringList{QStringLiteral("waiting_for_scan"), QStringLiteral("waiting_for_scan")}));
    // Rounds after the first list only finished scans: the running ones are not in them.
    QCOMPARE(statusesPerRound.at(1), QStringList());
    for (const QString &status : statusesPerRound.at(2))
        QVERIFY2(ApiEnums::finalScanStatuses().contains(status), qPrintable(status));
    QCOMPARE(p->polls(), 3);
}

void TestScanStatusPoller::backsOffBetweenRounds()
{
    const QList<ImageInfo> picked = scanSome(1);
    QCOMPARE(picked.size(), 1);
    auto p = poller(40, 160);
    p->setMaxPolls(4);
    QSignalSpy gaveUp(p.get(), &ScanStatusPoller::gaveUp);
    p->start(ScanStatusPoller::narrowFilters(privateImages(), picked, 20), idsOf(picked));
    QVERIFY(gaveUp.wait(10000));

    // The gaps between the rounds the sandbox received double up to the cap: 80, 160, 160 ms.
    // QTimer may fire a little early (coarse timers, up to 5 %), hence the lower bound.
    const QList<RecordedRequest> requests = listRequests();
    QCOMPARE(requests.size(), 4);
    const QList<int> expectedGaps = {80, 160, 160};
    for (int i = 0; i < expectedGaps.size(); ++i) {
        const qint64 gap = requests.at(i).receivedAt.msecsTo(requests.at(i + 1).receivedAt);
        QVERIFY2(gap >= expectedGaps.at(i) * 9 / 10,
                 qPrintable(QStringLiteral("gap %1 was %2 ms").arg(i).arg(gap)));
    }
}

void TestScanStatusPoller::givesUpAfterItsLimit()
{
    const QList<ImageInfo> picked = scanSome(2);
    QCOMPARE(picked.size(), 2);
    auto p = poller(5, 10);
    p->setMaxPolls(3);
    QSignalSpy updated(p.get(), &ScanStatusPoller::imagesUpdated);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    QSignalSpy gaveUp(p.get(), &ScanStatusPoller::gaveUp);
    const QList<ImageFilter> filters = ScanStatusPoller::narrowFilters(privateImages(), picked, 20);
    p->start(filters, idsOf(picked));
    QVERIFY(gaveUp.wait(10000));

    QCOMPARE(gaveUp.count(), 1);
    QCOMPARE(gaveUp.first().first().value<QSet<qint64>>(), idsOf(picked));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(updated.count(), 3);
    QCOMPARE(p->polls(), 3);
    QVERIFY(!p->isRunning());
    QCOMPARE(listRequests().size(), filters.size() + 2);
    // And then it stays quiet.
    QSignalSpy recorded(m_sandbox.server(), &SandboxServer::requestRecorded);
    QVERIFY(!recorded.wait(200));
}

void TestScanStatusPoller::imageNoLongerListedIsNotWaitedFor()
{
    const QList<ImageInfo> picked = scanSome(1);
    QCOMPARE(picked.size(), 1);
    m_sandbox.server()->setDurations(0, 0, 0);
    const qint64 gone = 99999999; // no such image: deleted while its scan ran
    auto p = poller(5, 10);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    p->start(ScanStatusPoller::narrowFilters(privateImages(), picked, 20),
             idsOf(picked) + QSet<qint64>{gone});
    QVERIFY(finished.wait(10000));
    QCOMPARE(p->polls(), 1);
    QVERIFY(p->pending().isEmpty());
}

void TestScanStatusPoller::serverErrorFailsAndStops()
{
    const QList<ImageInfo> picked = scanSome(1);
    QCOMPARE(picked.size(), 1);
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_sandbox.server()->setFaults(faults);
    auto p = poller(5, 10);
    QSignalSpy failed(p.get(), &ScanStatusPoller::failed);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    p->start(ScanStatusPoller::narrowFilters(privateImages(), picked, 20), idsOf(picked));
    QVERIFY(failed.wait(10000));

    const auto error = failed.first().first().value<HssError>();
    QCOMPARE(error.kind, HssError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("HSS.0500"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!p->isRunning());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(listRequests().size(), 1);
    QSignalSpy recorded(m_sandbox.server(), &SandboxServer::requestRecorded);
    QVERIFY(!recorded.wait(200));
}

void TestScanStatusPoller::stopEndsPolling()
{
    const QList<ImageInfo> picked = scanSome(1);
    QCOMPARE(picked.size(), 1);
    auto p = poller(5, 10);
    QSignalSpy updated(p.get(), &ScanStatusPoller::imagesUpdated);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    QSignalSpy gaveUp(p.get(), &ScanStatusPoller::gaveUp);
    p->start(ScanStatusPoller::narrowFilters(privateImages(), picked, 20), idsOf(picked));
    QVERIFY(updated.wait(10000));
    p->stop();
    QVERIFY(!p->isRunning());
    const qsizetype requests = listRequests().size();

    QSignalSpy recorded(m_sandbox.server(), &SandboxServer::requestRecorded);
    QVERIFY(!recorded.wait(200));
    QCOMPARE(listRequests().size(), requests);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(gaveUp.count(), 0);
}

void TestScanStatusPoller::nothingToWatchFinishesAtOnce()
{
    auto p = poller(5, 10);
    QSignalSpy finished(p.get(), &ScanStatusPoller::finished);
    p->start({privateImages()}, {});
    QCOMPARE(finished.count(), 1);
    p->start({}, {10001});
    QCOMPARE(finished.count(), 2);
    QVERIFY(!p->isRunning());
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestScanStatusPoller::severalFollowUpsStayWithinTheCallLimits()
{
    // The documented limits scaled down in time: 5 calls a second per operation for one user,
    // enforced by the sandbox's gateway and kept by the client's budget.
    const CallRate rate = *CallRate::parse(QStringLiteral("5/s"));
    SandboxConfig config;
    config.imageCount = 300;
    config.scanQueueMs = 300;
    config.scanRunMs = 300;
    config.gatewayLimits = rate;
    QVERIFY(m_sandbox.start(config));
    m_sandbox.client()->setCallRate(rate);

    // Two scans followed at once, as when the analyst scans twice in a row.
    const QList<ImageInfo> first = scanSome(6);
    const QList<ImageInfo> second = scanSome(6);
    QCOMPARE(first.size(), 6);
    QCOMPARE(second.size(), 6);
    auto a = poller(10, 20);
    auto b = poller(10, 20);
    QSignalSpy aFinished(a.get(), &ScanStatusPoller::finished);
    QSignalSpy bFinished(b.get(), &ScanStatusPoller::finished);
    QSignalSpy aFailed(a.get(), &ScanStatusPoller::failed);
    QSignalSpy bFailed(b.get(), &ScanStatusPoller::failed);
    a->start(ScanStatusPoller::narrowFilters(privateImages(), first, 20), idsOf(first));
    b->start(ScanStatusPoller::narrowFilters(privateImages(), second, 20), idsOf(second));
    QTRY_VERIFY_WITH_TIMEOUT(aFinished.count() == 1 && bFinished.count() == 1, 60000);
    QCOMPARE(aFailed.count(), 0);
    QCOMPARE(bFailed.count(), 0);

    // Not one call was throttled, and no second ever saw more than five list calls.
    const QList<RecordedRequest> all = m_sandbox.server()->recentRequests();
    for (const RecordedRequest &r : all)
        QCOMPARE(r.status, 200);
    const QList<RecordedRequest> lists = listRequests();
    QVERIFY(lists.size() >= 4);
    for (int i = 0; i < lists.size(); ++i) {
        int inSecond = 0;
        for (int j = i; j < lists.size() && lists.at(i).receivedAt.msecsTo(lists.at(j).receivedAt) < 1000; ++j)
            ++inSecond;
        QVERIFY2(inSecond <= 5, qPrintable(QStringLiteral("%1 list calls within a second").arg(inSecond)));
    }
}

QTEST_GUILESS_MAIN(TestScanStatusPoller)
#include "tst_scanstatuspoller.moc"
