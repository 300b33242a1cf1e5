#include "tests/support/browserfixture.h"

#include "app/actions/actionlog.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/synccontroller.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

// SyncController on real widgets against the in-process sandbox: one RunImageSynchronize per
// click, logged, never resent after a failure, and the list reloaded after a success.
class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp(QStringLiteral("tst_synccontroller"))); }
    void init();
    void cleanup() { m_fx.stop(); }

    void syncIsSentOnceLoggedAndReloads();
    void failureIsShownAndNotResent();
    void onlySwrImageTypesAreSynchronised();

private:
    BrowserFixture m_fx;
    SyncController *m_sync = nullptr;
};

void TestSyncController::init()
{
    SandboxConfig config;
    config.imageCount = 40;
    QVERIFY(m_fx.start(config));
    m_sync = new SyncController(m_fx.sandbox().client(), m_fx.browser(), m_fx.actionLog(),
                                m_fx.widgets().messageBar, m_fx.widgets().statusBar, m_fx.host());
    m_sync->setProfileName(QStringLiteral("Test"));
}

void TestSyncController::syncIsSentOnceLoggedAndReloads()
{
    QVERIFY(!m_sync->canSync()); // nothing applied yet
    QVERIFY(m_fx.openAndLoad());
    QVERIFY(m_sync->canSync());
    const int listsBefore = m_fx.requestCount(QStringLiteral("/image/swr-repository"));
    QSignalSpy changed(m_sync, &SyncController::stateChanged);

    m_sync->synchronizeFromSwr();
    QVERIFY(!m_sync->canSync());
    QCOMPARE(m_fx.widgets().statusBar->currentMessage(), QStringLiteral("Synchronising the image list from SWR…"));
    m_sync->synchronizeFromSwr(); // a second click while the first runs sends nothing
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->canSync(), 10000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/synchronize")), 1);
    const auto requests = m_fx.sandbox().server()->recentRequests();
    for (const RecordedRequest &r : requests) {
        if (r.path.endsWith(QLatin1String("/image/synchronize")))
            QCOMPARE(QJsonDocument::fromJson(r.body).object(),
                     (QJsonObject{{QStringLiteral("image_type"), QStringLiteral("private_image")}}));
    }
    QCOMPARE(m_fx.widgets().messageBar->text(), QStringLiteral("The image list was synchronised from SWR."));
    QVERIFY(m_fx.widgets().statusBar->currentMessage().isEmpty());
    QVERIFY(m_fx.waitForList());
    QVERIFY(m_fx.requestCount(QStringLiteral("/image/swr-repository")) > listsBefore);
    const ActionLogEntry logged = m_fx.actionLog()->entries(1).first();
    QCOMPARE(logged.operation, QStringLiteral("sync"));
    QCOMPARE(logged.profile, QStringLiteral("Test"));
    QCOMPARE(logged.outcome, QStringLiteral("success"));
}

void TestSyncController::failureIsShownAndNotResent()
{
    QVERIFY(m_fx.openAndLoad());
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_fx.sandbox().server()->setFaults(faults);
    m_sync->synchronizeFromSwr();
    MessageBar *bar = m_fx.widgets().messageBar;
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("Synchronising from SWR")), qPrintable(bar->text()));
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/synchronize")), 1);
    QVERIFY(m_sync->canSync());
    QCOMPARE(m_fx.actionLog()->entries(1).first().operation, QStringLiteral("sync"));
    m_fx.sandbox().server()->setFaults({});
}

void TestSyncController::onlySwrImageTypesAreSynchronised()
{
    QVERIFY(m_fx.openAndLoad());
    auto *type = m_fx.child<QComboBox>("imageTypeComboBox");
    type->setCurrentIndex(type->findData(QStringLiteral("local_image")));
    m_fx.widgets().form->apply();
    QVERIFY(m_fx.waitForList());
    QVERIFY(!m_sync->canSync());
    m_sync->synchronizeFromSwr();
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/synchronize")), 0);
}

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
