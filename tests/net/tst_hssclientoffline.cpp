#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/api/listqueryexporttaskrequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/pathsegment.h"
#include "app/net/hssclient.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Client behaviour that needs a socket but no HSS on the other end: refused connections,
// a server that never answers, and requests refused before anything is sent.
class TestHssClientOffline : public QObject
{
    Q_OBJECT

private slots:
    void invalidQueryIsRefusedBeforeSending();
    void incompleteCredentialsAreRefused();
    void idsThatCouldLeaveTheirPathAreRefused();
    void configValuesThatBecomePartOfTheRequestAreValidated();
    void rawRequestsCannotInjectHeaders();
    void refusedGetIsRetriedThenReported();
    void refusedPostIsRetriedBecauseItNeverArrived();
    void silentServerTimesOutAndPostIsNotResent();
    void cancelDuringRetryWaitFinishesAsCanceled();
    void cancelInFlight();
    void failedDownloadLeavesNoFile();
    void downloadRefusesExistingFilesAndLinksBeforeSending();

private:
    static ClientConfig config(quint16 port);
    static quint16 closedPort();
};

ClientConfig TestHssClientOffline::config(quint16 port)
{
    ClientConfig c;
    c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    c.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    c.credentials.accessKey = QStringLiteral("AK");
    c.credentials.secretKey = QStringLiteral("SK");
    c.retry.baseDelayMs = 10;
    c.retry.maxDelayMs = 20;
    return c;
}

quint16 TestHssClientOffline::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes out of scope
}

void TestHssClientOffline::invalidQueryIsRefusedBeforeSending()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HssClient client;
    client.setConfig(config(server.serverPort()));
    ListSwrImageRepositoryRequest query; // no image_type
    query.limit = 5;
    auto *reply = client.send(query);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(reply->error().fieldErrors.size(), 2);
    QCOMPARE(reply->attempts(), 0);
    QVERIFY(!server.hasPendingConnections());
    delete reply;
}

void TestHssClientOffline::incompleteCredentialsAreRefused()
{
    HssClient client;
    ClientConfig c = config(closedPort());
    c.credentials.mode = Credentials::Mode::TemporaryAkSk; // no security token
    client.setConfig(c);
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    auto *reply = client.send(query);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(reply->error().fieldErrors.first().field, QStringLiteral("credentials"));
    delete reply;
}

void TestHssClientOffline::idsThatCouldLeaveTheirPathAreRefused()
{
    QVERIFY(PathSegment::isSafeId(QStringLiteral("94ad7efb-46ed-99bf-dcd8c1c75dc2")));
    QVERIFY(PathSegment::isSafeId(QStringLiteral("file_1.zip")));
    for (const QString &id : {QStringLiteral("../../image/x"), QStringLiteral(".."), QStringLiteral("a/b"),
                              QStringLiteral("a%2Fb"), QStringLiteral(".hidden"), QString(), QString(65, QLatin1Char('a'))})
        QVERIFY2(!PathSegment::isSafeId(id), qPrintable(id));

    HssClient client;
    client.setConfig(config(closedPort()));
    auto *reply = client.send(ListQueryExportTaskRequest{QStringLiteral("../download/x")});
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(reply->attempts(), 0);
    delete reply;
}

void TestHssClientOffline::configValuesThatBecomePartOfTheRequestAreValidated()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto refused = [&](const ClientConfig &c, const QString &field) {
        HssClient client;
        client.setConfig(c);
        bool named = false;
        for (const FieldError &e : client.validateConfig())
            named = named || e.field == field;
        return named;
    };
    ClientConfig good = config(server.serverPort());
    good.regionId = QStringLiteral("cn-north-4");
    good.enterpriseProjectId = QStringLiteral("all_granted_eps");
    {
        HssClient client;
        client.setConfig(good);
        QVERIFY(client.validateConfig().isEmpty());
    }
    for (const QString &projectId : {QStringLiteral(".."), QStringLiteral("."), QStringLiteral("../x"),
                                     QStringLiteral("a/b"), QStringLiteral("a%2Fb"), QStringLiteral("a\r\nb"),
                                     QString(257, QLatin1Char('a'))}) {
        ClientConfig c = good;
        c.projectId = projectId;
        QVERIFY2(refused(c, QStringLiteral("project_id")), qPrintable(projectId));
    }
    for (const QString &region : {QStringLiteral("x\r\nX-Evil: 1"), QStringLiteral("a b"), QString(129, QLatin1Char('a'))}) {
        ClientConfig c = good;
        c.regionId = region;
        QVERIFY2(refused(c, QStringLiteral("region")), qPrintable(region));
    }
    for (const QString &enterprise : {QStringLiteral("0&limit=1"), QStringLiteral("a/b"), QString(257, QLatin1Char('a'))}) {
        ClientConfig c = good;
        c.enterpriseProjectId = enterprise;
        QVERIFY2(refused(c, QStringLiteral("enterprise_project_id")), qPrintable(enterprise));
    }
    for (const QString &endpoint : {QStringLiteral("http://user:pw@127.0.0.1:1"), QStringLiteral("http://127.0.0.1:1/a/../b")}) {
        ClientConfig c = good;
        c.endpoint = QUrl(endpoint);
        QVERIFY2(refused(c, QStringLiteral("endpoint")), qPrintable(endpoint));
    }

    // Nothing leaves the machine with such a value.
    HssClient client;
    ClientConfig bad = good;
    bad.projectId = QStringLiteral("..");
    client.setConfig(bad);
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    auto *reply = client.send(query);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(reply->attempts(), 0);
    QVERIFY(!server.hasPendingConnections());
    delete reply;
}

