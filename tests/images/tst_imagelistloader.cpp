#include "app/api/apienums.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/images/imagelistloader.h"
#include "app/images/scanstatuspoller.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/recordedcalls.h"
#include "tests/support/sandboxfixture.h"

#include <QtTest>

#include <algorithm>

// Paging and scan follow-up against the sandbox, over real sockets.
class TestImageListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loadsEveryPageWithBoundedConcurrency();
    void emptyResultFinishes();
    void cancelStopsLoading();
    void errorStopsLoadingWithTheApiError();
    void pollerFollowsScannedImagesToAFinalState();
    void narrowFiltersGroupByImageName();
    void fullListKeepsToTheGatewayLimits();

private:
    QList<RecordedRequest> listRequests() const;

    SandboxFixture m_sandbox;
};

void TestImageListLoader::initTestCase()
{
    SandboxConfig sandbox;
    sandbox.imageCount = 1000;
    sandbox.scanQueueMs = 30;
    sandbox.scanRunMs = 60;
    QVERIFY(m_sandbox.startInThread(sandbox));
}

void TestImageListLoader::init()
{
    m_sandbox.server()->reset();
    m_sandbox.resetClient();
}

QList<RecordedRequest> TestImageListLoader::listRequests() const
{
    return RecordedCalls::lists(m_sandbox.server()->recentRequests());
}

void TestImageListLoader::loadsEveryPageWithBoundedConcurrency()
{
    ImageListLoader loader(m_sandbox.client());
    loader.setMaxInFlight(2);
    QCOMPARE(loader.pageSize(), 200);
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");

    QSet<qint64> offsets;
    qint64 rows = 0;
    int maxInFlight = 0;
    connect(&loader, &ImageListLoader::pageLoaded, this,
            [&](qint64 offset, const QList<ImageInfo> &images) {
                offsets.insert(offset);
                rows += images.size();
                maxInFlight = std::max(maxInFlight, loader.inFlight());
            });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start(filter);
    QCOMPARE(loader.inFlight(), 1); // the first page decides how many follow
    QVERIFY(finished.wait(30000));

    const qint64 total = loader.totalNum();
    QVERIFY(total > 200);
    QCOMPARE(rows, total);
    QSet<qint64> expected;
    for (qint64 offset = 0; offset < total; offset += 200)
        expected.insert(offset);
    QCOMPARE(offsets, expected);
    QVERIFY(maxInFlight <= 2);

    const QList<RecordedRequest> requests = listRequests();
    QCOMPARE(requests.size(), expected.size());
    QCOMPARE(requests.first().queryValue(QStringLiteral("offset")), QStringLiteral("0"));
    for (const RecordedRequest &r : requests) {
        QCOMPARE(r.queryValue(QStringLiteral("limit")), QStringLiteral("200"));
        QCOMPARE(r.queryValue(QStringLiteral("image_type")), QStringLiteral("private_image"));
    }
}

void TestImageListLoader::emptyResultFinishes()
{
    ImageListLoader loader(m_sandbox.client());
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    filter.namespaceName = QStringLiteral("no-such-namespace-anywhere");
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    QSignalSpy pages(&loader, &ImageListLoader::pageLoaded);
    loader.start(filter);
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.totalNum(), 0);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(listRequests().size(), 1);
}

