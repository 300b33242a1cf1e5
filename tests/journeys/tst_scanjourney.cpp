#include "tests/journeys/journeyfixture.h"

#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "ui/embeddedsandbox.h"
#include "ui/images/imagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

// An analyst scanning what they picked: rows chosen with the mouse and Shift+click, the
// toolbar's Scan selected, the confirmation answered from the keyboard, progress "n of m final"
// while the rows change, and a summary at the end. Then the same with the server failing:
// the error bar names code, message and request id, and nothing typed or selected is lost.
class TestScanJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scanSelectedRowsToTheEnd();
    void serverErrorLosesNothing();

private:
    QAbstractItemView *table() const { return m_app.widget<QAbstractItemView>("imageTableView"); }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    QWidget *scanSelectedButton() const;
    // Shows only images never scanned, by the keyboard, so every scan below starts from there.
    void showUnscanned();
    // Clicks Scan selected and answers its confirmation with Y; returns the question asked.
    QString scanSelectedAndConfirm();
    QStringList selectedNames() const;

    JourneyFixture m_app;
};

void TestScanJourney::initTestCase()
{
    QVERIFY(m_app.setUp(QStringLiteral("tst_scanjourney")));
}

void TestScanJourney::init()
{
    QVERIFY(m_app.openWindow(JourneyFixture::watchableScanSandbox()));
}

void TestScanJourney::cleanup()
{
    m_app.closeWindow();
    QSettings().clear();
}

QWidget *TestScanJourney::scanSelectedButton() const
{
    return m_app.widget<QToolBar>("mainToolBar")->widgetForAction(m_app.widget<QAction>("scanSelectedAction"));
}

void TestScanJourney::showUnscanned()
{
    QTest::keyClick(m_app.window(), Qt::Key_U, Qt::AltModifier);
    auto *status = m_app.widget<QComboBox>("scanStatusComboBox");
    QTest::keyClicks(status, QStringLiteral("Not"));
    QCOMPARE(status->currentText(), QStringLiteral("Not scanned"));
    QTest::keyClick(status, Qt::Key_Return);
    QVERIFY(m_app.waitForList());
    QVERIFY(table()->model()->rowCount() > 5);
}

QString TestScanJourney::scanSelectedAndConfirm()
{
    QString question;
    m_app.onNextModal([&question](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            question = box->text();
        QTest::keyClick(dialog, Qt::Key_Y);
    });
    QWidget *button = scanSelectedButton();
    if (!button || !button->isEnabled())
        return {};
    m_app.click(button);
    return question;
}

QStringList TestScanJourney::selectedNames() const
{
    QStringList names;
    QModelIndexList rows = table()->selectionModel()->selectedRows(ImageTableModel::ImageNameColumn);
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows))
        names.append(index.data().toString() + QLatin1Char(':')
                     + index.siblingAtColumn(ImageTableModel::ImageVersionColumn).data().toString());
    return names;
}

void TestScanJourney::scanSelectedRowsToTheEnd()
{
    showUnscanned();
    m_app.clickRow(table(), 1);
    m_app.clickRow(table(), 4, Qt::ShiftModifier);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 4);
    QCOMPARE(m_app.widget<QLabel>("selectionLabel")->text(), QStringLiteral("4 selected"));

    const QString question = scanSelectedAndConfirm();
    QVERIFY2(question.contains(QLatin1String("4 selected image")), qPrintable(question));
    QVERIFY(question.contains(QLatin1String("bills")));

    // While the scan runs the status bar counts the images that reached a final state.
    auto *progress = m_app.window()->findChild<QLabel *>(QStringLiteral("scanProgressLabel"));
    QVERIFY2(progress, "no scan progress on screen");
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 10000);
    QVERIFY2(progress->text().contains(QLatin1String("of 4 image(s) final")), qPrintable(progress->text()));
    QVERIFY(progress->text().startsWith(QLatin1String("Scan: 0 of")));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 1; row <= 4; ++row) {
                if (cell(row, ImageTableModel::ScanStatusColumn) == QLatin1String("Waiting for scan")
                    || cell(row, ImageTableModel::ScanStatusColumn) == QLatin1String("Scanning"))
                    return true;
            }
            return false;
        }(),
        10000);

    // Each picked row ends scanned or failed, and the bar sums it up.
    MessageBar *bar = m_app.window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().startsWith(QLatin1String("Scan finished for 4 image(s)")), 30000);
    QVERIFY(!progress->isVisible());
    int scanned = 0;
    int failed = 0;
    for (int row = 1; row <= 4; ++row) {
        const QString status = cell(row, ImageTableModel::ScanStatusColumn);
        if (status == QLatin1String("Scanned"))
            ++scanned;
        else if (status == QLatin1String("Scan failed"))
            ++failed;
        else
            QFAIL(qPrintable(QStringLiteral("row %1 is still %2").arg(row).arg(status)));
        // Findings show as numbers only once a scan succeeded.
        const QString vulnerabilities = cell(row, ImageTableModel::VulNumColumn);
        QCOMPARE(vulnerabilities == QStringLiteral("\u2014"), status != QLatin1String("Scanned"));
    }
    QVERIFY2(bar->text().contains(QStringLiteral("Scanned: %1").arg(scanned)) || scanned == 0, qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("Scan failed: %1").arg(failed)) || failed == 0, qPrintable(bar->text()));
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 4);

    // Exactly one scan call reached the service, with the four picked images.
    int scans = 0;
    const auto requests = m_app.sandbox()->recentRequests();
    for (const RecordedRequest &r : requests)
        scans += r.path.endsWith(QLatin1String("/image/batch-scan")) ? 1 : 0;
    QCOMPARE(scans, 1);
}

void TestScanJourney::serverErrorLosesNothing()
{
    showUnscanned();
    m_app.clickRow(table(), 0);
    m_app.clickRow(table(), 2, Qt::ShiftModifier);
    const QStringList picked = selectedNames();
    QCOMPARE(picked.size(), 3);
    auto *name = m_app.widget<QLineEdit>("imageNameLineEdit");
    m_app.typeInto(name, QStringLiteral("typed, not applied"));

    // The sandbox answers the next call with 500 HSS.0500 (its fault control).
    m_app.sandbox()->mergeFaults(
        QJsonDocument::fromJson(R"({"error_500": {"every": 0, "next": 1}})").object());
    const QString question = scanSelectedAndConfirm();
    QVERIFY2(question.contains(QLatin1String("3 selected image")), qPrintable(question));

    MessageBar *bar = m_app.window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 10000);
    auto *shown = bar->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(QLatin1String("HSS.0500")), qPrintable(shown->text()));
    QVERIFY2(shown->text().contains(QLatin1String("request id ")), qPrintable(shown->text()));
    const qsizetype at = shown->text().indexOf(QLatin1String("request id "));
    QVERIFY(shown->text().mid(at + 11).size() >= 32);
    const QString message = bar->details().section(QLatin1String("error_msg: "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY(!message.isEmpty());
    QVERIFY(shown->text().contains(message));

    QCOMPARE(selectedNames(), picked);
    QCOMPARE(name->text(), QStringLiteral("typed, not applied"));
    auto *progress = m_app.window()->findChild<QLabel *>(QStringLiteral("scanProgressLabel"));
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
}

QTEST_MAIN(TestScanJourney)
#include "tst_scanjourney.moc"
