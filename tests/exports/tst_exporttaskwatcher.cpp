#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/exports/exporttaskwatcher.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// ExportTaskWatcher against the in-process sandbox over real sockets. The sandbox keeps a task
// running until the test shortens its export duration, so every state change is caused by the
// test and observed through signals, never by waiting a guessed time.
class TestExportTaskWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followsTheTaskToSuccess();
    void failedTaskEndsWithAnErrorAndStops();
    void serverErrorsAreRiddenWithBackoff();
    void givesUpAfterTooManyServerErrors();
    void unknownTaskEndsAtOnce();
    void unsafeTaskIdNeverReachesTheServer();
    void stopEndsFollowing();
    void stopCancelsTheRequestInFlight();

private:
    // Creates an export task (the sandbox keeps it running) and returns its id.
    QString createTask();
    QList<RecordedRequest> taskQueries() const;
    std::unique_ptr<ExportTaskWatcher> watcher(const QString &taskId);
    // True when the sandbox receives no request for `ms`, i.e. nothing is polling any more.
    bool staysQuiet(int ms);

    static constexpr int PollMs = 20;

    SandboxFixture m_sandbox;
};

void TestExportTaskWatcher::init()
{
    SandboxConfig config;
    config.imageCount = 60;
    config.exportRunMs = SandboxFixture::ForeverMs;
    QVERIFY(m_sandbox.start(config));
    // The client's own retries would hide server errors from the watcher, whose backoff is
    // what these tests observe.
    m_sandbox.setMaxAttempts(1);
}

void TestExportTaskWatcher::cleanup()
{
    m_sandbox.stop();
}

QString TestExportTaskWatcher::createTask()
{
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.filter.imageType = QStringLiteral("private_image");
    request.exportSize = 10;
    auto *reply = SandboxFixture::finish(m_sandbox.client()->send(request), 10000);
    if (!reply->isOk()) {
        qWarning("export failed: %s", qPrintable(reply->error().toString()));
        return {};
    }
    reply->deleteLater();
    m_sandbox.server()->clearRecentRequests();
    return reply->response().taskId;
}

QList<RecordedRequest> TestExportTaskWatcher::taskQueries() const
{
    QList<RecordedRequest> result;
    const QList<RecordedRequest> all = m_sandbox.server()->recentRequests();
    for (const RecordedRequest &r : all) {
        if (r.path.contains(QLatin1String("/export-task/")))
            result.append(r);
    }
    return result;
}

std::unique_ptr<ExportTaskWatcher> TestExportTaskWatcher::watcher(const QString &taskId)
{
    auto w = std::make_unique<ExportTaskWatcher>(m_sandbox.client(), taskId);
    w->setPollInterval(PollMs);
    return w;
}

bool TestExportTaskWatcher::staysQuiet(int ms)
{
    QSignalSpy recorded(m_sandbox.server(), &SandboxServer::requestRecorded);
    return !recorded.wait(ms);
}

void TestExportTaskWatcher::followsTheTaskToSuccess()
{
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    auto w = watcher(taskId);
    QSignalSpy updated(w.get(), &ExportTaskWatcher::updated);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(w->isRunning());

    // Two polls see it running; then the task is allowed to end.
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 10000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(updated.first().first().value<ExportTaskInfo>().taskStatus, QStringLiteral("running"));
    QCOMPARE(w->lastKnown().taskStatus, QStringLiteral("running"));
    QVERIFY(w->lastKnown().fileId.isEmpty());
    m_sandbox.server()->setDurations(10, 10, 0);

    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    const auto task = finished.first().at(0).value<ExportTaskInfo>();
    const auto error = finished.first().at(1).value<HssError>();
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(task.taskId, taskId);
    QCOMPARE(task.taskStatus, QStringLiteral("success"));
    QVERIFY(!task.fileId.isEmpty());
    QVERIFY(task.fileName.endsWith(QLatin1String(".zip")));
    QCOMPARE(w->lastKnown().fileId, task.fileId);
    QCOMPARE(updated.last().first().value<ExportTaskInfo>().taskStatus, QStringLiteral("success"));
    QVERIFY(!w->isRunning());

    // One query per update, each for this task, and none after the final state.
    const QList<RecordedRequest> queries = taskQueries();
    QCOMPARE(queries.size(), updated.count());
    for (const RecordedRequest &r : queries) {
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.path.endsWith(QLatin1String("/export-task/") + taskId));
    }
    QVERIFY(staysQuiet(10 * PollMs));
}

void TestExportTaskWatcher::failedTaskEndsWithAnErrorAndStops()
{
    m_sandbox.server()->failNextExport();
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    m_sandbox.server()->setDurations(10, 10, 0);
    auto w = watcher(taskId);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(finished.wait(10000));

    const auto task = finished.first().at(0).value<ExportTaskInfo>();
    const auto error = finished.first().at(1).value<HssError>();
    QCOMPARE(task.taskStatus, QStringLiteral("failure"));
    QVERIFY(task.fileId.isEmpty());
    QCOMPARE(error.kind, HssError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("failure"));
    QVERIFY2(error.message.contains(taskId), qPrintable(error.message));
    QCOMPARE(error.requestId.size(), 32); // the X-Request-Id of the answer that said so
    QVERIFY(!w->isRunning());
    QCOMPARE(taskQueries().size(), 1);
    QVERIFY(staysQuiet(10 * PollMs));
    QCOMPARE(finished.count(), 1);
}

