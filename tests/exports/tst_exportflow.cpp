#include "app/actions/actionlog.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/exports/downloadname.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskstore.h"
#include "app/net/hssclient.h"
#include "app/results/ziparchive.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"
#include "ui/exports/exportdialog.h"
#include "ui/exports/exporttasksmodel.h"
#include "ui/exports/exporttaskspanel.h"
#include "ui/exports/resulttablemodel.h"
#include "ui/exports/resultviewer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// What the analyst does: a mouse click on the dialog's Export button.
void pressExport(ExportDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

// The export flow as the analyst drives it, against the in-process sandbox over real sockets:
// dialog → request on the wire → task followed → file downloaded → shown as a table.
class TestExportFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportSelectedSendsExactlyTheIds();
    void exportAllSendsTheFilters();
    void runningToSuccessThenDownloadedAndShown();
    void failingTaskShowsAsFailed();
    void truncatedDownloadLeavesNoFile();
    void stalledDownloadTimesOutAndLeavesNoFile();
    void serverErrorsWhileFollowingAreRidden();
    void newTaskKeepsTheSelection();
    void hostileFileNamesStayInTheFolder_data();
    void hostileFileNamesStayInTheFolder();
    void existingFileIsNeverSilentlyReplaced();
    void sameFileNameDownloadsEndAsTwoFiles();
    void tasksResumeAfterRestart();
    void tasksFollowOnlyTheirProfile();
    void acceptedExportWithoutTaskIdIsAFailure();
    void actionLogRecordsEachOperationAndNoSecret();

private:
    struct App
    {
        std::unique_ptr<ExportTaskStore> store;
        std::unique_ptr<ExportTaskManager> manager;
        std::unique_ptr<ExportTasksPanel> panel;
    };
    App startApp(bool autoDownload = true);
    // Export everything of type private_image, the request most tests start from.
    static BatchExportBaselineTaskRequest allPrivateImages(qint64 exportSize);
    QList<ImageInfo> listImages(const ImageFilter &filter);
    RecordedRequest lastExportRequest() const;
    // The task as it was when it reached status, or as it was when waiting gave up.
    ExportTaskRecord submitAndWait(App &app, const BatchExportBaselineTaskRequest &request, const QString &status);

    SandboxFixture m_sandbox;
    std::unique_ptr<ActionLog> m_log;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_downloads;
};

void TestExportFlow::init()
{
    SandboxConfig config;
    config.imageCount = 60;
    config.exportRunMs = 400;
    QVERIFY(m_sandbox.start(config));

    m_dir = std::make_unique<QTemporaryDir>();
    m_downloads = m_dir->filePath(QStringLiteral("downloads/HSS exports"));
    m_log = std::make_unique<ActionLog>(m_dir->filePath(QStringLiteral("data/actions.jsonl")));
}

void TestExportFlow::cleanup()
{
    m_sandbox.stop();
    m_log.reset();
    m_dir.reset();
}

BatchExportBaselineTaskRequest TestExportFlow::allPrivateImages(qint64 exportSize)
{
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.filter.imageType = QStringLiteral("private_image");
    request.exportSize = exportSize;
    return request;
}

TestExportFlow::App TestExportFlow::startApp(bool autoDownload)
{
    App app;
    app.store = std::make_unique<ExportTaskStore>(m_dir->filePath(QStringLiteral("data/export-tasks.json")));
    app.store->load();
    app.manager = std::make_unique<ExportTaskManager>(m_sandbox.client(), app.store.get(), m_log.get());
    app.manager->setProfileName(QStringLiteral("sandbox"));
    app.manager->setPollInterval(50);
    app.manager->setDownloadFolder(m_downloads);
    app.manager->setAutoDownload(autoDownload);
    app.panel = std::make_unique<ExportTasksPanel>(app.manager.get());
    app.panel->setUrlOpener([](const QUrl &) { return true; });
    app.panel->setFolderChooser([](const QString &) { return QString(); });
    app.panel->setConflictResolver([](const QString &) { return ExportTaskManager::Conflict::KeepBoth; });
    app.manager->resume();
    return app;
}

