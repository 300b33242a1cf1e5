#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/api/listqueryexporttaskrequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/runimagesynchronizerequest.h"
#include "app/api/showimagesecurityreportstatisticrequest.h"
#include "app/net/hssclient.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

// HssClient against the sandbox over real HTTP: the sandbox checks every signature like the
// API gateway and records what arrived, so these tests see the exact wire.
class TestHssClient : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void listSendsExactlyTheQueryAndSignedHeaders();
    void everyCallWorks();
    void temporaryCredentialsAndIamToken();
    void wrongSecretIsAnApiErrorWithRequestId();
    void clockSkewIsRefused();
    void serverValidationErrorNamesTheField();
    void throttledGetIsRetriedHonouringRetryAfter();
    void throttledGetKeepsTryingPastMaxAttempts();
    void throttledBilledCallIsNotResentAndSaysWhen();
    void budgetWaitIsAnnouncedAndNotCountedAgainstTheDeadline();
    void cancelWhileWaitingForBudgetGivesTheSlotBack();
    void profilesKeepTheirBudgetsAcrossSwitches();
    void serverErrorOnGetIsRetried();
    void serverErrorOnPostIsNotResent();
    void malformedJsonIsAnInvalidResponse();
    void statisticIsSentWithRegionAndChecked();
    void oversizedAnswerIsRefused();
    void truncatedDownloadLeavesNoFile();
    void largeDownloadIsWrittenThroughABoundedBuffer();
    void stalledDownloadTimesOutAndLeavesNoFile();
    void connectionResetIsANetworkError();
    void cancelWhileTheServerIsSlow();
    void tlsIsVerifiedAndAnExtraCaIsTrusted();
    void secretsNeverReachTheLog();

private:
    static ListSwrImageRepositoryRequest privateImages(int limit = 200);
    // Exports everything of one type and polls until the task is final.
    ExportTaskInfo finishedExport(const QString &imageType, qint64 exportSize);

    SandboxFixture m_sandbox;
};

void TestHssClient::init()
{
    SandboxConfig sandboxConfig;
    sandboxConfig.scanQueueMs = 50;
    sandboxConfig.scanRunMs = 50;
    sandboxConfig.exportRunMs = 100;
    QVERIFY(m_sandbox.start(sandboxConfig));
}

ListSwrImageRepositoryRequest TestHssClient::privateImages(int limit)
{
    ListSwrImageRepositoryRequest q;
    q.filter.imageType = QStringLiteral("private_image");
    q.limit = limit;
    return q;
}

ExportTaskInfo TestHssClient::finishedExport(const QString &imageType, qint64 exportSize)
{
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.filter.imageType = imageType;
    request.exportSize = exportSize;
    auto exported = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(request)));
    const QString taskId = exported->response().taskId;
    ExportTaskInfo task;
    const bool final = QTest::qWaitFor(
        [&] {
            auto status = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListQueryExportTaskRequest{taskId})));
            task = status->response();
            return task.isFinal() || taskId.isEmpty();
        },
        10000);
    if (!final)
        qWarning("export task %s did not finish", qPrintable(taskId));
    return task;
}

void TestHssClient::listSendsExactlyTheQueryAndSignedHeaders()
{
    ListSwrImageRepositoryRequest q = privateImages(50);
    q.offset = 100;
    q.filter.namespaceName = QStringLiteral("team a+b");
    q.filter.hasVul = true;
    ClientConfig c = m_sandbox.clientConfig();
    c.enterpriseProjectId = QStringLiteral("all_granted_eps");
    m_sandbox.client()->setConfig(c);

    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(q)));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->requestId().size(), 32);

    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    QCOMPARE(requests.size(), 1);
    const RecordedRequest &r = requests.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v5/%1/image/swr-repository").arg(m_sandbox.server()->projectId()));
    QCOMPARE(r.rawQuery, QByteArray("enterprise_project_id=all_granted_eps&has_vul=true&image_type=private_image"
                                    "&limit=50&namespace=team%20a%2Bb&offset=100"));
    QCOMPARE(r.header("X-Project-Id"), m_sandbox.server()->projectId().toLatin1());
    QCOMPARE(r.header("region"), QByteArray("cn-north-4"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(m_sandbox.server()->endpoint().port()));
    QVERIFY(r.header("Authorization").startsWith("SDK-HMAC-SHA256 Access=HSSSANDBOXDEMOAK0001"));
    QCOMPARE(r.header("X-Sdk-Date").size(), 16);
    QVERIFY(r.header("User-Agent").startsWith("HSS-Image-Desk/"));
}