void TestHssClientOffline::rawRequestsCannotInjectHeaders()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HssClient client;
    client.setConfig(config(server.serverPort()));
    ApiRequest request;
    request.projectScoped = false;
    request.path = QStringLiteral("/v5/x");
    request.extraHeaders.append({QByteArray("X-A"), QByteArray("b\r\nX-Injected: 1")});
    HssReply *reply = client.sendRaw(request);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
    QCOMPARE(reply->attempts(), 0);
    QVERIFY(!server.hasPendingConnections());
    delete reply;

    ApiRequest method;
    method.method = "GET /x HTTP/1.1\r\nX: 1\r\n\r\nGET";
    QVERIFY(!HssClient::validateRawRequest(method).isEmpty());
    ApiRequest fine;
    fine.method = "PATCH";
    fine.extraHeaders.append({QByteArray("X-Trace"), QByteArray("a b\tc")});
    QVERIFY(HssClient::validateRawRequest(fine).isEmpty());
}

void TestHssClientOffline::refusedGetIsRetriedThenReported()
{
    HssClient client;
    client.setConfig(config(closedPort()));
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    auto *reply = client.send(query);
    QSignalSpy retrying(reply, &HssReply::retrying);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attempts(), client.config().retry.maxAttempts);
    QCOMPARE(retrying.size(), client.config().retry.maxAttempts - 1);
    QCOMPARE(reply->error().kind, HssError::Kind::Network);
    QCOMPARE(reply->error().networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(reply->error().toString().contains(QStringLiteral("refused")));
    delete reply;
}

void TestHssClientOffline::refusedPostIsRetriedBecauseItNeverArrived()
{
    HssClient client;
    client.setConfig(config(closedPort()));
    BatchScanSwrImageRequest scan;
    scan.filter.imageType = QStringLiteral("private_image");
    scan.operateAll = true;
    HssReply *reply = client.send(scan);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attempts(), client.config().retry.maxAttempts);
    delete reply;
}

void TestHssClientOffline::silentServerTimesOutAndPostIsNotResent()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [&, socket] { received += socket->readAll(); });
        }
    });
    HssClient client;
    ClientConfig c = config(server.serverPort());
    c.transferTimeoutMs = 300;
    client.setConfig(c);
    BatchExportBaselineTaskRequest request;
    request.operateAll = true;
    request.exportSize = 10;
    auto *reply = client.send(request);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error().kind, HssError::Kind::OutcomeUnknown); // it may have arrived
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(connections, 1);
    QVERIFY(received.startsWith("POST /v5/0123456789abcdef0123456789abcdef/image/baseline/export?export_size=10 "));
    delete reply;
}

void TestHssClientOffline::cancelDuringRetryWaitFinishesAsCanceled()
{
    HssClient client;
    ClientConfig c = config(closedPort());
    c.retry.baseDelayMs = 60000;
    c.retry.maxDelayMs = 60000;
    client.setConfig(c);
    auto *reply = client.send(ListQueryExportTaskRequest{QStringLiteral("task")});
    QSignalSpy retrying(reply, &HssReply::retrying);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(retrying.wait(10000));
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, HssError::Kind::Canceled);
    delete reply;
}

void TestHssClientOffline::cancelInFlight()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HssClient client;
    client.setConfig(config(server.serverPort()));
    auto *reply = client.send(ListQueryExportTaskRequest{QStringLiteral("task")});
    QSignalSpy finished(reply, &HssReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
    reply->cancel();
    QVERIFY(finished.size() == 1 || finished.wait());
    QCOMPARE(reply->error().kind, HssError::Kind::Canceled);
    QCOMPARE(reply->attempts(), 1);
    delete reply;
}

void TestHssClientOffline::failedDownloadLeavesNoFile()
{
    QTemporaryDir dir;
    HssClient client;
    client.setConfig(config(closedPort()));
    const QString path = dir.filePath(QStringLiteral("out.zip"));
    HssReply *reply = client.send(ListDownloadExportedFileRequest{QStringLiteral("file"), path});
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!reply->isOk());
    QVERIFY(reply->savedFilePath().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    delete reply;
}

void TestHssClientOffline::downloadRefusesExistingFilesAndLinksBeforeSending()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    HssClient client;
    client.setConfig(config(server.serverPort()));
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.zip"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep");
    }
    const QString link = dir.filePath(QStringLiteral("link.zip"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere.zip")), link));

    for (const auto &[path, overwrite] : {std::pair{existing, false}, std::pair{link, false}, std::pair{link, true}}) {
        HssReply *reply = client.send(ListDownloadExportedFileRequest{QStringLiteral("file"), path, overwrite});
        QSignalSpy finished(reply, &HssReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->error().kind, HssError::Kind::InvalidInput);
        QCOMPARE(reply->attempts(), 0);
        delete reply;
    }
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere.zip"))));
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep"));
}

QTEST_GUILESS_MAIN(TestHssClientOffline)
#include "tst_hssclientoffline.moc"
