#include "app/net/retrypolicy.h"

#include <QTest>

Q_DECLARE_METATYPE(HssError)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data();
    void decisions();
    void stopsAtMaxAttempts();
    void backoffGrowsAndIsCapped();
    void jitterStaysWithinHalfAndFull();
    void retryAfterSecondsIsHonoured();
    void retryAfterDateIsHonoured();
    void retryAfterIsBounded();

private:
    static HssError network(QNetworkReply::NetworkError code)
    {
        return HssError::fromNetwork(code, QStringLiteral("x"));
    }
};

void TestRetryPolicy::decisions_data()
{
    QTest::addColumn<HssError>("error");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("retry");

    const HssError throttled = HssError::fromHttp(429, R"({"error_code":"APIG.0308","error_msg":"t"})", {});
    const HssError server = HssError::fromHttp(502, "bad gateway", {});
    const HssError client = HssError::fromHttp(400, R"({"error_code":"HSS.0001","error_msg":"x"})", {});
    const HssError reset = network(QNetworkReply::RemoteHostClosedError);
    const HssError refused = network(QNetworkReply::ConnectionRefusedError);
    const HssError tls = network(QNetworkReply::SslHandshakeFailedError);
    HssError timeout;
    timeout.kind = HssError::Kind::Timeout;

    QTest::newRow("GET 429") << throttled << true << true;
    QTest::newRow("GET 5xx") << server << true << true;
    QTest::newRow("GET 400") << client << true << false;
    QTest::newRow("GET reset") << reset << true << true;
    QTest::newRow("GET timeout") << timeout << true << true;
    QTest::newRow("GET TLS") << tls << true << false;
    QTest::newRow("GET canceled") << HssError::canceled() << true << false;
    QTest::newRow("POST 429") << throttled << false << false;
    QTest::newRow("POST 5xx") << server << false << false;
    QTest::newRow("POST reset (may have arrived)") << reset << false << false;
    QTest::newRow("POST timeout (may have arrived)") << timeout << false << false;
    QTest::newRow("POST refused (never arrived)") << refused << false << true;
}

void TestRetryPolicy::decisions()
{
    QFETCH(HssError, error);
    QFETCH(bool, idempotent);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy().shouldRetry(error, idempotent, 1), retry);
}

void TestRetryPolicy::stopsAtMaxAttempts()
{
    RetryPolicy p;
    p.maxAttempts = 3;
    const HssError e = HssError::fromHttp(503, {}, {});
    QVERIFY(p.shouldRetry(e, true, 2));
    QVERIFY(!p.shouldRetry(e, true, 3));
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(p.delayMs(1, {}, now, 1.0), 100);
    QCOMPARE(p.delayMs(2, {}, now, 1.0), 200);
    QCOMPARE(p.delayMs(3, {}, now, 1.0), 400);
    QCOMPARE(p.delayMs(5, {}, now, 1.0), 1000);
    QCOMPARE(p.delayMs(30, {}, now, 1.0), 1000);
}

void TestRetryPolicy::jitterStaysWithinHalfAndFull()
{
    RetryPolicy p;
    p.baseDelayMs = 400;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(p.delayMs(1, {}, now, 0.0), 200);
    QCOMPARE(p.delayMs(1, {}, now, 0.5), 300);
}

void TestRetryPolicy::retryAfterSecondsIsHonoured()
{
    RetryPolicy p;
    QCOMPARE(p.delayMs(1, "3", QDateTime::currentDateTimeUtc(), 0.0), 3000);
    QCOMPARE(p.delayMs(1, "0", QDateTime::currentDateTimeUtc(), 0.0), p.baseDelayMs / 2);
}

void TestRetryPolicy::retryAfterDateIsHonoured()
{
    RetryPolicy p;
    const QDateTime now(QDate(2026, 1, 2), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(p.delayMs(1, "Fri, 02 Jan 2026 10:00:05 GMT", now, 0.0), 5000);
}

void TestRetryPolicy::retryAfterIsBounded()
{
    RetryPolicy p;
    p.maxRetryAfterMs = 10000;
    QCOMPARE(p.delayMs(1, "3600", QDateTime::currentDateTimeUtc(), 0.0), 10000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