void TestHssClient::everyCallWorks()
{
    auto list = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QVERIFY2(list->isOk(), qPrintable(list->error().toString()));
    const ListSwrImageRepositoryResponse page = list->response();
    QCOMPARE(page.images.size(), 200);
    QVERIFY(page.totalNum > 200);

    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    for (int i = 0; i < 3; ++i) {
        const ImageInfo &image = page.images.at(i);
        scan.images.append({image.namespaceName, image.imageName, image.imageVersion, {}, {}});
    }
    auto scanned = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(scan)));
    QVERIFY2(scanned->isOk(), qPrintable(scanned->error().toString()));
    QCOMPARE(m_sandbox.server()->recentRequests().last().body, QJsonDocument(scan.toJson()).toJson(QJsonDocument::Compact));

    BatchExportBaselineTaskRequest exportRequest;
    exportRequest.filter.imageType = QStringLiteral("private_image");
    exportRequest.operateAll = false;
    exportRequest.imageIdList = {QString::number(page.images.at(0).id), QString::number(page.images.at(1).id)};
    exportRequest.exportSize = 1000;
    auto exported = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(exportRequest)));
    QVERIFY2(exported->isOk(), qPrintable(exported->error().toString()));
    const BatchExportBaselineTaskResponse result = exported->response();
    QVERIFY(!result.taskId.isEmpty());
    QVERIFY(result.recordTotalNum > 0);
    QCOMPARE(m_sandbox.server()->recentRequests().last().rawQuery, QByteArray("export_size=1000"));

    ExportTaskInfo task;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 auto status = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListQueryExportTaskRequest{result.taskId})));
                                 task = status->response();
                                 return status->isOk() && task.isFinal();
                             }()),
                             10000);
    QVERIFY(task.succeeded());
    QVERIFY(!task.fileId.isEmpty());
    QVERIFY(task.fileName.endsWith(QStringLiteral(".zip")));

    QTemporaryDir dir;
    const QString path = dir.filePath(task.fileName);
    auto downloaded = SandboxFixture::owned(m_sandbox.client()->send(ListDownloadExportedFileRequest{task.fileId, path}));
    QSignalSpy progress(downloaded.get(), &HssReply::downloadProgress);
    SandboxFixture::finish(downloaded.get());
    QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().toString()));
    QCOMPARE(downloaded->savedFilePath(), path);
    QVERIFY(!progress.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));

    auto synced = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(RunImageSynchronizeRequest{QStringLiteral("private_image")})));
    QVERIFY2(synced->isOk(), qPrintable(synced->error().toString()));
    QCOMPARE(synced->response().errorCode, 0);
}

void TestHssClient::temporaryCredentialsAndIamToken()
{
    ClientConfig c = m_sandbox.clientConfig();
    c.credentials.mode = Credentials::Mode::TemporaryAkSk;
    c.credentials.accessKey = QLatin1String(SandboxCredentials::TemporaryAccessKey);
    c.credentials.secretKey = QLatin1String(SandboxCredentials::TemporarySecretKey);
    c.credentials.securityToken = QLatin1String(SandboxCredentials::SecurityToken);
    m_sandbox.client()->setConfig(c);
    auto temporary = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QVERIFY2(temporary->isOk(), qPrintable(temporary->error().toString()));
    QVERIFY(!m_sandbox.server()->recentRequests().last().header("X-Security-Token").isEmpty());

    c.credentials = Credentials();
    c.credentials.mode = Credentials::Mode::IamToken;
    c.credentials.authToken = QLatin1String(SandboxCredentials::IamToken);
    m_sandbox.client()->setConfig(c);
    auto token = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QVERIFY2(token->isOk(), qPrintable(token->error().toString()));
    QVERIFY(m_sandbox.server()->recentRequests().last().header("Authorization").isEmpty());

    c.credentials.authToken = QStringLiteral("not-a-token");
    m_sandbox.client()->setConfig(c);
    auto refused = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(refused->error().kind, HssError::Kind::Api);
    QCOMPARE(refused->error().httpStatus, 401);
}

