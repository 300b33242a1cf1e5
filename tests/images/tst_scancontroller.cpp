#include "tests/support/browserfixture.h"

#include "app/actions/actionlog.h"
#include "app/images/scanstatuspoller.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/images/scancontroller.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

// ScanController on real widgets against the in-process sandbox: the confirmation decides
// whether anything is sent, the scanned rows are followed to a final state with "n of m
// final" on the way and a summary at the end, and what the scan call cannot filter is said.
class TestScanController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp(QStringLiteral("tst_scancontroller"))); }
    void init();
    void cleanup() { m_fx.stop(); }

    void scanSelectedIsFollowedUntilFinal();
    void cancelledQuestionSendsNothing();
    void scanAllNamesTheFiltersTheCallIgnores();
    void otherImageTypesCannotBeScanned();
    void stopForgetsTheScansFollowed();

private:
    // Chooses `data` in the form's combo box and applies the form.
    bool apply(const char *combo, const QString &data);

    BrowserFixture m_fx;
    ScanController *m_scans = nullptr;
};

void TestScanController::init()
{
    SandboxConfig config;
    config.imageCount = 60;
    // Long enough for "n of m final" to be seen, short enough for a test.
    config.scanQueueMs = 400;
    config.scanRunMs = 800;
    QVERIFY(m_fx.start(config));
    m_scans = new ScanController(m_fx.sandbox().client(), m_fx.browser(), m_fx.actionLog(),
                                 m_fx.widgets().messageBar, m_fx.scanLabel(), m_fx.host());
    m_scans->poller()->setInitialDelayMs(20);
    m_scans->poller()->setMaxDelayMs(100);
    m_scans->setProfileName(QStringLiteral("Test"));
}

bool TestScanController::apply(const char *combo, const QString &data)
{
    auto *box = m_fx.child<QComboBox>(combo);
    box->setCurrentIndex(box->findData(data));
    m_fx.widgets().form->apply();
    return m_fx.waitForList();
}

void TestScanController::scanSelectedIsFollowedUntilFinal()
{
    QVERIFY(m_fx.openAndLoad());
    QVERIFY(apply("scanStatusComboBox", QStringLiteral("unscan")));
    QVERIFY(!m_scans->canScanSelected());
    QVERIFY(m_scans->canScanAll());
    m_fx.widgets().view->selectSourceRows({0, 1, 2});
    QVERIFY(m_scans->canScanSelected());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_scans->scanSelected();
    QVERIFY(MessageBox::lastQuestion().startsWith(QStringLiteral("Scan 3 selected image(s)?")));
    QVERIFY(!m_scans->canScanSelected()); // while the scan is being sent
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.scanLabel()->isVisible(), 10000);
    QVERIFY2(m_fx.scanLabel()->text().endsWith(QStringLiteral("of 3 image(s) final")),
             qPrintable(m_fx.scanLabel()->text()));
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/batch-scan")), 1);

    MessageBar *bar = m_fx.widgets().messageBar;
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().startsWith(QStringLiteral("Scan finished for 3 image(s) — ")), 20000);
    QVERIFY(!m_fx.scanLabel()->isVisible());
    QVERIFY(!m_scans->poller()->isRunning());
    const ActionLogEntry logged = m_fx.actionLog()->entries(1).first();
    QCOMPARE(logged.operation, QStringLiteral("scan"));
    QCOMPARE(logged.profile, QStringLiteral("Test"));
    QVERIFY2(logged.scope.contains(QStringLiteral("3 selected image(s)")), qPrintable(logged.scope));
}

void TestScanController::cancelledQuestionSendsNothing()
{
    QVERIFY(m_fx.openAndLoad());
    m_fx.widgets().view->selectSourceRows({0});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_scans->scanSelected();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_scans->scanAllMatching();
    QVERIFY(MessageBox::lastQuestion().contains(QStringLiteral("cannot be stopped")));
    // Another load runs to the end, so a scan sent by mistake would have been recorded.
    m_fx.browser()->refresh();
    QVERIFY(m_fx.waitForList());
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/batch-scan")), 0);
    QVERIFY(!m_scans->poller()->isRunning());
}

void TestScanController::scanAllNamesTheFiltersTheCallIgnores()
{
    QVERIFY(m_fx.openAndLoad());
    QVERIFY(apply("hasVulComboBox", QStringLiteral("true")));
    QVERIFY(m_fx.browser()->matchingCount() > 0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_scans->scanAllMatching();
    const QString question = MessageBox::lastQuestion();
    QVERIFY2(question.contains(QStringLiteral("does not support these filters")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("has vulnerabilities")), qPrintable(question));
    QVERIFY(!question.contains(QStringLiteral("instance name")));
}

void TestScanController::otherImageTypesCannotBeScanned()
{
    QVERIFY(m_fx.openAndLoad());
    QVERIFY(apply("imageTypeComboBox", QStringLiteral("local_image")));
    m_fx.widgets().view->selectSourceRows({0});
    QVERIFY(!m_scans->canScanSelected());
    QVERIFY(!m_scans->canScanAll());
    QVERIFY2(m_scans->notScannableReason().endsWith(QStringLiteral("cannot be scanned from here")),
             qPrintable(m_scans->notScannableReason()));
    m_scans->scanSelected();
    QCOMPARE(m_fx.requestCount(QStringLiteral("/image/batch-scan")), 0);
}

void TestScanController::stopForgetsTheScansFollowed()
{
    m_fx.sandbox().server()->setDurations(SandboxFixture::ForeverMs, SandboxFixture::ForeverMs, SandboxFixture::ForeverMs);
    QVERIFY(m_fx.openAndLoad());
    m_fx.widgets().view->selectSourceRows({0, 1});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_scans->scanSelected();
    QTRY_VERIFY_WITH_TIMEOUT(m_scans->poller()->isRunning(), 10000);
    QVERIFY(m_fx.scanLabel()->isVisible());
    m_scans->stop();
    QVERIFY(!m_scans->poller()->isRunning());
    QVERIFY(!m_fx.scanLabel()->isVisible());
}

QTEST_MAIN(TestScanController)
#include "tst_scancontroller.moc"
