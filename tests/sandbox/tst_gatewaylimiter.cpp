#include "sandbox/gatewaylimiter.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxtestclient.h"

#include <QTest>

#include <memory>

namespace {

const QString kList = QStringLiteral("image/swr-repository");
const RequestSigner::QueryList kPrivate{{QStringLiteral("image_type"), QStringLiteral("private_image")}};

} // namespace

// The gateway's limits: the class on made-up times, then the sandbox answering over sockets.
class TestGatewayLimiter : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault();
    void perUserAndOperation();
    void windowSlides();
    void overallLimitCountsEveryUser();
    void userIsTheAccessKeyOrTheToken();
    void sandboxThrottlesLikeTheGateway();
};

void TestGatewayLimiter::offByDefault()
{
    GatewayLimiter limiter;
    QVERIFY(!limiter.isOn());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 0).admitted);
}

void TestGatewayLimiter::perUserAndOperation()
{
    GatewayLimiter limiter(CallRate::documented());
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 1000 + i).admitted);
    const GatewayLimiter::Verdict refused = limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 2000);
    QVERIFY(!refused.admitted);
    QCOMPARE(refused.limit, 5);
    QCOMPARE(refused.retryAfterSeconds, 59); // the first call leaves the window at 61,000
    QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("task"), 2000).admitted);
    QVERIFY(limiter.admit(QStringLiteral("other AK"), QStringLiteral("list"), 2000).admitted);
    QCOMPARE(limiter.periodText(), QStringLiteral("1 minute"));
}

void TestGatewayLimiter::windowSlides()
{
    GatewayLimiter limiter(*CallRate::parse(QStringLiteral("2/s")));
    QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 0).admitted);
    QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 500).admitted);
    QVERIFY(!limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 999).admitted);
    // Refused calls do not count: at 1000 the call at 0 has left the window.
    QVERIFY(limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 1000).admitted);
    QVERIFY(!limiter.admit(QStringLiteral("AK"), QStringLiteral("list"), 1400).admitted);
    QCOMPARE(limiter.periodText(), QStringLiteral("1 second"));
}

void TestGatewayLimiter::overallLimitCountsEveryUser()
{
    GatewayLimiter limiter(*CallRate::parse(QStringLiteral("1/s")));
    for (int user = 0; user < GatewayLimiter::OverallFactor; ++user)
        QVERIFY(limiter.admit(QString::number(user), QStringLiteral("list"), 10).admitted);
    const GatewayLimiter::Verdict refused = limiter.admit(QStringLiteral("new"), QStringLiteral("list"), 10);
    QVERIFY(!refused.admitted);
    QCOMPARE(refused.limit, GatewayLimiter::OverallFactor);
    QVERIFY(limiter.admit(QStringLiteral("new"), QStringLiteral("task"), 10).admitted);
}

void TestGatewayLimiter::userIsTheAccessKeyOrTheToken()
{
    QCOMPARE(GatewayLimiter::userOf({{"Authorization", "SDK-HMAC-SHA256 Access=AKONE, SignedHeaders=x, Signature=y"}}),
             QStringLiteral("AKONE"));
    const QString token = GatewayLimiter::userOf({{"X-Auth-Token", "secret-token"}});
    QCOMPARE(token.size(), 64);
    QVERIFY(!token.contains(QStringLiteral("secret")));
}

void TestGatewayLimiter::sandboxThrottlesLikeTheGateway()
{
    SandboxConfig config;
    config.imageCount = 50;
    config.gatewayLimits = CallRate::documented();
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(client.send("GET", kList, kPrivate).status, 200);
    const SandboxTestClient::Response refused = client.send("GET", kList, kPrivate);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("APIG.0308"));
    QCOMPARE(refused.errorMessage(),
             QStringLiteral("The throttling threshold has been reached: policy user over ratelimit,limit:5,time:1 minute"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 55 && retryAfter <= 60, refused.header("Retry-After").constData());
    QCOMPARE(refused.header("X-Request-Id").size(), 32);

    // Another user, and another operation of the same user, have budgets of their own.
    SandboxTestClient::Options temporary;
    temporary.credentials = SandboxTestClient::temporaryCredentials();
    QCOMPARE(client.send("GET", kList, kPrivate, {}, temporary).status, 200);
    QCOMPARE(client.send("GET", QStringLiteral("export-task/unknown")).errorCode(), QStringLiteral("HSS.0011"));

    // The record says what each request was answered, so a test can count what got through.
    const QList<RecordedRequest> recorded = server.recentRequests();
    QCOMPARE(recorded.size(), 8);
    QCOMPARE(recorded.at(4).status, 200);
    QCOMPARE(recorded.at(5).status, 429);
    QCOMPARE(recorded.at(5).toJson().value(QStringLiteral("status")).toInt(), 429);
    QCOMPARE(recorded.at(7).status, 400);
}

QTEST_GUILESS_MAIN(TestGatewayLimiter)
#include "tst_gatewaylimiter.moc"
