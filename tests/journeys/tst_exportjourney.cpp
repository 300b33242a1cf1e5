#include "tests/journeys/journeyfixture.h"

#include "app/exports/exporttaskmanager.h"
#include "app/results/ziparchive.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "ui/exports/exportdialog.h"
#include "ui/exports/exporttasksmodel.h"
#include "ui/exports/exporttaskspanel.h"
#include "ui/exports/resultviewer.h"
#include "ui/images/imagelabels.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/mainwindow.h"
#include "ui/exports/exportcontroller.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

// The analyst's central journey: pick images, export their baseline results, watch the task,
// get the ZIP, read it. Driven with the mouse and the keyboard only.
class TestExportJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void selectedRowsExportedWithTheMouse();
    void fullExportWithAFilter();
    void tasksPanelShowsTheHistoryAfterARestart();
    void twoExportsWithTheSameFileNameEndAsTwoFiles();
    void keyboardOnly();

private:
    // In the open export dialog: waits for the service's record count, checks it became the
    // export size, and returns it.
    static qint64 announcedRecords(QWidget *dialog);
    static QPushButton *exportButton(QWidget *dialog);
    // Selects the first `count` scanned rows with mouse clicks (Ctrl+click after the first).
    void clickScannedRows(int count);
    // Export menu → dialog → Export button, all with the mouse; returns the announced count.
    qint64 exportSelectionWithTheMouse();
    QString stateShown(int row) const;
    QStringList zipFiles() const;

    JourneyFixture m_app;
};

void TestExportJourney::initTestCase()
{
    QVERIFY(m_app.setUp(QStringLiteral("tst_exportjourney")));
}

void TestExportJourney::cleanup()
{
    m_app.keepBothOnFileExists(false);
    if (m_app.window())
        m_app.quitWindow();
    // Each journey starts with no task history and an empty download folder.
    QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("export-tasks.json")));
    QDir(m_app.downloadFolder()).removeRecursively();
    QSettings().remove(QStringLiteral("mainWindow"));
}

QPushButton *TestExportJourney::exportButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

qint64 TestExportJourney::announcedRecords(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("recordCountLabel"));
    auto *size = dialog->findChild<QLineEdit *>(QStringLiteral("exportSizeLineEdit"));
    if (!label || !size)
        return -1;
    static const QRegularExpression number(QStringLiteral("^(\\d+) record"));
    if (!QTest::qWaitFor([&] { return number.match(label->text()).hasMatch(); }, 10000))
        return -1;
    const qint64 records = number.match(label->text()).captured(1).toLongLong();
    return size->text() == QString::number(records) ? records : -2;
}

QString TestExportJourney::stateShown(int row) const
{
    const QTableView *view = m_app.window()->exportsPanel()->view();
    return view->model()->index(row, ExportTasksModel::State).data().toString();
}

QStringList TestExportJourney::zipFiles() const
{
    return QDir(m_app.downloadFolder()).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
}

void TestExportJourney::clickScannedRows(int count)
{
    const QList<int> rows =
        m_app.visibleRowsShowing(ImageTableModel::ScanStatusColumn, ImageLabels::scanStatus(QStringLiteral("success")));
    QVERIFY2(rows.size() >= count, qPrintable(QString::number(rows.size())));
    ImageTableView *view = m_app.window()->browser()->view();
    for (int i = 0; i < count; ++i)
        m_app.clickRow(view, rows.at(i), i == 0 ? Qt::NoModifier : Qt::ControlModifier);
    auto *selection = m_app.window()->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QCOMPARE(selection->text(), QStringLiteral("%1 selected").arg(count));
}

qint64 TestExportJourney::exportSelectionWithTheMouse()
{
    qint64 records = -1;
    m_app.onNextModal([&](QWidget *dialog) {
        QVERIFY(qobject_cast<ExportDialog *>(dialog));
        records = announcedRecords(dialog);
        QVERIFY2(records >= 0, qPrintable(QString::number(records)));
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    });
    m_app.clickMenuItem(QStringLiteral("Export"), QStringLiteral("exportBaselineAction"));
    return m_app.modalDriven() ? records : -1;
}

