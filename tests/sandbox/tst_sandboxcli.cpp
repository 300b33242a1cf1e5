#include "sandbox/sandboxcredentials.h"
#include "tests/support/sandboxtestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QString sandboxBinary()
{
    return QStringLiteral(HSS_BUILD_DIR "/sandbox/hss-sandbox");
}

} // namespace

// The executable as developers and the CLI's end-to-end scripts start it: options reach the
// server and the banner tells a client everything it needs.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void bannerShowsEndpointAndCredentials();
    void faultOptionsReachTheServer();
    void gatewayLimitsReachTheServer();
};

void TestSandboxCli::bannerShowsEndpointAndCredentials()
{
    QProcess process;
    process.start(sandboxBinary(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--images"),
                   QStringLiteral("100000"), QStringLiteral("--exit-after-start")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:\\d+"))
                 .match(out)
                 .hasMatch(),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("images:         100000")));
    for (const char *value : {SandboxCredentials::ProjectId, SandboxCredentials::AccessKey,
                              SandboxCredentials::SecretKey, SandboxCredentials::TemporaryAccessKey,
                              SandboxCredentials::SecurityToken, SandboxCredentials::IamToken})
        QVERIFY2(out.contains(QLatin1String(value)), value);
    QVERIFY2(QRegularExpression(QStringLiteral("control token:  [0-9a-f]{64} \\(header "
                                               "X-Sandbox-Control-Token\\)"))
                 .match(out)
                 .hasMatch(),
             qPrintable(out));
}

void TestSandboxCli::faultOptionsReachTheServer()
{
    QProcess process;
    process.start(sandboxBinary(),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--images"),
                   QStringLiteral("100"), QStringLiteral("--error-500-every"),
                   QStringLiteral("2")});
    QVERIFY(process.waitForStarted());
    QString out;
    const QRegularExpression endpoint(QStringLiteral("listening on (http://\\S+)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()), endpoint.match(out).hasMatch()),
        15000);

    SandboxTestClient client(QUrl(endpoint.match(out).captured(1)),
                             QLatin1String(SandboxCredentials::ProjectId));
    const RequestSigner::QueryList query{
        {QStringLiteral("image_type"), QStringLiteral("private_image")}};
    QCOMPARE(client.send("GET", QStringLiteral("image/swr-repository"), query).status, 200);
    QCOMPARE(client.send("GET", QStringLiteral("image/swr-repository"), query).status, 500);

    // Control takes the token from the banner and nothing else.
    QCOMPARE(client.control("GET", QStringLiteral("faults")).status, 401);
    const QRegularExpression token(QStringLiteral("control token:  (\\S+)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()), token.match(out).hasMatch()),
        15000);
    client.setControlToken(token.match(out).captured(1).toLatin1());
    const auto faults = client.control("GET", QStringLiteral("faults"));
    QCOMPARE(faults.status, 200);
    QCOMPARE(faults.json().value(QStringLiteral("error_500")).toObject().value(
                 QStringLiteral("every")).toInt(),
             2);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxCli::gatewayLimitsReachTheServer()
{
    QProcess refused;
    refused.start(sandboxBinary(), {QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--gateway-limits"), QStringLiteral("lots")});
    QVERIFY(refused.waitForFinished(30000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY(refused.readAllStandardError().contains("--gateway-limits"));

    QProcess process;
    process.start(sandboxBinary(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--images"),
                                    QStringLiteral("100"), QStringLiteral("--gateway-limits"),
                                    QStringLiteral("2/min")});
    QVERIFY(process.waitForStarted());
    QString out;
    const QRegularExpression endpoint(QStringLiteral("listening on (http://\\S+)"));
    const QRegularExpression limits(QStringLiteral("gateway limits: 2/min"));
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()),
                              endpoint.match(out).hasMatch() && limits.match(out).hasMatch()),
                             15000);
    SandboxTestClient client(QUrl(endpoint.match(out).captured(1)),
                             QLatin1String(SandboxCredentials::ProjectId));
    const RequestSigner::QueryList query{{QStringLiteral("image_type"), QStringLiteral("private_image")}};
    QCOMPARE(client.send("GET", QStringLiteral("image/swr-repository"), query).status, 200);
    QCOMPARE(client.send("GET", QStringLiteral("image/swr-repository"), query).status, 200);
    const SandboxTestClient::Response throttled = client.send("GET", QStringLiteral("image/swr-repository"), query);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), QStringLiteral("APIG.0308"));
    QVERIFY(!throttled.header("Retry-After").isEmpty());

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