void TestHssClient::wrongSecretIsAnApiErrorWithRequestId()
{
    ClientConfig c = m_sandbox.clientConfig();
    c.credentials.secretKey = QStringLiteral("wrong");
    m_sandbox.client()->setConfig(c);
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    const HssError &e = reply->error();
    QCOMPARE(e.kind, HssError::Kind::Api);
    QCOMPARE(e.httpStatus, 401);
    QVERIFY(e.code.startsWith(QStringLiteral("APIGW.")));
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(e.requestId.size(), 32);
    QVERIFY(e.toString().contains(e.code));
    QVERIFY(e.toString().contains(e.requestId));
    QCOMPARE(reply->attempts(), 1);
}

void TestHssClient::clockSkewIsRefused()
{
    m_sandbox.client()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(reply->error().httpStatus, 401);
    QVERIFY2(reply->error().message.contains(QStringLiteral("X-Sdk-Date"), Qt::CaseInsensitive),
             qPrintable(reply->error().message));
}

void TestHssClient::serverValidationErrorNamesTheField()
{
    ApiRequest raw = privateImages().toApiRequest();
    raw.query = {{QStringLiteral("image_type"), QStringLiteral("private_image")},
                 {QStringLiteral("limit"), QStringLiteral("5")}};
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->sendRaw(raw)));
    QCOMPARE(reply->error().httpStatus, 400);
    QCOMPARE(reply->error().code, QStringLiteral("HSS.0001"));
    QVERIFY(reply->error().message.contains(QStringLiteral("limit")));
}

void TestHssClient::throttledGetIsRetriedHonouringRetryAfter()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"throttle":{"next":2},"retry_after":1})").object());
    auto reply = SandboxFixture::owned(m_sandbox.client()->send(privateImages()));
    QSignalSpy retrying(reply.get(), &HssReply::retrying);
    SandboxFixture::finish(reply.get());
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(retrying.first().at(1).toInt() >= 1000); // Retry-After: 1 beats the 20 ms backoff
    QVERIFY(retrying.first().at(2).toString().contains(QStringLiteral("APIG.0308")));
}

void TestHssClient::throttledGetKeepsTryingPastMaxAttempts()
{
    m_sandbox.setMaxAttempts(2);
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"throttle":{"next":3},"retry_after":0})").object());
    auto reply = SandboxFixture::owned(m_sandbox.client()->send(privateImages()));
    QSignalSpy retrying(reply.get(), &HssReply::retrying);
    SandboxFixture::finish(reply.get());
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 4);
    QCOMPARE(retrying.size(), 3);
    // Without a Retry-After worth waiting, the operation still slows down with each refusal.
    QVERIFY(retrying.at(2).at(1).toInt() > retrying.at(1).at(1).toInt());
    QVERIFY(m_sandbox.client()->callBudget()->slowdown("ListSwrImageRepository") > 1);
}

void TestHssClient::throttledBilledCallIsNotResentAndSaysWhen()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"throttle":{"next":1},"retry_after":7})").object());
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    scan.operateAll = true;
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(scan)));
    QCOMPARE(reply->error().kind, HssError::Kind::Throttled);
    QCOMPARE(reply->error().code, QStringLiteral("APIG.0308"));
    QCOMPARE(reply->error().retryAfterMs, 7000);
    QVERIFY(reply->error().toString().contains(QStringLiteral("7 second")));
    QCOMPARE(reply->error().requestId.size(), 32);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 1);
    // The next scan waits for the service instead of being refused again.
    QVERIFY(m_sandbox.client()->callBudget()->waitMs("BatchScanSwrImage") > 6000);
}