QList<ImageInfo> TestExportFlow::listImages(const ImageFilter &filter)
{
    ListSwrImageRepositoryRequest query;
    query.filter = filter;
    auto *reply = SandboxFixture::finish(m_sandbox.client()->send(query), 10000);
    reply->deleteLater();
    return reply->isOk() ? reply->response().images : QList<ImageInfo>();
}

RecordedRequest TestExportFlow::lastExportRequest() const
{
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->method == "POST" && it->path.endsWith(QLatin1String("/image/baseline/export")))
            return *it;
    }
    return {};
}

ExportTaskRecord TestExportFlow::submitAndWait(App &app, const BatchExportBaselineTaskRequest &request, const QString &status)
{
    QSignalSpy added(app.manager.get(), &ExportTaskManager::submitted);
    QSignalSpy changed(app.manager.get(), &ExportTaskManager::taskChanged);
    app.manager->submit(request);
    if (!added.wait(10000))
        return {};
    const QString taskId = added.first().first().value<ExportTaskRecord>().taskId;
    while (app.manager->task(taskId).status != status && changed.wait(15000)) {
    }
    return app.manager->task(taskId);
}

void TestExportFlow::exportSelectedSendsExactlyTheIds()
{
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    const QList<ImageInfo> page = listImages(filter);
    QVERIFY(page.size() >= 5);
    const QList<ImageInfo> selected = {page.at(4), page.at(0), page.at(2)};

    ExportDialog dialog(selected, filter, page.size());
    App app = startApp(false);
    dialog.setManager(app.manager.get());
    dialog.setRecordCounter(m_sandbox.client());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.recordCount() >= 0, 10000);
    m_sandbox.server()->clearRecentRequests();
    pressExport(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!lastExportRequest().path.isEmpty(), 10000);

    const RecordedRequest sent = lastExportRequest();
    QCOMPARE(sent.queryValue(QStringLiteral("export_size")), QString::number(dialog.recordCount()));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("operate_all")).toBool(true), false);
    QStringList ids;
    for (const QJsonValue &v : body.value(QStringLiteral("image_id_list")).toArray()) {
        QVERIFY(v.isString()); // ids go as strings, not numbers
        ids.append(v.toString());
    }
    QCOMPARE(ids, (QStringList{QString::number(page.at(4).id), QString::number(page.at(0).id),
                               QString::number(page.at(2).id)}));
    QCOMPARE(body.value(QStringLiteral("image_type")).toString(), QStringLiteral("private_image"));
    QVERIFY(!body.contains(QStringLiteral("namespace")));
}

