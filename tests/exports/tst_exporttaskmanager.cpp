#include "app/actions/actionlog.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskstore.h"
#include "app/net/hssclient.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// How the manager follows several export tasks at once within the call budget, against a
// sandbox that enforces the gateway's limits (scaled from a minute to a second).
class TestExportTaskManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void severalTasksAreFollowedWithinTheBudget();

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportTaskManager::init()
{
    SandboxConfig config;
    config.imageCount = 60;
    config.exportRunMs = 1500;
    config.gatewayLimits = *CallRate::parse(QStringLiteral("5/s"));
    QVERIFY(m_sandbox.start(config));
    m_sandbox.client()->setCallRate(*CallRate::parse(QStringLiteral("5/s")));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestExportTaskManager::cleanup()
{
    m_sandbox.stop();
    m_dir.reset();
}

void TestExportTaskManager::severalTasksAreFollowedWithinTheBudget()
{
    ActionLog log(m_dir->filePath(QStringLiteral("actions.jsonl")));
    ExportTaskStore store(m_dir->filePath(QStringLiteral("export-tasks.json")));
    store.load();
    ExportTaskManager manager(m_sandbox.client(), &store, &log);
    manager.setProfileName(QStringLiteral("sandbox"));
    manager.setAutoDownload(false);
    manager.setPollInterval(50);

    QSignalSpy submitted(&manager, &ExportTaskManager::submitted);
    QSignalSpy finished(&manager, &ExportTaskManager::taskFinished);
    QSignalSpy submitFailed(&manager, &ExportTaskManager::submitFailed);
    constexpr int kTasks = 4;
    for (int i = 0; i < kTasks; ++i) {
        BatchExportBaselineTaskRequest request;
        request.operateAll = true;
        request.filter.imageType = QStringLiteral("private_image");
        request.exportSize = 10 + i;
        manager.submit(request);
    }
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), kTasks, 10000);
    // Four tasks share the budget of ListQueryExportTask: each is asked about a quarter as often.
    const qint64 budgetInterval = m_sandbox.client()->callBudget()->intervalMs("ListQueryExportTask");
    QVERIFY(manager.effectivePollIntervalMs() >= kTasks * budgetInterval);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kTasks, 30000);
    QCOMPARE(submitFailed.size(), 0);
    for (const QList<QVariant> &f : std::as_const(finished))
        QVERIFY2(!f.at(1).value<HssError>().isError(), qPrintable(f.at(1).value<HssError>().toString()));
    QCOMPARE(manager.effectivePollIntervalMs(), 50 > budgetInterval ? 50 : int(budgetInterval));

    // Every call got through, and the tasks' questions never exceeded the rate.
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    const QString prefix = QStringLiteral("/export-task/");
    QStringList firstAsked;
    for (const RecordedRequest &r : requests) {
        QVERIFY2(r.status != 429, qPrintable(r.path));
        const qsizetype at = r.path.indexOf(prefix);
        if (at >= 0 && !firstAsked.contains(r.path.mid(at + prefix.size())))
            firstAsked.append(r.path.mid(at + prefix.size()));
    }
    QList<RecordedRequest> queries;
    for (const RecordedRequest &r : requests) {
        if (r.path.contains(prefix))
            queries.append(r);
    }
    QVERIFY(queries.size() >= kTasks);
    QVERIFY(SandboxFixture::mostRequestsWithin(queries, QString(), 1000) <= 5);
    // Oldest first: the tasks were first asked about in the order they were created.
    QStringList created;
    for (const QList<QVariant> &s : std::as_const(submitted))
        created.append(s.at(0).value<ExportTaskRecord>().taskId);
    QCOMPARE(firstAsked, created);
}

QTEST_GUILESS_MAIN(TestExportTaskManager)
#include "tst_exporttaskmanager.moc"