void TestHssClient::budgetWaitIsAnnouncedAndNotCountedAgainstTheDeadline()
{
    ClientConfig config = m_sandbox.client()->config();
    config.requestDeadlineMs = 300;
    config.callRate = *CallRate::parse(QStringLiteral("2/s"));
    m_sandbox.client()->setConfig(config);
    QSignalSpy announced(m_sandbox.client(), &HssClient::waitingForBudget);

    auto first = SandboxFixture::owned(m_sandbox.client()->send(privateImages(10)));
    auto second = SandboxFixture::owned(m_sandbox.client()->send(privateImages(10)));
    QSignalSpy waiting(second.get(), &HssReply::waitingForBudget);
    SandboxFixture::finish(first.get());
    SandboxFixture::finish(second.get());
    QVERIFY2(first->isOk(), qPrintable(first->error().toString()));
    QVERIFY2(second->isOk(), qPrintable(second->error().toString()));
    QCOMPARE(waiting.size(), 1);
    QVERIFY2(waiting.first().at(0).toInt() > 300, qPrintable(waiting.first().at(0).toString()));
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().at(0).toByteArray(), QByteArray("ListSwrImageRepository"));
    const QList<RecordedRequest> requests = m_sandbox.server()->recentRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 450);
}

void TestHssClient::cancelWhileWaitingForBudgetGivesTheSlotBack()
{
    // The budget's clock stands still, so its waits are exact; the reply's timer is real.
    qint64 now = 1000000;
    m_sandbox.client()->setBudgetClock([&now] { return now; });
    m_sandbox.client()->setCallRate(CallRate::documented());
    CallBudget *budget = m_sandbox.client()->callBudget();
    const qint64 interval = budget->intervalMs("ListSwrImageRepository");
    auto first = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages(10))));
    QVERIFY(first->isOk());
    QCOMPARE(budget->waitMs("ListSwrImageRepository"), interval);
    auto waiting = SandboxFixture::owned(m_sandbox.client()->send(privateImages(10)));
    QCOMPARE(budget->waitMs("ListSwrImageRepository"), 2 * interval); // booked behind the first
    waiting->cancel();
    SandboxFixture::finish(waiting.get(), 1000);
    QCOMPARE(waiting->error().kind, HssError::Kind::Canceled);
    QCOMPARE(budget->waitMs("ListSwrImageRepository"), interval);
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 1);
    m_sandbox.client()->setBudgetClock({}); // the clock above lives on this stack
}

void TestHssClient::profilesKeepTheirBudgetsAcrossSwitches()
{
    const ClientConfig demo = m_sandbox.clientConfig();
    m_sandbox.client()->setCallRate(CallRate::documented());
    m_sandbox.client()->callBudget()->reserve("ListSwrImageRepository");
    ClientConfig other = demo;
    other.credentials.accessKey = QStringLiteral("HSSSANDBOXTEMPAK0001");
    other.callRate = CallRate::documented();
    m_sandbox.client()->setConfig(other);
    QCOMPARE(m_sandbox.client()->callBudget()->waitMs("ListSwrImageRepository"), 0);
    ClientConfig back = demo;
    back.callRate = CallRate::documented();
    m_sandbox.client()->setConfig(back);
    QVERIFY(m_sandbox.client()->callBudget()->waitMs("ListSwrImageRepository") > 0);
}

void TestHssClient::serverErrorOnGetIsRetried()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"error_500":{"next":2}})").object());
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListQueryExportTaskRequest{QStringLiteral("unknown")})));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(reply->error().code, QStringLiteral("HSS.0011")); // the third attempt got through
}

void TestHssClient::serverErrorOnPostIsNotResent()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"error_500":{"next":1}})").object());
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    scan.operateAll = true;
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(scan)));
    QCOMPARE(reply->error().httpStatus, 500);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_sandbox.server()->recentRequests().size(), 1);
}

void TestHssClient::malformedJsonIsAnInvalidResponse()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"malformed_json":{"next":1}})").object());
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidResponse);
    QCOMPARE(reply->error().requestId.size(), 32);
}

