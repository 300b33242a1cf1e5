#include "app/actions/actionlog.h"
#include "app/api/apienums.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/images/scansubmitter.h"
#include "app/net/hssclient.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// ScanSubmitter against the in-process sandbox over real sockets: how a scan is cut into
// calls is read back from the requests the sandbox recorded, and a call whose outcome is
// unknown comes from a server that resets the connection once it has read the request.
class TestScanSubmitter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void splitsALongSelectionIntoSequentialCalls();
    void scansAllMatchingInOneCall();
    void errorInAPartStopsTheRest();
    void unknownOutcomeIsReportedAndNeverRetried();
    void invalidScanSendsNothing();
    void refusesASecondScanWhileOneRuns();

private:
    static BatchScanSwrImageRequest listOf(int count);
    QList<RecordedRequest> scanRequests() const;
    static ClientConfig clientConfig(const QUrl &endpoint, const QString &projectId);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HssClient> m_client;
    QTemporaryDir m_dir;
};

ClientConfig TestScanSubmitter::clientConfig(const QUrl &endpoint, const QString &projectId)
{
    ClientConfig client;
    client.endpoint = endpoint;
    client.projectId = projectId;
    client.credentials.accessKey = QLatin1String(SandboxCredentials::AccessKey);
    client.credentials.secretKey = QLatin1String(SandboxCredentials::SecretKey);
    client.transferTimeoutMs = 10000;
    client.retry.maxAttempts = 3; // a billed call must not use them
    return client;
}

void TestScanSubmitter::init()
{
    SandboxConfig config;
    config.imageCount = 50;
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_client = std::make_unique<HssClient>();
    m_client->setConfig(clientConfig(m_server->endpoint(), m_server->projectId()));
    QVERIFY(m_dir.isValid());
}

void TestScanSubmitter::cleanup()
{
    m_client.reset();
    m_server.reset();
}

BatchScanSwrImageRequest TestScanSubmitter::listOf(int count)
{
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    for (int i = 0; i < count; ++i)
        scan.images.append({QStringLiteral("team"), QStringLiteral("app%1").arg(i), QStringLiteral("v1"), {}, {}});
    return scan;
}

QList<RecordedRequest> TestScanSubmitter::scanRequests() const
{
    QList<RecordedRequest> result;
    const QList<RecordedRequest> all = m_server->recentRequests();
    for (const RecordedRequest &r : all) {
        if (r.method == "POST" && r.path.endsWith(QLatin1String("/image/batch-scan")))
            result.append(r);
    }
    return result;
}

void TestScanSubmitter::splitsALongSelectionIntoSequentialCalls()
{
    const int count = ApiEnums::MaxScanListItems + 1;
    ActionLog log(m_dir.filePath(QStringLiteral("actions.jsonl")));
    ScanSubmitter submitter(m_client.get());
    submitter.setActionLog(&log, QStringLiteral("prod"));
    QSignalSpy parts(&submitter, &ScanSubmitter::partFinished);
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    // The second call may only leave once the first is answered.
    QList<int> recordedAtPart;
    connect(&submitter, &ScanSubmitter::partFinished, this,
            [&] { recordedAtPart.append(int(scanRequests().size())); });

    QVERIFY(submitter.submit(listOf(count), QStringLiteral("10,242 selected images")));
    QVERIFY(submitter.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!submitter.isRunning());

    QCOMPARE(recordedAtPart, (QList<int>{1, 2}));
    QCOMPARE(parts.count(), 2);
    QCOMPARE(parts.at(0).at(0).toInt(), 0);
    QCOMPARE(parts.at(1).at(0).toInt(), 1);
    QCOMPARE(parts.at(1).at(1).toInt(), 2);
    QVERIFY(!parts.at(0).at(3).toString().isEmpty()); // the request id of the part
    const auto result = finished.first().first().value<ScanSubmitter::Result>();
    QVERIFY(!result.error.isError());
    QCOMPARE(result.partsSent, 2);
    QCOMPARE(result.partCount, 2);
    QCOMPARE(result.accepted, listOf(count).images);
    QVERIFY(!result.allAccepted);

    const QList<RecordedRequest> requests = scanRequests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(requests.at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(requests.at(1).body).object();
    QCOMPARE(first.value(QLatin1String("image_info_list")).toArray().size(), ApiEnums::MaxScanListItems);
    const QJsonArray rest = second.value(QLatin1String("image_info_list")).toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().toObject().value(QLatin1String("image_name")).toString(),
             QStringLiteral("app%1").arg(ApiEnums::MaxScanListItems));

    // Each call is one line of the action log, with its own request id.
    const QList<ActionLogEntry> entries = log.entries();
    QCOMPARE(entries.size(), 2);
    for (const ActionLogEntry &entry : entries) {
        QCOMPARE(entry.operation, QStringLiteral("scan"));
        QCOMPARE(entry.profile, QStringLiteral("prod"));
        QCOMPARE(entry.scope, QStringLiteral("10,242 selected images"));
        QVERIFY(!entry.requestId.isEmpty());
    }
    QVERIFY(entries.at(0).requestId != entries.at(1).requestId);
}