void TestExportFlow::exportAllSendsTheFilters()
{
    ImageFilter filter;
    filter.imageType = QStringLiteral("private_image");
    filter.namespaceName = QStringLiteral("team-a");
    filter.hasVul = true;
    ExportDialog dialog({}, filter, 25);
    dialog.findChild<QComboBox *>(QStringLiteral("riskyComboBox"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(QStringLiteral("cicdNameLineEdit"))->setText(QStringLiteral("ci-main"));
    App app = startApp(false);
    dialog.setManager(app.manager.get());
    dialog.setRecordCounter(m_sandbox.client());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.recordCount() >= 0, 10000);
    m_sandbox.server()->clearRecentRequests();
    pressExport(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!lastExportRequest().path.isEmpty(), 10000);

    const RecordedRequest sent = lastExportRequest();
    QCOMPARE(sent.queryValue(QStringLiteral("export_size")), QString::number(dialog.recordCount()));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    const QJsonObject expected{{QStringLiteral("operate_all"), true},
                               {QStringLiteral("image_type"), QStringLiteral("private_image")},
                               {QStringLiteral("namespace"), QStringLiteral("team-a")},
                               {QStringLiteral("has_vul"), true},
                               {QStringLiteral("risky"), true},
                               {QStringLiteral("cicd_name"), QStringLiteral("ci-main")}};
    QCOMPARE(body, expected);
    QTRY_COMPARE_WITH_TIMEOUT(app.manager->tasks().size(), 1, 10000);
    QVERIFY(app.manager->tasks().first().scope.contains(QLatin1String("namespace=team-a")));
}

void TestExportFlow::runningToSuccessThenDownloadedAndShown()
{
    App app = startApp(true);
    QAbstractItemModelTester tester(app.panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    BatchExportBaselineTaskRequest request = allPrivateImages(1000);
    app.manager->submit(request);

    QTRY_COMPARE_WITH_TIMEOUT(app.panel->model()->rowCount(), 1, 10000);
    const ExportTaskRecord first = app.panel->model()->record(0);
    QCOMPARE(first.status, QStringLiteral("running"));
    QVERIFY(first.recordTotalNum > 0);
    QCOMPARE(app.panel->model()->index(0, ExportTasksModel::State).data().toString(), QStringLiteral("Running"));

    QVERIFY(saved.wait(15000));
    const QString path = saved.first().at(1).toString();
    QVERIFY2(!saved.first().at(2).value<HssError>().isError(),
             qPrintable(saved.first().at(2).value<HssError>().toString()));
    const ExportTaskRecord done = app.manager->task(first.taskId);
    QCOMPARE(done.status, QStringLiteral("success"));
    QCOMPARE(done.savedPath, path);
    QVERIFY(QFileInfo(path).absolutePath() == QDir(m_downloads).absolutePath());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).fileName(), done.fileName);
    QVERIFY(done.finishedAt.isValid());
    QCOMPARE(app.panel->model()->index(0, ExportTasksModel::Elapsed).data(ExportTasksModel::SortRole).toLongLong(),
             done.elapsedMs(QDateTime::currentDateTimeUtc()));
    QCOMPARE(app.panel->model()->index(0, ExportTasksModel::Profile).data().toString(), QStringLiteral("sandbox"));
    QCOMPARE(app.panel->model()->index(0, ExportTasksModel::Scope).data().toString(),
             QStringLiteral("all images matching: image_type=private_image"));
    QCOMPARE(app.panel->model()->index(0, ExportTasksModel::SavedTo).data().toString(), QDir::toNativeSeparators(path));

    QVERIFY(app.panel->selectTask(first.taskId));
    QList<QUrl> opened;
    app.panel->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(app.panel->openSelectedFile());
    QVERIFY(app.panel->openSelectedFolder());
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(QFileInfo(path).absolutePath())}));
    ResultViewer *viewer = app.panel->showSelectedResult();
    QVERIFY(viewer);
    QSignalSpy viewerLoaded(viewer, &ResultViewer::loadFinished);
    QVERIFY(viewerLoaded.wait());
    QVERIFY2(viewerLoaded.takeFirst().first().toBool(), qPrintable(viewer->errorString()));
    QVERIFY(viewer->currentMember().endsWith(QLatin1String(".csv")));
    QCOMPARE(viewer->rowCount(), int(done.recordTotalNum));
    QCOMPARE(viewer->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("image"));
    const QString xlsx = viewer->memberNames().filter(QStringLiteral(".xlsx")).value(0);
    QVERIFY(!xlsx.isEmpty());
    viewer->showMember(xlsx);
    QVERIFY(viewerLoaded.wait());
    QVERIFY2(viewerLoaded.takeFirst().first().toBool(), qPrintable(viewer->errorString()));
    QCOMPARE(viewer->rowCount(), int(done.recordTotalNum));
    viewer->setColumnFilter(1, QStringLiteral("team-a"));
    QVERIFY(viewer->visibleRowCount() <= viewer->rowCount());
}