void TestExportJourney::selectedRowsExportedWithTheMouse()
{
    QVERIFY(m_app.openWindow(JourneyFixture::quickSandbox()));
    m_app.window()->exports()->manager()->setPollInterval(50);
    clickScannedRows(5);

    const qint64 records = exportSelectionWithTheMouse();
    QVERIFY(records >= 0);
    // Five scanned images hold more baseline records than five: the size is not the images'.
    QVERIFY2(records > 5, qPrintable(QString::number(records)));

    ExportTasksPanel *panel = m_app.window()->exportsPanel();
    QTRY_VERIFY(panel->isVisible());
    QTableView *tasks = panel->view();
    QCOMPARE(tasks->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(0), QStringLiteral("Succeeded, downloaded"), 20000);
    QCOMPARE(tasks->model()->index(0, ExportTasksModel::Records).data().toLongLong(), records);
    QCOMPARE(zipFiles().size(), 1);

    // What went out: the five list ids, and the size the service announced.
    RecordedRequest sent;
    const auto requests = m_app.sandbox()->recentRequests();
    for (const RecordedRequest &r : requests) {
        if (r.path.endsWith(QLatin1String("/image/baseline/export")))
            sent = r;
    }
    QCOMPARE(sent.queryValue(QStringLiteral("export_size")), QString::number(records));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(QStringLiteral("image_id_list")).toArray().size(), 5);

    // Double-clicking the task opens the result, with every record announced.
    m_app.doubleClickRow(tasks, 0);
    QTRY_VERIFY(panel->resultViewer() && panel->resultViewer()->isVisible());
    QTRY_COMPARE(panel->resultViewer()->rowCount(), records);
}

void TestExportJourney::fullExportWithAFilter()
{
    QVERIFY(m_app.openWindow(JourneyFixture::quickSandbox()));
    m_app.window()->exports()->manager()->setPollInterval(50);
    m_app.chooseInCombo(m_app.window()->findChild<QWidget *>(QStringLiteral("scanStatusComboBox")),
                        QStringLiteral("success"));
    QTest::mouseClick(m_app.window()->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QVERIFY(m_app.waitForList());
    const int matching = m_app.window()->browser()->proxyModel()->rowCount();

    qint64 records = -1;
    m_app.onNextModal([&](QWidget *dialog) {
        auto *all = dialog->findChild<QRadioButton *>(QStringLiteral("allRadioButton"));
        QVERIFY(all && all->isEnabled());
        QVERIFY2(all->text().contains(QString::number(matching)), qPrintable(all->text()));
        QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(8, all->height() / 2));
        QVERIFY(all->isChecked());
        records = announcedRecords(dialog);
        QVERIFY2(records > matching, qPrintable(QString::number(records)));
        QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    });
    m_app.pressKey(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(m_app.modalDriven());

    RecordedRequest sent;
    const auto requests = m_app.sandbox()->recentRequests();
    for (const RecordedRequest &r : requests) {
        if (r.path.endsWith(QLatin1String("/image/baseline/export")))
            sent = r;
    }
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("operate_all")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("scan_status")).toString(), QStringLiteral("success"));
    QCOMPARE(sent.queryValue(QStringLiteral("export_size")), QString::number(records));

    ExportTasksPanel *panel = m_app.window()->exportsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(0), QStringLiteral("Succeeded, downloaded"), 20000);
    m_app.doubleClickRow(panel->view(), 0);
    QTRY_VERIFY(panel->resultViewer() && panel->resultViewer()->isVisible());
    QTRY_COMPARE(panel->resultViewer()->rowCount(), records);
}

void TestExportJourney::tasksPanelShowsTheHistoryAfterARestart()
{
    QVERIFY(m_app.openWindow(JourneyFixture::quickSandbox()));
    m_app.window()->exports()->manager()->setPollInterval(50);
    clickScannedRows(2);
    QVERIFY(exportSelectionWithTheMouse() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(0), QStringLiteral("Succeeded, downloaded"), 20000);
    const QString saved = m_app.window()->exportsPanel()->view()->model()->index(0, ExportTasksModel::SavedTo).data().toString();
    QVERIFY(QFileInfo::exists(saved));

    m_app.quitWindow();
    QVERIFY(m_app.openWindow(JourneyFixture::quickSandbox()));
    // No task is running, so nothing changes state: the history must be there from the start,
    // in the panel left open.
    ExportTasksPanel *panel = m_app.window()->exportsPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    QCOMPARE(stateShown(0), QStringLiteral("Succeeded, downloaded"));
    QCOMPARE(panel->view()->model()->index(0, ExportTasksModel::SavedTo).data().toString(), saved);
}

