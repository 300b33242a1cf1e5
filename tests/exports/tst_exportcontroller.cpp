#include "tests/support/browserfixture.h"

#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskrecord.h"
#include "app/exports/exporttaskstore.h"
#include "ui/exports/exportcontroller.h"
#include "ui/exports/exportdialog.h"
#include "ui/images/imagebrowser.h"
#include "ui/images/imagetableview.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// ExportController on real widgets against the in-process sandbox: stored tasks that cannot
// be read are reported, the dialog gets the browser's selection and submits through the
// manager, and only the current profile's tasks are followed.
class TestExportController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp(QStringLiteral("tst_exportcontroller"))); }
    void init();
    void cleanup();

    void unreadableTasksAreReported();
    void exportOfTheSelectionStartsATask();
    void onlyTheCurrentProfilesTasksAreFollowed();

private:
    ExportController *createController();

    BrowserFixture m_fx;
};

void TestExportController::init()
{
    SandboxConfig config;
    config.imageCount = 30;
    config.exportRunMs = SandboxFixture::ForeverMs; // followed, never finished
    QVERIFY(m_fx.start(config));
}

void TestExportController::cleanup()
{
    m_fx.stop();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

ExportController *TestExportController::createController()
{
    return new ExportController(m_fx.sandbox().client(), m_fx.actionLog(), m_fx.browser(),
                                m_fx.widgets().messageBar, m_fx.host());
}

void TestExportController::unreadableTasksAreReported()
{
    const QString path = ExportTaskStore::defaultPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    createController();
    MessageBar *bar = m_fx.widgets().messageBar;
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Earlier export tasks could not be read: ")),
             qPrintable(bar->text()));
}

void TestExportController::exportOfTheSelectionStartsATask()
{
    ExportController *exports = createController();
    QVERIFY(!m_fx.widgets().messageBar->isVisible());
    exports->follow(QStringLiteral("Test"));
    QVERIFY(m_fx.openAndLoad());
    m_fx.widgets().view->selectSourceRows({0, 1});
    QSignalSpy started(exports, &ExportController::exportStarted);
    QSignalSpy submitted(exports->manager(), &ExportTaskManager::submitted);
    bool driven = false;
    // The dialog is modal: it is driven from inside its own event loop.
    QTimer::singleShot(0, this, [&] {
        QPointer<ExportDialog> dialog;
        const bool opened = QTest::qWaitFor(
            [&] { return (dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())); }, 10000);
        if (!opened)
            return;
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok);
        driven = dialog->scope() == ExportDialog::Scope::Selected
            && QTest::qWaitFor([&] { return dialog->recordCount() >= 0 && ok->isEnabled(); }, 10000);
        if (driven)
            QTest::mouseClick(ok, Qt::LeftButton);
        if (!driven || !QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 10000)) {
            driven = false;
            if (dialog)
                dialog->reject();
        }
    });
    exports->exportBaseline();
    QVERIFY(driven);
    QCOMPARE(started.size(), 1);
    QCOMPARE(submitted.size(), 1);
    const ExportTaskRecord record = submitted.first().first().value<ExportTaskRecord>();
    QVERIFY(exports->manager()->isFollowing(record.taskId));
}

void TestExportController::onlyTheCurrentProfilesTasksAreFollowed()
{
    ExportController *exports = createController();
    exports->follow(QStringLiteral("Alpha"));
    QSignalSpy submitted(exports->manager(), &ExportTaskManager::submitted);
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.filter.imageType = QStringLiteral("private_image");
    request.exportSize = 5;
    exports->manager()->submit(request);
    QVERIFY(submitted.wait(10000));
    const QString taskId = submitted.first().first().value<ExportTaskRecord>().taskId;
    QVERIFY(exports->manager()->isFollowing(taskId));

    exports->stopFollowing();
    QVERIFY(!exports->manager()->isFollowing(taskId));
    exports->follow(QStringLiteral("Beta"));
    QVERIFY(!exports->manager()->isFollowing(taskId));
    exports->stopFollowing();
    exports->follow(QStringLiteral("Alpha"));
    QVERIFY(exports->manager()->isFollowing(taskId));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
