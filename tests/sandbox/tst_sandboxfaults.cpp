#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QString kList = QStringLiteral("image/swr-repository");
const RequestSigner::QueryList kPrivate{
    {QStringLiteral("image_type"), QStringLiteral("private_image")}};

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

// Faults, TLS and the threaded host: everything a client's error handling is tested against.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void throttleNextAnswers429WithRetryAfter();
    void throttleRateLimitsBursts();
    void serverErrorEveryNth();
    void resetAbortsTheConnection();
    void malformedJsonBody();
    void latencyDoesNotBlockTheServer();
    void truncatedDownload();
    void stalledDownload();
    void faultsOnlyTouchTheApi();
    void durationsChangeAtRunTime();
    void httpsUntrustedByDefault();
    void httpsTrustedWithGeneratedCa();
    void hostRunsServerInWorkerThread();

private:
    QString readyFileId();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    SandboxConfig config;
    config.imageCount = 200;
    config.exportRunMs = 0;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(*m_server);
}

void TestSandboxFaults::init()
{
    m_server->reset();
}

QString TestSandboxFaults::readyFileId()
{
    const auto created =
        m_client->send("POST", str("image/baseline/export"), {{str("export_size"), str("100000")}},
                       R"({"operate_all":true})");
    const QString taskId = created.json().value(str("task_id")).toString();
    return m_client->send("GET", str("export-task/") + taskId)
        .json()
        .value(str("file_id"))
        .toString();
}

void TestSandboxFaults::throttleNextAnswers429WithRetryAfter()
{
    const auto set =
        m_client->control("POST", str("faults"), R"({"throttle":{"next":1},"retry_after":3})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(str("throttle")).toObject().value(str("next")).toInt(), 1);

    const auto r = m_client->send("GET", kList, kPrivate);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), str("APIG.0308"));
    QVERIFY(r.errorMessage().startsWith(
        str("The throttling threshold has been reached: policy user over ratelimit,limit:")));
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    QCOMPARE(r.header("X-Request-Id").size(), 32);
    QCOMPARE(m_client->send("GET", kList, kPrivate).status, 200);
}

void TestSandboxFaults::throttleRateLimitsBursts()
{
    SandboxFaults faults;
    faults.throttleRate = 2;
    m_server->setFaults(faults);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(m_client->send("GET", kList, kPrivate).status);
    // Four quick requests overrun a limit of two per second; only "at least once" is asserted so
    // a very slow machine spreading them over seconds cannot make the test flaky.
    QVERIFY2(statuses.contains(429), qPrintable(QString::number(statuses.count(200))));
    QVERIFY(statuses.first() == 200);
}

void TestSandboxFaults::serverErrorEveryNth()
{
    m_server->mergeFaults(QJsonDocument::fromJson(R"({"error_500":{"every":2}})").object());
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(m_client->send("GET", kList, kPrivate).status);
    QCOMPARE(statuses, (QList<int>{200, 500, 200, 500}));
}

void TestSandboxFaults::resetAbortsTheConnection()
{
    // "every" rather than "next 1": Qt silently resends a GET once when a reused keep-alive
    // connection closes without an answer, which would hide a single reset.
    QCOMPARE(m_client->control("POST", str("faults"), R"({"reset":{"every":1}})").status, 200);
    const auto r = m_client->send("GET", kList, kPrivate);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(r.body.isEmpty());
    m_server->setFaults({});
    QCOMPARE(m_client->send("GET", kList, kPrivate).status, 200);
}

void TestSandboxFaults::malformedJsonBody()
{
    QCOMPARE(m_client->control("POST", str("faults"), R"({"malformed_json":{"next":1}})").status,
             200);
    const auto r = m_client->send("GET", kList, kPrivate);
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!r.body.isEmpty());
}

void TestSandboxFaults::latencyDoesNotBlockTheServer()
{
    SandboxFaults faults;
    faults.latencyMs = 400;
    m_server->setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = m_client->start("GET", kList, kPrivate);
    // The control endpoint is not delayed and must answer while the API call waits.
    QCOMPARE(m_client->control("GET", str("state")).status, 200);
    QVERIFY(!slow->isFinished());
    const auto r = SandboxTestClient::wait(slow);
    QCOMPARE(r.status, 200);
    QVERIFY(timer.elapsed() >= 350);
}