void TestExportJourney::twoExportsWithTheSameFileNameEndAsTwoFiles()
{
    SandboxConfig config = JourneyFixture::quickSandbox();
    config.exportFileName = QStringLiteral("hss-image-baseline.zip");
    config.exportRunMs = 600000; // both stay running until released together below
    QVERIFY(m_app.openWindow(config));
    m_app.window()->exports()->manager()->setPollInterval(20);
    SandboxFaults slow;
    slow.latencyMs = 500; // downloads take long enough to overlap
    m_app.sandbox()->setFaults(slow);

    clickScannedRows(2);
    QVERIFY(exportSelectionWithTheMouse() >= 0);
    clickScannedRows(3);
    QVERIFY(exportSelectionWithTheMouse() >= 0);
    QTableView *tasks = m_app.window()->exportsPanel()->view();
    QCOMPARE(tasks->model()->rowCount(), 2);

    // Should the downloads not overlap after all, the second asks about the first's file.
    m_app.keepBothOnFileExists(true);
    m_app.sandbox()->setDurations(50, 100, 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(0), QStringLiteral("Succeeded, downloaded"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(1), QStringLiteral("Succeeded, downloaded"), 30000);
    QCOMPARE(tasks->model()->index(0, ExportTasksModel::FileName).data().toString(),
             tasks->model()->index(1, ExportTasksModel::FileName).data().toString());
    QCOMPARE(zipFiles(), (QStringList{QStringLiteral("hss-image-baseline (1).zip"), QStringLiteral("hss-image-baseline.zip")}));
    const QString first = tasks->model()->index(0, ExportTasksModel::SavedTo).data().toString();
    const QString second = tasks->model()->index(1, ExportTasksModel::SavedTo).data().toString();
    QVERIFY(first != second);
    for (const QString &path : {first, second}) {
        ZipArchive zip;
        QVERIFY2(zip.open(path), qPrintable(path));
    }
    qInfo() << "file-exists questions answered:" << m_app.fileExistsQuestions();
}

void TestExportJourney::keyboardOnly()
{
    QVERIFY(m_app.openWindow(JourneyFixture::quickSandbox()));
    m_app.window()->exports()->manager()->setPollInterval(50);
    ImageTableView *view = m_app.window()->browser()->view();
    auto *selection = m_app.window()->findChild<QLabel *>(QStringLiteral("selectionLabel"));

    m_app.pressKey(Qt::Key_F, Qt::ControlModifier); // quick filter
    m_app.pressKey(Qt::Key_Tab);                    // on to the table
    QCOMPARE(QApplication::focusWidget(), view);
    m_app.pressKey(Qt::Key_Down);
    m_app.pressKey(Qt::Key_Down, Qt::ShiftModifier);
    m_app.pressKey(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(selection->text(), QStringLiteral("3 selected"));
    m_app.pressKey(Qt::Key_A, Qt::ControlModifier); // every row: surely some scanned ones
    const int all = m_app.window()->browser()->proxyModel()->rowCount();
    QCOMPARE(selection->text(), QStringLiteral("%1 selected").arg(all));

    qint64 records = -1;
    m_app.onNextModal([&](QWidget *dialog) {
        records = announcedRecords(dialog);
        QVERIFY2(records > 0, qPrintable(QString::number(records)));
        QVERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        m_app.pressKey(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    });
    m_app.pressKey(Qt::Key_E, Qt::ControlModifier);
    QVERIFY(m_app.modalDriven());

    ExportTasksPanel *panel = m_app.window()->exportsPanel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(0), QStringLiteral("Succeeded, downloaded"), 20000);
    QCOMPARE(panel->view()->model()->index(0, ExportTasksModel::Records).data().toLongLong(), records);
    QCOMPARE(zipFiles().size(), 1);
    // Ctrl+Shift+E puts the tasks away and brings them back.
    m_app.pressKey(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!panel->isVisible());
    m_app.pressKey(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel->isVisible());
}

QTEST_MAIN(TestExportJourney)
#include "tst_exportjourney.moc"