void TestImageListLoader::cancelStopsLoading()
{
    ImageListLoader loader(m_sandbox.client());
    loader.setMaxInFlight(3);
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    QSignalSpy canceled(&loader, &ImageListLoader::canceled);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    int pages = 0;
    int inFlightAtCancel = 0;
    // Canceling on the second page leaves the pages requested after the first one in flight.
    connect(&loader, &ImageListLoader::pageLoaded, this, [&] {
        if (++pages == 2) {
            inFlightAtCancel = loader.inFlight();
            loader.cancel();
        }
    });
    loader.start(filter);
    QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 10000);
    QVERIFY(inFlightAtCancel > 0);
    QVERIFY(!loader.isRunning());
    QCOMPARE(loader.inFlight(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(pages, 2);
    QVERIFY(loader.loadedCount() < loader.totalNum());
}

void TestImageListLoader::errorStopsLoadingWithTheApiError()
{
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_sandbox.server()->setFaults(faults);
    ImageListLoader loader(m_sandbox.client());
    ImageFilter filter;
    filter.imageType = QStringLiteral("shared_image");
    QSignalSpy failed(&loader, &ImageListLoader::failed);
    loader.start(filter);
    QVERIFY(failed.wait(30000));
    const HssError error = failed.first().first().value<HssError>();
    QCOMPARE(error.kind, HssError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("HSS.0500"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!loader.isRunning());
    m_sandbox.server()->setFaults({});
}

void TestImageListLoader::pollerFollowsScannedImagesToAFinalState()
{
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    filter.scanStatus = QStringLiteral("unscan");
    ImageListLoader loader(m_sandbox.client());
    QList<ImageInfo> unscanned;
    connect(&loader, &ImageListLoader::pageLoaded, this,
            [&](qint64, const QList<ImageInfo> &images) { unscanned += images; });
    QSignalSpy loaded(&loader, &ImageListLoader::finished);
    loader.start(filter);
    QVERIFY(loaded.wait(30000));
    QVERIFY(unscanned.size() >= 3);
    const QList<ImageInfo> picked = unscanned.mid(0, 3);

    BatchScanSwrImageRequest scan;
    scan.filter.imageType = filter.imageType;
    QSet<qint64> ids;
    for (const ImageInfo &image : picked) {
        scan.images.append({image.namespaceName, image.imageName, image.imageVersion, {}, {}});
        ids.insert(image.id);
    }
    HssReply *reply = SandboxFixture::finish(m_sandbox.client()->send(scan), 10000);
    QVERIFY(reply->isFinished());
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    reply->deleteLater();

    ScanStatusPoller poller(m_sandbox.client());
    poller.setInitialDelayMs(10);
    poller.setMaxDelayMs(100);
    QHash<qint64, QString> lastStatus;
    connect(&poller, &ScanStatusPoller::imagesUpdated, this, [&](const QList<ImageInfo> &images) {
        for (const ImageInfo &image : images)
            lastStatus.insert(image.id, image.scanStatus);
    });
    QSignalSpy done(&poller, &ScanStatusPoller::finished);
    poller.start(ScanStatusPoller::narrowFilters(filter, picked, 20), ids);
    QVERIFY(done.wait(30000));
    QVERIFY(poller.polls() >= 1);
    for (qint64 id : std::as_const(ids)) {
        QVERIFY2(ApiEnums::finalScanStatuses().contains(lastStatus.value(id)),
                 qPrintable(lastStatus.value(id)));
        QVERIFY(lastStatus.value(id) != QLatin1String("unscan"));
    }
}

void TestImageListLoader::narrowFiltersGroupByImageName()
{
    ImageFilter broad;
    broad.imageType = QStringLiteral("private_image");
    broad.scanStatus = QStringLiteral("unscan");
    broad.hasVul = true;
    QList<ImageInfo> images;
    for (const auto &[ns, name, tag] : {std::tuple{"a", "nginx", "1"}, std::tuple{"a", "nginx", "2"},
                                        std::tuple{"b", "redis", "7"}}) {
        ImageInfo i;
        i.namespaceName = QLatin1String(ns);
        i.imageName = QLatin1String(name);
        i.imageVersion = QLatin1String(tag);
        images.append(i);
    }
    const QList<ImageFilter> narrow = ScanStatusPoller::narrowFilters(broad, images, 20);
    QCOMPARE(narrow.size(), 2);
    QCOMPARE(narrow.at(0).imageName, QStringLiteral("nginx"));
    QVERIFY(narrow.at(0).imageVersion.isEmpty()); // two tags watched: list the name
    QCOMPARE(narrow.at(1).imageVersion, QStringLiteral("7"));
    for (const ImageFilter &f : narrow) {
        QCOMPARE(f.imageType, broad.imageType);
        QVERIFY(f.scanStatus.isEmpty());
        QVERIFY(!f.hasVul);
    }
    const QList<ImageFilter> broadOnly = ScanStatusPoller::narrowFilters(broad, images, 1);
    QCOMPARE(broadOnly.size(), 1);
    QCOMPARE(broadOnly.first(), ScanStatusPoller::stableFilter(broad));
    QVERIFY(broadOnly.first().scanStatus.isEmpty());
}

// The documented limits (5 calls per user and API) scaled from a minute to a second, on both
// sides: the client's budget and the sandbox's gateway. A list of 15 pages has to wait its
// turn, says so, and never gets a throttling answer.
void TestImageListLoader::fullListKeepsToTheGatewayLimits()
{
    SandboxFixture limited;
    SandboxConfig config;
    config.imageCount = 5000;
    config.gatewayLimits = *CallRate::parse(QStringLiteral("5/s"));
    QVERIFY(limited.startInThread(config));
    limited.client()->setCallRate(*CallRate::parse(QStringLiteral("5/s")));

    ImageListLoader loader(limited.client());
    QSignalSpy waiting(&loader, &ImageListLoader::waitingForBudget);
    QSignalSpy failed(&loader, &ImageListLoader::failed);
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    loader.start(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(loader.totalNum() > 2000);
    QCOMPARE(loader.loadedCount(), loader.totalNum());

    const QList<RecordedRequest> requests = limited.server()->recentRequests();
    QCOMPARE(requests.size(), (loader.totalNum() + 199) / 200);
    for (const RecordedRequest &r : requests)
        QCOMPARE(r.status, 200);
    QVERIFY(SandboxFixture::mostRequestsWithin(requests, QStringLiteral("/image/swr-repository"), 1000) <= 5);

    // The waiting was announced, with an estimate for the rest of the list that shrinks.
    QVERIFY(waiting.size() >= 10);
    const qint64 firstEstimate = waiting.first().at(1).toLongLong();
    QVERIFY2(firstEstimate >= 2000, qPrintable(QString::number(firstEstimate)));
    QVERIFY(waiting.last().at(1).toLongLong() < firstEstimate);
    // Requests that would only sit waiting for the budget are not started: no page waits
    // much more than a second, though the whole list takes three.
    const qint64 interval = limited.client()->callBudget()->intervalMs(ListSwrImageRepositoryRequest::Operation);
    for (const QList<QVariant> &w : std::as_const(waiting))
        QVERIFY2(w.at(0).toInt() > 0 && w.at(0).toInt() <= 1000 + interval, qPrintable(w.at(0).toString()));
}

QTEST_GUILESS_MAIN(TestImageListLoader)
#include "tst_imagelistloader.moc"