void TestSandboxFaults::truncatedDownload()
{
    const QString fileId = readyFileId();
    QVERIFY(!fileId.isEmpty());
    const auto full = m_client->send("GET", str("download/") + fileId);
    QCOMPARE(full.status, 200);

    QCOMPARE(m_client->control("POST", str("faults"), R"({"truncate_download":{"next":1}})").status,
             200);
    const auto cut = m_client->send("GET", str("download/") + fileId);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(cut.contentLength, full.body.size());
    QVERIFY(cut.body.size() < full.body.size());
}

void TestSandboxFaults::stalledDownload()
{
    const QString fileId = readyFileId();
    SandboxFaults faults;
    faults.stallDownload.next = 1;
    m_server->setFaults(faults);
    SandboxTestClient::Options options;
    // Long enough for the archive to be built before the first byte even in the sanitised
    // build on a loaded machine; the stall itself never ends.
    options.transferTimeoutMs = 3000;
    const auto stalled = m_client->send("GET", str("download/") + fileId, {}, {}, options);
    QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
    QVERIFY(stalled.contentLength > stalled.body.size());
    QCOMPARE(m_client->send("GET", str("download/") + fileId).status, 200);
}

void TestSandboxFaults::faultsOnlyTouchTheApi()
{
    SandboxFaults faults;
    faults.serverError.every = 1;
    m_server->setFaults(faults);
    QCOMPARE(m_client->send("GET", kList, kPrivate).status, 500);
    QCOMPARE(m_client->control("GET", str("faults")).status, 200);
    QCOMPARE(m_client->control("POST", str("reset")).status, 200);
    QCOMPARE(m_client->send("GET", kList, kPrivate).status, 200);
}

void TestSandboxFaults::durationsChangeAtRunTime()
{
    const auto slow = m_client->control("POST", str("durations"), R"({"export_run_ms":600000})");
    QCOMPARE(slow.status, 200);
    QCOMPARE(slow.json().value(str("export_run_ms")).toInt(), 600000);
    QCOMPARE(slow.json().value(str("scan_run_ms")).toInt(), m_server->config().scanRunMs);

    const auto created =
        m_client->send("POST", str("image/baseline/export"), {{str("export_size"), str("10")}},
                       R"({"operate_all":true})");
    const QString taskPath = str("export-task/") + created.json().value(str("task_id")).toString();
    QCOMPARE(m_client->send("GET", taskPath).json().value(str("task_status")).toString(),
             str("running"));

    // State is computed when read, so a task under way follows the new duration at once.
    m_server->setDurations(0, 0, 0);
    QCOMPARE(m_client->send("GET", taskPath).json().value(str("task_status")).toString(),
             str("success"));
    QCOMPARE(m_client->control("GET", str("state")).json().value(str("durations")).toObject(),
             m_server->durationsJson());
}

void TestSandboxFaults::httpsUntrustedByDefault()
{
    SandboxConfig config;
    config.imageCount = 50;
    config.tls = true;
    SandboxServer server(config);
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QCOMPARE(server.endpoint().scheme(), str("https"));
    SandboxTestClient client(server.endpoint(), server.projectId());
    const auto r = client.send("GET", kList, kPrivate);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxFaults::httpsTrustedWithGeneratedCa()
{
    SandboxConfig config;
    config.imageCount = 50;
    config.tls = true;
    SandboxServer server(config);
    QVERIFY(server.listen());
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(server.caCertificatePath());
    QCOMPARE(ca.size(), 1);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(ca);
    SandboxTestClient client(server.endpoint(), server.projectId());
    client.setSslConfiguration(ssl);
    const auto r = client.send("GET", kList, kPrivate);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
}

void TestSandboxFaults::hostRunsServerInWorkerThread()
{
    SandboxConfig config;
    config.imageCount = 100;
    SandboxHost host(config);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QVERIFY(host.isRunning());
    QVERIFY(host.server()->thread() != QThread::currentThread());
    QVERIFY(host.endpoint().port() > 0);

    SandboxTestClient client(host.endpoint(), host.server()->projectId());
    QCOMPARE(client.send("GET", kList, kPrivate).status, 200);
    QCOMPARE(host.server()->recentRequests().size(), 1);

    // Steering from this thread while the server lives in its own.
    SandboxFaults faults;
    faults.throttle.next = 1;
    host.server()->setFaults(faults);
    QCOMPARE(client.send("GET", kList, kPrivate).status, 429);
    host.stop();
    QVERIFY(!host.isRunning());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