void TestScanSubmitter::scansAllMatchingInOneCall()
{
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    scan.filter.namespaceName = QStringLiteral("team");
    scan.operateAll = true;
    ScanSubmitter submitter(m_client.get());
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    QVERIFY(submitter.submit(scan, QStringLiteral("all")));
    QVERIFY(finished.wait(10000));

    const auto result = finished.first().first().value<ScanSubmitter::Result>();
    QVERIFY(!result.error.isError());
    QVERIFY(result.allAccepted);
    QVERIFY(result.accepted.isEmpty());
    QCOMPARE(result.partsSent, 1);
    const QList<RecordedRequest> requests = scanRequests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(QLatin1String("operate_all")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("namespace")).toString(), QStringLiteral("team"));
}

void TestScanSubmitter::errorInAPartStopsTheRest()
{
    // Three calls; the second fails, so the third is never sent.
    const int count = 2 * ApiEnums::MaxScanListItems + 1;
    ScanSubmitter submitter(m_client.get());
    QSignalSpy parts(&submitter, &ScanSubmitter::partFinished);
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    connect(&submitter, &ScanSubmitter::partFinished, this, [&](int index) {
        if (index == 0) {
            SandboxFaults faults = m_server->faults();
            faults.serverError.next = 1;
            m_server->setFaults(faults);
        }
    });
    QVERIFY(submitter.submit(listOf(count), QStringLiteral("selection")));
    QVERIFY(finished.wait(30000));

    QCOMPARE(scanRequests().size(), 2);
    QCOMPARE(parts.count(), 2);
    QVERIFY(!parts.at(0).at(4).value<HssError>().isError());
    const auto partError = parts.at(1).at(4).value<HssError>();
    QCOMPARE(partError.kind, HssError::Kind::Api);
    QCOMPARE(partError.code, QStringLiteral("HSS.0500"));

    const auto result = finished.first().first().value<ScanSubmitter::Result>();
    QCOMPARE(result.error.kind, HssError::Kind::Api);
    QCOMPARE(result.error.code, QStringLiteral("HSS.0500"));
    QVERIFY(!result.error.requestId.isEmpty());
    QCOMPARE(result.partsSent, 2);
    QCOMPARE(result.partCount, 3);
    QCOMPARE(result.accepted.size(), ApiEnums::MaxScanListItems); // only the first part
}

void TestScanSubmitter::unknownOutcomeIsReportedAndNeverRetried()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::ResetAfterRequest);
    HssClient client;
    client.setConfig(clientConfig(server.url(), m_server->projectId()));

    ScanSubmitter submitter(&client);
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    QVERIFY(submitter.submit(listOf(ApiEnums::MaxScanListItems + 1), QStringLiteral("selection")));
    QVERIFY(finished.wait(30000));

    const auto result = finished.first().first().value<ScanSubmitter::Result>();
    QCOMPARE(result.error.kind, HssError::Kind::OutcomeUnknown);
    QVERIFY(result.accepted.isEmpty());
    QCOMPARE(result.partsSent, 1);
    QCOMPARE(result.partCount, 2);
    // One request: neither resent nor followed by the second part.
    QCOMPARE(server.requests().size(), 1);
}

void TestScanSubmitter::invalidScanSendsNothing()
{
    BatchScanSwrImageRequest scan = listOf(2);
    scan.images[1].imageVersion.clear();
    QVERIFY(!ScanSubmitter::validate(scan).isEmpty());
    ScanSubmitter submitter(m_client.get());
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    QVERIFY(submitter.submit(scan, QStringLiteral("selection")));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<ScanSubmitter::Result>();
    QCOMPARE(result.error.kind, HssError::Kind::InvalidInput);
    QCOMPARE(result.partsSent, 0);
    QVERIFY(scanRequests().isEmpty());
}

void TestScanSubmitter::refusesASecondScanWhileOneRuns()
{
    ScanSubmitter submitter(m_client.get());
    QSignalSpy finished(&submitter, &ScanSubmitter::finished);
    QVERIFY(submitter.submit(listOf(1), QStringLiteral("one")));
    QVERIFY(!submitter.submit(listOf(1), QStringLiteral("again")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(scanRequests().size(), 1);
    QVERIFY(submitter.submit(listOf(1), QStringLiteral("later")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(scanRequests().size(), 2);
}

QTEST_GUILESS_MAIN(TestScanSubmitter)
#include "tst_scansubmitter.moc"