void TestExportFlow::failingTaskShowsAsFailed()
{
    App app = startApp(true);
    QSignalSpy finished(app.manager.get(), &ExportTaskManager::taskFinished);
    QSignalSpy messages(app.panel.get(), &ExportTasksPanel::statusMessage);
    m_sandbox.server()->failNextExport();
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    const ExportTaskRecord record = submitAndWait(app, request, QStringLiteral("failure"));
    QCOMPARE(record.status, QStringLiteral("failure"));
    QVERIFY(!record.failureReason.isEmpty());
    QVERIFY(record.savedPath.isEmpty());
    QTRY_COMPARE(finished.count(), 1);
    const int row = app.panel->model()->rowOf(record.taskId);
    QCOMPARE(app.panel->model()->index(row, ExportTasksModel::State).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(app.panel->model()->index(row, ExportTasksModel::State).data(Qt::ToolTipRole).toString(),
             record.failureReason);
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains(record.taskId));
    QVERIFY(!app.manager->download(record.taskId));
    QVERIFY(!QDir(m_downloads).exists() || QDir(m_downloads).isEmpty());
}

void TestExportFlow::truncatedDownloadLeavesNoFile()
{
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(5000);
    const ExportTaskRecord record = submitAndWait(app, request, QStringLiteral("success"));
    QCOMPARE(record.status, QStringLiteral("success"));

    SandboxFaults faults = m_sandbox.server()->faults();
    faults.truncateDownload.every = 1;
    m_sandbox.server()->setFaults(faults);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(app.panel->selectTask(record.taskId));
    QVERIFY(app.panel->downloadSelected());
    QVERIFY(saved.wait(15000));
    QVERIFY(saved.first().at(2).value<HssError>().isError());
    QVERIFY(saved.first().at(1).toString().isEmpty());
    QVERIFY(app.manager->task(record.taskId).savedPath.isEmpty());
    // Not the file, not a partial one, not QSaveFile's temporary.
    QCOMPARE(QDir(m_downloads).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    QVERIFY(!app.panel->progressBar()->isVisible());
}

void TestExportFlow::stalledDownloadTimesOutAndLeavesNoFile()
{
    ClientConfig config = m_sandbox.client()->config();
    config.transferTimeoutMs = 300;
    config.retry.maxAttempts = 1;
    m_sandbox.client()->setConfig(config);
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(5000);
    const ExportTaskRecord record = submitAndWait(app, request, QStringLiteral("success"));
    QCOMPARE(record.status, QStringLiteral("success"));

    SandboxFaults faults = m_sandbox.server()->faults();
    faults.stallDownload.every = 1;
    m_sandbox.server()->setFaults(faults);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(app.manager->download(record.taskId));
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().at(2).value<HssError>().kind, HssError::Kind::Timeout);
    QCOMPARE(QDir(m_downloads).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    QVERIFY(m_log->entries(1).first().outcome.startsWith(QLatin1String("failed")));
}

void TestExportFlow::serverErrorsWhileFollowingAreRidden()
{
    App app = startApp(true);
    QSignalSpy added(app.manager.get(), &ExportTaskManager::submitted);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    app.manager->submit(request);
    QVERIFY(added.wait(10000));
    // The next polls meet 500s and throttling; following must ride them out, not give up.
    SandboxFaults faults = m_sandbox.server()->faults();
    faults.serverError.next = 3;
    faults.throttle.next = 2;
    m_sandbox.server()->setFaults(faults);
    QVERIFY(saved.wait(20000));
    const QString taskId = added.first().first().value<ExportTaskRecord>().taskId;
    QCOMPARE(app.manager->task(taskId).status, QStringLiteral("success"));
    QVERIFY(!app.manager->task(taskId).savedPath.isEmpty());
    QCOMPARE(m_sandbox.server()->faults().serverError.next, 0); // the faults did fire
    QCOMPARE(m_sandbox.server()->faults().throttle.next, 0);
}

void TestExportFlow::newTaskKeepsTheSelection()
{
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    const ExportTaskRecord first = submitAndWait(app, request, QStringLiteral("success"));
    QVERIFY(app.panel->selectTask(first.taskId));
    const ExportTaskRecord second = submitAndWait(app, request, QStringLiteral("running"));
    QCOMPARE(app.panel->model()->rowCount(), 2);
    QCOMPARE(app.panel->model()->record(0).taskId, second.taskId);
    QCOMPARE(app.panel->selectedTaskId(), first.taskId);
}

void TestExportFlow::hostileFileNamesStayInTheFolder_data()
{
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("parent dirs") << QStringLiteral("../../x.zip") << QStringLiteral("x.zip");
    QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil.zip") << QStringLiteral("evil.zip");
    QTest::newRow("windows") << QStringLiteral("C:\\Windows\\System32\\evil.zip") << QStringLiteral("evil.zip");
    QTest::newRow("dot file") << QStringLiteral("../.bashrc") << QStringLiteral("bashrc");
    QTest::newRow("nothing left") << QStringLiteral("../..") << QString();
}

void TestExportFlow::hostileFileNamesStayInTheFolder()
{
    QFETCH(QString, serverName);
    QFETCH(QString, expectedName);
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    ExportTaskRecord record = submitAndWait(app, request, QStringLiteral("success"));
    QCOMPARE(record.status, QStringLiteral("success"));
    // The sandbox names files sensibly; a hostile service would not.
    record.fileName = serverName;
    app.store->upsert(record);

    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(app.panel->selectTask(record.taskId));
    QVERIFY(app.panel->downloadSelected());
    QVERIFY(saved.wait(15000));
    const QString path = saved.first().at(1).toString();
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(m_downloads).absolutePath());
    QCOMPARE(QFileInfo(path).fileName(),
             expectedName.isEmpty() ? QStringLiteral("hss-export-%1.zip").arg(record.fileId) : expectedName);
    QCOMPARE(DownloadName::sanitize(serverName, QStringLiteral("fallback")),
             expectedName.isEmpty() ? QStringLiteral("fallback") : expectedName);
    // Nothing escaped into the folders above.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("downloads"))).entryList(QDir::Files), QStringList());
    ZipArchive zip;
    QVERIFY2(zip.open(path), qPrintable(zip.errorString()));
}

