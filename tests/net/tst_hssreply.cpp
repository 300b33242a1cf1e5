#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/createimagesynchronizetaskrequest.h"
#include "app/api/listqueryexporttaskrequest.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/runimagesynchronizerequest.h"
#include "app/net/hssclient.h"
#include "tests/support/hostileserver.h"

#include <QSignalSpy>
#include <QTest>

// HssReply against servers that misbehave on the wire: a connection reset right after the
// request was read, an answer dripping one byte at a time, bodies far over the cap.
class TestHssReply : public QObject
{
    Q_OBJECT

private slots:
    void billedCallReachesTheServerAtMostOnce_data();
    void billedCallReachesTheServerAtMostOnce();
    void readIsRetriedAfterAReset();
    void drippingAnswerIsCutByTheDeadline();
    void announcedOversizedBodyIsNotRead();
    void floodWithoutLengthIsAbortedAtTheCap();
    void hugeErrorMessageIsShownTruncated();
    void answerNotMatchingItsSchemaIsABadResponse_data();
    void answerNotMatchingItsSchemaIsABadResponse();

private:
    static ClientConfig config(const HostileServer &server);
    static HssReply *listImages(HssClient &client);
};

ClientConfig TestHssReply::config(const HostileServer &server)
{
    ClientConfig c;
    c.endpoint = server.url();
    c.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    c.credentials.accessKey = QStringLiteral("AK");
    c.credentials.secretKey = QStringLiteral("SK");
    c.retry.baseDelayMs = 10;
    c.retry.maxDelayMs = 20;
    c.transferTimeoutMs = 10000;
    return c;
}

HssReply *TestHssReply::listImages(HssClient &client)
{
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    return client.send(query);
}

void TestHssReply::billedCallReachesTheServerAtMostOnce_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("scan") << QStringLiteral("scan");
    QTest::newRow("export") << QStringLiteral("export");
    QTest::newRow("sync") << QStringLiteral("sync");
    QTest::newRow("sync task") << QStringLiteral("synctask");
}

void TestHssReply::billedCallReachesTheServerAtMostOnce()
{
    QFETCH(QString, operation);
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::ResetAfterRequest);
    HssClient client;
    client.setConfig(config(server));

    HssReply *reply = nullptr;
    if (operation == QLatin1String("scan")) {
        BatchScanSwrImageRequest scan;
        scan.filter.imageType = QStringLiteral("private_image");
        scan.operateAll = true;
        reply = client.send(scan);
    } else if (operation == QLatin1String("export")) {
        BatchExportBaselineTaskRequest request;
        request.operateAll = true;
        request.exportSize = 10;
        reply = client.send(request);
    } else if (operation == QLatin1String("sync")) {
        reply = client.send(RunImageSynchronizeRequest{QStringLiteral("private_image")});
    } else {
        CreateImageSynchronizeTaskRequest request;
        request.syncAllRegistries = true;
        reply = client.send(request);
    }
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));

    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().constFirst().startsWith("POST /v5/"));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(reply->error().kind, HssError::Kind::OutcomeUnknown);
    QVERIFY2(reply->error().toString().contains(QStringLiteral("may have been sent; check before retrying")),
             qPrintable(reply->error().toString()));
    delete reply;
}

void TestHssReply::readIsRetriedAfterAReset()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::ResetAfterRequest);
    HssClient client;
    client.setConfig(config(server));
    HssReply *reply = listImages(client);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attempts(), client.config().retry.maxAttempts);
    QVERIFY(server.requests().size() >= client.config().retry.maxAttempts);
    QCOMPARE(reply->error().kind, HssError::Kind::Network);
    delete reply;
}

void TestHssReply::drippingAnswerIsCutByTheDeadline()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::Drip);
    server.setAnswer(200, QByteArray(600, ' ') + R"({"total_num":0,"data_list":[]})");
    server.setDripIntervalMs(20); // 12 s for the whole answer, far more than the deadline
    HssClient client;
    ClientConfig c = config(server);
    c.transferTimeoutMs = 1000; // the drip keeps this idle timer happy
    c.requestDeadlineMs = 1500;
    client.setConfig(c);
    HssReply *reply = listImages(client);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(6000));
    QCOMPARE(reply->error().kind, HssError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 1); // a deadline is not retried
    QVERIFY(server.bodyBytesWritten() > 0);
    QVERIFY(server.bodyBytesWritten() < 600);
    delete reply;
}