void TestExportTaskWatcher::serverErrorsAreRiddenWithBackoff()
{
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    m_sandbox.server()->setDurations(10, 10, 0);
    SandboxFaults faults;
    faults.serverError.next = 2;
    m_sandbox.server()->setFaults(faults);

    auto w = watcher(taskId);
    w->setMaxConsecutiveErrors(3);
    QSignalSpy pollFailed(w.get(), &ExportTaskWatcher::pollFailed);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(finished.wait(10000));

    const auto error = finished.first().at(1).value<HssError>();
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(finished.first().at(0).value<ExportTaskInfo>().taskStatus, QStringLiteral("success"));
    QCOMPARE(pollFailed.count(), 2);
    for (const QList<QVariant> &failure : std::as_const(pollFailed)) {
        const auto e = failure.at(0).value<HssError>();
        QCOMPARE(e.code, QStringLiteral("HSS.0500"));
        QCOMPARE(e.httpStatus, 500);
        QVERIFY(!e.requestId.isEmpty());
    }
    // The delay doubles with each consecutive error.
    QCOMPARE(pollFailed.at(0).at(1).toInt(), 2 * PollMs);
    QCOMPARE(pollFailed.at(1).at(1).toInt(), 4 * PollMs);
    QCOMPARE(taskQueries().size(), 3);
}

void TestExportTaskWatcher::givesUpAfterTooManyServerErrors()
{
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_sandbox.server()->setFaults(faults);

    auto w = watcher(taskId);
    w->setMaxConsecutiveErrors(3);
    QSignalSpy pollFailed(w.get(), &ExportTaskWatcher::pollFailed);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(finished.wait(10000));

    const auto error = finished.first().at(1).value<HssError>();
    QCOMPARE(error.kind, HssError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("HSS.0500"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.message.isEmpty());
    // Still the id it follows, but no state was ever learned.
    QCOMPARE(finished.first().at(0).value<ExportTaskInfo>().taskId, taskId);
    QVERIFY(finished.first().at(0).value<ExportTaskInfo>().taskStatus.isEmpty());
    QCOMPARE(pollFailed.count(), 2);
    QCOMPARE(taskQueries().size(), 3);
    QVERIFY(!w->isRunning());
    QVERIFY(staysQuiet(10 * PollMs));
}

void TestExportTaskWatcher::unknownTaskEndsAtOnce()
{
    auto w = watcher(QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    QSignalSpy pollFailed(w.get(), &ExportTaskWatcher::pollFailed);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(finished.wait(10000));
    const auto error = finished.first().at(1).value<HssError>();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, QStringLiteral("HSS.0011"));
    QVERIFY(!error.requestId.isEmpty());
    // A task the service does not know will not appear by asking again.
    QCOMPARE(pollFailed.count(), 0);
    QCOMPARE(taskQueries().size(), 1);
}

void TestExportTaskWatcher::unsafeTaskIdNeverReachesTheServer()
{
    auto w = watcher(QStringLiteral("../download/x"));
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<HssError>().kind, HssError::Kind::InvalidInput);
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestExportTaskWatcher::stopEndsFollowing()
{
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    auto w = watcher(taskId);
    QSignalSpy updated(w.get(), &ExportTaskWatcher::updated);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    w->start();
    QVERIFY(updated.wait(10000));
    w->stop();
    QVERIFY(!w->isRunning());
    const qsizetype queries = taskQueries().size();

    // The task ends now, but nobody is asking any more.
    m_sandbox.server()->setDurations(10, 10, 0);
    QVERIFY(staysQuiet(10 * PollMs));
    QCOMPARE(taskQueries().size(), queries);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(w->lastKnown().taskStatus, QStringLiteral("running"));

    // Started again, it picks up where the service is.
    w->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<ExportTaskInfo>().taskStatus, QStringLiteral("success"));
}

void TestExportTaskWatcher::stopCancelsTheRequestInFlight()
{
    const QString taskId = createTask();
    QVERIFY(!taskId.isEmpty());
    SandboxFaults slow;
    slow.latencyMs = 300;
    m_sandbox.server()->setFaults(slow);
    auto w = watcher(taskId);
    QSignalSpy updated(w.get(), &ExportTaskWatcher::updated);
    QSignalSpy finished(w.get(), &ExportTaskWatcher::finished);
    QSignalSpy pollFailed(w.get(), &ExportTaskWatcher::pollFailed);
    w->start();
    QSignalSpy recorded(m_sandbox.server(), &SandboxServer::requestRecorded);
    QVERIFY(recorded.wait(10000)); // the query has arrived and waits for its answer
    w->stop();
    QVERIFY(!w->isRunning());
    // The canceled answer neither updates, fails nor finishes anything.
    QVERIFY(!finished.wait(1000));
    QCOMPARE(updated.count(), 0);
    QCOMPARE(pollFailed.count(), 0);
    QCOMPARE(taskQueries().size(), 1);
}

QTEST_GUILESS_MAIN(TestExportTaskWatcher)
#include "tst_exporttaskwatcher.moc"