void TestHssClient::statisticIsSentWithRegionAndChecked()
{
    ShowImageSecurityReportStatisticRequest request;
    request.body.operateAll = true;
    request.body.filter.imageType = QStringLiteral("private_image");
    auto counted = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(request)));
    QVERIFY2(counted->isOk(), qPrintable(counted->error().toString()));
    QVERIFY(counted->response().totalNum > 0);
    const RecordedRequest sent = m_sandbox.server()->recentRequests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QVERIFY(sent.path.endsWith(QLatin1String("/image/security-report/statistic")));
    QCOMPARE(sent.queryValue(QStringLiteral("security_report_type")), QStringLiteral("risk-config"));
    QCOMPARE(sent.header("region"), QByteArray("cn-north-4"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), request.toJson());

    // An answer without a usable total_num is not a count.
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"malformed_json":{"next":1}})").object());
    auto cut = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(request)));
    QCOMPARE(cut->error().kind, HssError::Kind::InvalidResponse);

    // The service requires the region header: without a region nothing is sent.
    ClientConfig noRegion = m_sandbox.clientConfig();
    noRegion.regionId.clear();
    m_sandbox.client()->setConfig(noRegion);
    m_sandbox.server()->clearRecentRequests();
    auto refused = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(request)));
    QCOMPARE(refused->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(refused->error().fieldErrors.first().field, QStringLiteral("region"));
    QVERIFY(m_sandbox.server()->recentRequests().isEmpty());
}

void TestHssClient::oversizedAnswerIsRefused()
{
    ClientConfig c = m_sandbox.clientConfig();
    c.maxResponseBytes = 4096; // a page of 200 images is far larger
    m_sandbox.client()->setConfig(c);
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidResponse);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->body().isEmpty()); // not kept in memory
}

void TestHssClient::largeDownloadIsWrittenThroughABoundedBuffer()
{
    SandboxConfig sandboxConfig;
    sandboxConfig.exportRunMs = 0;
    sandboxConfig.exportPaddingBytes = 48 * 1024 * 1024;
    // In its own thread the server sends as fast as the socket takes it, whatever the reader does.
    QVERIFY(m_sandbox.startInThread(sandboxConfig));
    const ExportTaskInfo task = finishedExport(QStringLiteral("private_image"), 10);
    QVERIFY(task.succeeded());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.zip"));
    auto reply = SandboxFixture::owned(m_sandbox.client()->send(ListDownloadExportedFileRequest{task.fileId, path}));
    QSignalSpy progress(reply.get(), &HssReply::downloadProgress);
    SandboxFixture::finish(reply.get(), 60000);
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QVERIFY(QFileInfo(path).size() > sandboxConfig.exportPaddingBytes);
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());
    QVERIFY(reply->peakUnwrittenBytes() > 0);
    // Qt stops reading once the limit is reached, so the last read before that may pass it.
    QVERIFY2(reply->peakUnwrittenBytes() <= 2 * HssReply::ReadAheadBytes,
             QByteArray::number(reply->peakUnwrittenBytes()));
}

void TestHssClient::truncatedDownloadLeavesNoFile()
{
    const ExportTaskInfo task = finishedExport(QStringLiteral("private_image"), 50);
    QVERIFY(task.succeeded());

    ClientConfig c = m_sandbox.clientConfig();
    c.retry.maxAttempts = 1;
    m_sandbox.client()->setConfig(c);
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"truncate_download":{"next":1}})").object());
    QTemporaryDir dir;
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListDownloadExportedFileRequest{task.fileId, dir.filePath(QStringLiteral("x.zip"))})));
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, HssError::Kind::Network);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // Retried, the same download then succeeds and the file appears only once it is whole.
    c.retry.maxAttempts = 3;
    m_sandbox.client()->setConfig(c);
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"truncate_download":{"next":1}})").object());
    auto retried = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListDownloadExportedFileRequest{task.fileId, dir.filePath(QStringLiteral("x.zip"))})));
    QVERIFY2(retried->isOk(), qPrintable(retried->error().toString()));
    QCOMPARE(retried->attempts(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("x.zip")});
}