void TestExportFlow::existingFileIsNeverSilentlyReplaced()
{
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    const ExportTaskRecord record = submitAndWait(app, request, QStringLiteral("success"));
    QCOMPARE(record.status, QStringLiteral("success"));
    QVERIFY(QDir().mkpath(m_downloads));
    const QString existing = app.manager->plannedPath(record);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the analyst's own file");
    file.close();

    QStringList asked;
    ExportTaskManager::Conflict answer = ExportTaskManager::Conflict::Cancel;
    app.panel->setConflictResolver([&](const QString &path) {
        asked.append(path);
        return answer;
    });
    QVERIFY(app.panel->selectTask(record.taskId));
    QVERIFY(!app.panel->downloadSelected());
    QCOMPARE(asked, QStringList{existing});

    answer = ExportTaskManager::Conflict::KeepBoth;
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(app.panel->downloadSelected());
    QVERIFY(saved.wait(15000));
    QVERIFY(saved.last().at(1).toString() != existing);
    QVERIFY(saved.last().at(1).toString().contains(QLatin1String(" (1)")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the analyst's own file"));
    file.close();

    answer = ExportTaskManager::Conflict::Replace;
    QVERIFY(app.panel->downloadSelected());
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.last().at(1).toString(), existing);
    ZipArchive zip;
    QVERIFY(zip.open(existing));
}

void TestExportFlow::sameFileNameDownloadsEndAsTwoFiles()
{
    // The service names files by the second they were made in; two tasks can share a name.
    SandboxConfig config;
    config.imageCount = 60;
    config.exportRunMs = 100;
    config.exportFileName = QStringLiteral("hss-image-baseline.zip");
    QVERIFY(m_sandbox.start(config));

    App app = startApp(false);
    const ExportTaskRecord a = submitAndWait(app, allPrivateImages(10), QStringLiteral("success"));
    const ExportTaskRecord b = submitAndWait(app, allPrivateImages(20), QStringLiteral("success"));
    QCOMPARE(a.fileName, b.fileName);
    QStringList asked;
    app.panel->setConflictResolver([&](const QString &path) {
        asked.append(path);
        return ExportTaskManager::Conflict::Replace;
    });
    // Slow answers keep both downloads under way at once, the case that lost a file.
    SandboxFaults slow;
    slow.latencyMs = 300;
    m_sandbox.server()->setFaults(slow);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(app.manager->download(a.taskId));
    QVERIFY(app.manager->download(b.taskId));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 15000);
    const QString first = saved.at(0).at(1).toString();
    const QString second = saved.at(1).at(1).toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY2(first != second, qPrintable(first));
    QVERIFY(asked.isEmpty()); // no one's file was there to replace
    for (const QString &path : {first, second}) {
        ZipArchive zip;
        QVERIFY2(zip.open(path), qPrintable(path));
    }
    QCOMPARE(app.manager->task(a.taskId).savedPath, saved.at(0).at(0).toString() == a.taskId ? first : second);
}

