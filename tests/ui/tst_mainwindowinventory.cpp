#include "tests/support/mainwindowfixture.h"
#include "tests/support/recordedcalls.h"

#include "app/images/imageinventory.h"
#include "app/images/imagesource.h"
#include "app/net/callrate.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "ui/embeddedsandbox.h"
#include "ui/images/imagetablemodel.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/widgets/messagebar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QtTest>

// The window on its stored image list: a restart shows the stored rows before any call and
// refreshes them incrementally, a file that is not an inventory is set aside without losing
// the rows listed, and the wait for the call budget is shown.
class TestMainWindowInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restartShowsTheStoredRowsBeforeAnyCall();
    void aForeignFileIsSetAsideAndTheRowsStillAppear();
    void theLimitedSandboxShowsTheWaitForTheBudget();

private:
    ClientConfig config() const { return m_fixture.sandboxClientConfig(); }
    void connectWindow();
    void waitForLoad();
    QList<RecordedRequest> listRequests() const;
    QString sourceText() const { return m_fixture.child<QLabel>("listSourceLabel")->text(); }

    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestMainWindowInventory::initTestCase()
{
    QVERIFY(m_fixture.setUpWithSandbox(QStringLiteral("tst_mainwindowinventory"), 600));
}

void TestMainWindowInventory::init()
{
    m_fixture.sandbox()->reset();
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
}

void TestMainWindowInventory::cleanup()
{
    m_fixture.tearDown();
}

void TestMainWindowInventory::connectWindow()
{
    m_window->profiles()->setConnection(config(), QStringLiteral("test"), QStringLiteral("Test"), false);
    waitForLoad();
}

void TestMainWindowInventory::waitForLoad()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->browser()->isLoading(), 30000);
}

QList<RecordedRequest> TestMainWindowInventory::listRequests() const
{
    return RecordedCalls::lists(m_fixture.sandbox()->recentRequests());
}

void TestMainWindowInventory::restartShowsTheStoredRowsBeforeAnyCall()
{
    connectWindow();
    const int rows = m_window->browser()->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(sourceText().startsWith(QStringLiteral("Up to date: refreshed at")));

    m_fixture.sandbox()->clearRecentRequests();
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    int requestsWhenShown = -1;
    int rowsWhenShown = -1;
    qint64 storedCount = -1;
    // Connected after the window's own slot, which makes the connection's source.
    connect(m_window->profiles(), &ProfileController::connectionChanged, m_window, [&] {
        connect(m_window->browser()->source(), &ImageSource::storedRowsFinished, m_window,
                [&](qint64 count, const QDateTime &asOf) {
                    QVERIFY(asOf.isValid());
                    storedCount = count;
                    requestsWhenShown = static_cast<int>(listRequests().size());
                    rowsWhenShown = m_window->browser()->model()->rowCount();
                });
    });
    connectWindow();
    QCOMPARE(requestsWhenShown, 0);
    QCOMPARE(rowsWhenShown, rows);
    QCOMPARE(storedCount, qint64(rows));

    const QList<RecordedRequest> after = listRequests();
    QVERIFY(!after.isEmpty());
    QVERIFY(!after.first().queryValue(QStringLiteral("start_latest_update_time")).isEmpty());
    for (const RecordedRequest &r : after) {
        QVERIFY2(!r.queryValue(QStringLiteral("start_latest_update_time")).isEmpty()
                     || !r.queryValue(QStringLiteral("start_latest_scan_time")).isEmpty(),
                 r.rawQuery.constData());
    }
    QCOMPARE(m_window->browser()->model()->rowCount(), rows);
    QCOMPARE(m_window->browser()->matchingCount(), qint64(rows));
    QVERIFY(sourceText().startsWith(QStringLiteral("Up to date: refreshed at")));
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindowInventory::aForeignFileIsSetAsideAndTheRowsStillAppear()
{
    const QString path =
        ImageInventory::pathFor(ImageInventory::keyFor(QStringLiteral("Test"), config()));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile foreign(path);
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write(QByteArray("not a database, but someone's notes\n").repeated(200));
    foreign.close();

    connectWindow();
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("image inventory file")), qPrintable(bar->text()));
    const int rows = m_window->browser()->model()->rowCount();
    QVERIFY(rows > 0);
    QCOMPARE(m_window->browser()->matchingCount(), qint64(rows));
    QVERIFY(sourceText().startsWith(QStringLiteral("Up to date: refreshed at")));
    // The notes are kept beside the new inventory.
    const QStringList beside = QFileInfo(path).absoluteDir().entryList(QDir::Files);
    QVERIFY2(beside.size() >= 2, qPrintable(beside.join(QLatin1Char(' '))));
}

void TestMainWindowInventory::theLimitedSandboxShowsTheWaitForTheBudget()
{
    // The documented 5 calls a minute, scaled to a second so the test takes seconds.
    SandboxConfig limited;
    limited.imageCount = 2000;
    limited.gatewayLimits = *CallRate::parse(QStringLiteral("2/s"));
    QVERIFY(m_window->profiles()->openSandboxWithLimits(limited));
    EmbeddedSandbox *sandbox = m_window->profiles()->limitedSandbox();
    QVERIFY(sandbox);
    QCOMPARE(sandbox->config().gatewayLimits, limited.gatewayLimits);
    QCOMPARE(m_window->client()->config().callRate, limited.gatewayLimits);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sandbox (realistic limits)")));

    QTRY_VERIFY_WITH_TIMEOUT(sourceText().startsWith(QStringLiteral("Next page in")), 30000);
    QVERIFY2(sourceText().contains(QStringLiteral("left")), qPrintable(sourceText()));
    waitForLoad();
    QVERIFY(!m_window->messageBar()->isVisible());
    QCOMPARE(m_window->browser()->matchingCount(), qint64(m_window->browser()->model()->rowCount()));
    QVERIFY(sourceText().startsWith(QStringLiteral("Up to date: refreshed at")));
    // Its list is kept under its own name, apart from the unlimited sandbox's.
    QVERIFY(m_window->profiles()->inventoryPath().contains(QStringLiteral("sandbox-limits")));
}

QTEST_MAIN(TestMainWindowInventory)
#include "tst_mainwindowinventory.moc"