void TestHssReply::announcedOversizedBodyIsNotRead()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::Flood);
    server.setFlood(200LL * 1024 * 1024, true);
    HssClient client;
    ClientConfig c = config(server);
    c.maxResponseBytes = 8 * 1024 * 1024;
    client.setConfig(c);
    HssReply *reply = listImages(client);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidResponse);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(reply->body().isEmpty());
    // Refused on the headers: what got through is what the sockets held, not the cap.
    QVERIFY2(server.bodyBytesWritten() < c.maxResponseBytes, qPrintable(QString::number(server.bodyBytesWritten())));
    delete reply;
}

void TestHssReply::floodWithoutLengthIsAbortedAtTheCap()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.setBehaviour(HostileServer::Behaviour::Flood);
    server.setFlood(200LL * 1024 * 1024, false);
    HssClient client;
    ClientConfig c = config(server);
    c.maxResponseBytes = 8 * 1024 * 1024;
    client.setConfig(c);
    HssReply *reply = listImages(client);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidResponse);
    QVERIFY(reply->body().isEmpty());
    constexpr qint64 buffers = 8 * 1024 * 1024; // Qt's read buffer and both sockets' kernel buffers
    QVERIFY2(server.bodyBytesWritten() < c.maxResponseBytes + buffers,
             qPrintable(QString::number(server.bodyBytesWritten())));
    delete reply;
}

void TestHssReply::hugeErrorMessageIsShownTruncated()
{
    HostileServer server;
    QVERIFY(server.listen());
    const QByteArray message(20 * 1024 * 1024, 'm');
    server.setAnswer(400, R"({"error_code":"HSS.0001","error_msg":")" + message + "\"}");
    HssClient client;
    client.setConfig(config(server));
    HssReply *reply = listImages(client);
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(20000));
    const HssError &error = reply->error();
    QCOMPARE(error.kind, HssError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("HSS.0001"));
    QCOMPARE(error.message.size(), HssError::kMaxDisplayLength);
    QVERIFY(error.message.endsWith(QChar(0x2026)));
    QVERIFY(error.toString().size() < 1200);
    QVERIFY(error.toString().contains(QStringLiteral("hostile-1")));
    delete reply;
}

void TestHssReply::answerNotMatchingItsSchemaIsABadResponse_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("field");
    QTest::newRow("export task_id a number") << QStringLiteral("export")
                                             << QByteArray(R"({"task_id":7,"record_total_num":1})") << QStringLiteral("task_id");
    QTest::newRow("export {}") << QStringLiteral("export") << QByteArray("{}") << QStringLiteral("task_id");
    QTest::newRow("export empty") << QStringLiteral("export") << QByteArray() << QStringLiteral("task_id");
    QTest::newRow("list negative total") << QStringLiteral("list")
                                         << QByteArray(R"({"total_num":-5,"data_list":[]})") << QStringLiteral("total_num");
    QTest::newRow("list id a string") << QStringLiteral("list")
                                      << QByteArray(R"({"total_num":1,"data_list":[{"id":"x"}]})")
                                      << QStringLiteral("data_list[0].id");
    QTest::newRow("task {}") << QStringLiteral("task") << QByteArray("{}") << QStringLiteral("task_status");
    QTest::newRow("task success without file") << QStringLiteral("task")
                                               << QByteArray(R"({"task_status":"success"})") << QStringLiteral("file_id");
    QTest::newRow("sync {}") << QStringLiteral("sync") << QByteArray("{}") << QStringLiteral("error_code");
}

void TestHssReply::answerNotMatchingItsSchemaIsABadResponse()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, answer);
    QFETCH(QString, field);
    HostileServer server;
    QVERIFY(server.listen());
    server.setAnswer(200, answer);
    HssClient client;
    client.setConfig(config(server));
    HssReply *reply = nullptr;
    if (operation == QLatin1String("export")) {
        BatchExportBaselineTaskRequest request;
        request.operateAll = true;
        request.exportSize = 10;
        reply = client.send(request);
    } else if (operation == QLatin1String("list")) {
        reply = listImages(client);
    } else if (operation == QLatin1String("task")) {
        reply = client.send(ListQueryExportTaskRequest{QStringLiteral("task-1")});
    } else {
        reply = client.send(RunImageSynchronizeRequest{QStringLiteral("private_image")});
    }
    QSignalSpy finished(reply, &HssReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->error().kind, HssError::Kind::InvalidResponse);
    QCOMPARE(reply->error().fieldErrors.constFirst().field, field);
    const QString text = reply->error().toString();
    QVERIFY2(text.contains(field) && text.contains(QStringLiteral("hostile-1")), qPrintable(text));
    QCOMPARE(server.requests().size(), 1);
    delete reply;
}

QTEST_GUILESS_MAIN(TestHssReply)
#include "tst_hssreply.moc"