void TestExportFlow::tasksResumeAfterRestart()
{
    QString taskId;
    {
        App first = startApp(true);
        BatchExportBaselineTaskRequest request;
        request.operateAll = true;
        request.filter.imageType = QStringLiteral("private_image");
        request.exportSize = 10;
        QSignalSpy added(first.manager.get(), &ExportTaskManager::submitted);
        first.manager->submit(request);
        QVERIFY(added.wait(10000));
        taskId = added.first().first().value<ExportTaskRecord>().taskId;
        QCOMPARE(first.manager->task(taskId).status, QStringLiteral("running"));
        QVERIFY(first.manager->isFollowing(taskId));
        // The app quits while the task still runs.
    }
    App second = startApp(true);
    QCOMPARE(second.panel->model()->rowCount(), 1);
    QCOMPARE(second.manager->task(taskId).status, QStringLiteral("running"));
    QVERIFY(second.manager->isFollowing(taskId));
    QSignalSpy saved(second.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(saved.wait(15000));
    QCOMPARE(second.manager->task(taskId).status, QStringLiteral("success"));
    QVERIFY(QFileInfo::exists(second.manager->task(taskId).savedPath));

    // And a third start has nothing left to follow.
    second.panel.reset();
    second.manager.reset();
    second.store.reset();
    App third = startApp(true);
    QVERIFY(!third.manager->isFollowing(taskId));
    QCOMPARE(third.manager->task(taskId).savedPath, QFileInfo(saved.first().at(1).toString()).filePath());
}

void TestExportFlow::tasksFollowOnlyTheirProfile()
{
    App app = startApp(false);
    BatchExportBaselineTaskRequest request = allPrivateImages(10);
    QSignalSpy added(app.manager.get(), &ExportTaskManager::submitted);
    app.manager->submit(request);
    QVERIFY(added.wait(10000));
    const QString first = added.first().first().value<ExportTaskRecord>().taskId;
    QCOMPARE(app.manager->task(first).profile, QStringLiteral("sandbox"));

    // Switching as MainWindow does: stop, change the profile, resume.
    app.manager->stopAll();
    app.manager->setProfileName(QStringLiteral("other"));
    app.manager->resume();
    QVERIFY(!app.manager->isFollowing(first));
    m_sandbox.server()->clearRecentRequests();

    // While the other profile's own task runs to its end, the first one is never asked about.
    const ExportTaskRecord second = submitAndWait(app, request, QStringLiteral("success"));
    QCOMPARE(second.status, QStringLiteral("success"));
    QCOMPARE(second.profile, QStringLiteral("other"));
    const QString firstPath = QStringLiteral("/export-task/") + first;
    for (const RecordedRequest &r : m_sandbox.server()->recentRequests())
        QVERIFY2(!r.path.endsWith(firstPath), qPrintable(r.path));
    QCOMPARE(app.manager->task(first).status, QStringLiteral("running"));

    // Back on the first profile: its task is followed again, the other one's file is refused.
    app.manager->stopAll();
    app.manager->setProfileName(QStringLiteral("sandbox"));
    app.manager->resume();
    QVERIFY(app.manager->isFollowing(first));
    QSignalSpy refused(app.manager.get(), &ExportTaskManager::downloadFinished);
    QVERIFY(!app.manager->download(second.taskId));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().at(1).toString().isEmpty());
    const QString reason = refused.first().at(2).value<HssError>().toString();
    QVERIFY2(reason.contains(QLatin1String("other")), qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(app.manager->task(first).status, QStringLiteral("success"), 15000);
}

void TestExportFlow::acceptedExportWithoutTaskIdIsAFailure()
{
    // The sandbox always names its tasks, so the decision is checked on its own.
    BatchExportBaselineTaskResponse result;
    result.recordTotalNum = 5;
    const HssError missing = ExportTaskManager::submitOutcome({}, result, QStringLiteral("req-9"));
    QCOMPARE(missing.kind, HssError::Kind::InvalidResponse);
    QCOMPARE(missing.requestId, QStringLiteral("req-9"));

    result.taskId = QStringLiteral("task-1");
    QVERIFY(!ExportTaskManager::submitOutcome({}, result, QString()).isError());

    const HssError refused = HssError::canceled();
    QCOMPARE(ExportTaskManager::submitOutcome(refused, {}, QString()).kind, HssError::Kind::Canceled);
}

void TestExportFlow::actionLogRecordsEachOperationAndNoSecret()
{
    App app = startApp(true);
    QSignalSpy saved(app.manager.get(), &ExportTaskManager::downloadFinished);
    BatchExportBaselineTaskRequest request;
    request.filter.imageType = QStringLiteral("private_image");
    const QList<ImageInfo> page = listImages(request.filter);
    QVERIFY(!page.isEmpty());
    request.imageIdList = {QString::number(page.first().id)};
    request.operateAll = false;
    request.exportSize = 1;
    app.manager->submit(request);
    QVERIFY(saved.wait(15000));

    const QList<ActionLogEntry> entries = m_log->entries();
    QCOMPARE(entries.size(), 3);
    const QString taskId = app.manager->tasks().first().taskId;
    QCOMPARE(entries.at(2).operation, QStringLiteral("export"));
    QVERIFY(entries.at(2).outcome.startsWith(QLatin1String("accepted")));
    QCOMPARE(entries.at(2).scope, QStringLiteral("1 selected image(s)"));
    QVERIFY(!entries.at(2).requestId.isEmpty());
    QCOMPARE(entries.at(1).operation, QStringLiteral("export task"));
    QCOMPARE(entries.at(1).outcome, QStringLiteral("success"));
    QCOMPARE(entries.at(0).operation, QStringLiteral("download"));
    QVERIFY(!entries.at(0).requestId.isEmpty());
    for (const ActionLogEntry &e : entries) {
        QCOMPARE(e.taskId, taskId);
        QCOMPARE(e.profile, QStringLiteral("sandbox"));
        QVERIFY(e.time.isValid());
    }

    // A rejected export is logged too, with its error.
    BatchExportBaselineTaskRequest bad = request;
    bad.imageIdList = {QStringLiteral("not-a-number")};
    QSignalSpy failed(app.manager.get(), &ExportTaskManager::submitFailed);
    app.manager->submit(bad);
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_log->entries(1).first().operation, QStringLiteral("export"));
    QVERIFY(m_log->entries(1).first().outcome.startsWith(QLatin1String("failed")));

    for (const QString &path : {m_log->filePath(), app.store->filePath()}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(SandboxCredentials::SecretKey), qPrintable(path));
        QVERIFY2(!content.contains("SDK-HMAC-SHA256"), qPrintable(path));
        QVERIFY2(!content.contains("Signature="), qPrintable(path));
    }
}

QTEST_MAIN(TestExportFlow)
#include "tst_exportflow.moc"