void TestHssClient::stalledDownloadTimesOutAndLeavesNoFile()
{
    const ExportTaskInfo task = finishedExport(QStringLiteral("shared_image"), 20);
    QVERIFY(task.succeeded());

    ClientConfig c = m_sandbox.clientConfig();
    c.transferTimeoutMs = 400;
    c.retry.maxAttempts = 1;
    m_sandbox.client()->setConfig(c);
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"stall_download":{"next":1}})").object());
    QTemporaryDir dir;
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(ListDownloadExportedFileRequest{task.fileId, dir.filePath(QStringLiteral("y.zip"))})));
    QCOMPARE(reply->error().kind, HssError::Kind::Timeout);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestHssClient::connectionResetIsANetworkError()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"reset":{"every":1}})").object());
    auto reply = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(reply->error().kind, HssError::Kind::Network);
    QCOMPARE(reply->attempts(), m_sandbox.client()->config().retry.maxAttempts);
}

void TestHssClient::cancelWhileTheServerIsSlow()
{
    m_sandbox.server()->mergeFaults(QJsonDocument::fromJson(R"({"latency_ms":300})").object());
    auto reply = SandboxFixture::owned(m_sandbox.client()->send(privateImages()));
    QTRY_COMPARE(m_sandbox.server()->recentRequests().size(), 1);
    reply->cancel();
    SandboxFixture::finish(reply.get());
    QCOMPARE(reply->error().kind, HssError::Kind::Canceled);

    // The sandbox answers the abandoned request after the client hung up; the next call
    // (answered later still) proves it survived that.
    auto next = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QVERIFY2(next->isOk(), qPrintable(next->error().toString()));
}

void TestHssClient::tlsIsVerifiedAndAnExtraCaIsTrusted()
{
    SandboxConfig tlsConfig;
    tlsConfig.tls = true;
    SandboxServer tlsSandbox(tlsConfig);
    QString error;
    QVERIFY2(tlsSandbox.listen(&error), qPrintable(error));
    QCOMPARE(tlsSandbox.endpoint().scheme(), QStringLiteral("https"));

    ClientConfig c = m_sandbox.clientConfig();
    c.endpoint = tlsSandbox.endpoint();
    c.retry.maxAttempts = 1;
    m_sandbox.client()->setConfig(c);
    auto untrusted = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QCOMPARE(untrusted->error().kind, HssError::Kind::Tls);
    QVERIFY(!untrusted->error().detail.isEmpty());

    c.extraCaCertificates = QSslCertificate::fromPath(tlsSandbox.caCertificatePath());
    QCOMPARE(c.extraCaCertificates.size(), 1);
    m_sandbox.client()->setConfig(c);
    auto trusted = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    QVERIFY2(trusted->isOk(), qPrintable(trusted->error().toString()));
}

void TestHssClient::secretsNeverReachTheLog()
{
    const QString canarySecret = QStringLiteral("CANARY-SK-7f3a9c");
    const QString canaryToken = QStringLiteral("CANARY-TOKEN-51be0d");
    ClientConfig c = m_sandbox.clientConfig();
    c.credentials.mode = Credentials::Mode::TemporaryAkSk;
    c.credentials.accessKey = QLatin1String(SandboxCredentials::TemporaryAccessKey);
    c.credentials.secretKey = canarySecret;
    c.credentials.securityToken = canaryToken;
    m_sandbox.client()->setConfig(c);

    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("hss.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    auto signedCall = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    c.credentials = Credentials();
    c.credentials.mode = Credentials::Mode::IamToken;
    c.credentials.authToken = canaryToken;
    m_sandbox.client()->setConfig(c);
    auto tokenCall = SandboxFixture::owned(SandboxFixture::finish(m_sandbox.client()->send(privateImages())));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!signedCall->isOk()); // the sandbox does not know the canary secret
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Authorization: [redacted]")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("X-Security-Token: [redacted]")));
    QVERIFY(all.contains(QStringLiteral("X-Auth-Token: [redacted]")));
    QVERIFY(!all.contains(canarySecret));
    QVERIFY(!all.contains(canaryToken));
    for (const RecordedRequest &r : m_sandbox.server()->recentRequests()) {
        QVERIFY(!r.toJson().value(QStringLiteral("headers")).toString().contains(canaryToken));
    }
}

QTEST_GUILESS_MAIN(TestHssClient)
#include "tst_hssclient.moc"
