#include "app/net/hsserror.h"

#include <QTest>

class TestHssError : public QObject
{
    Q_OBJECT

private slots:
    void bodyShapes_data();
    void bodyShapes();
    void requestIdFromBodyWhenHeaderMissing();
    void encodedAuthorizationMessageIsKept();
    void emptyBodyStillExplains();
    void toStringNamesCodeMessageAndRequestId();
    void invalidInputListsFields();
    void networkErrorsReadAsSentences();
    void throttling();
};

void TestHssError::bodyShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("hss") << QByteArray(R"({"error_code":"HSS.0001","error_msg":"invalid param"})")
                         << "HSS.0001" << "invalid param";
    QTest::newRow("code/message") << QByteArray(R"({"code":"APIGW.0101","message":"no api"})")
                                  << "APIGW.0101" << "no api";
    QTest::newRow("nested") << QByteArray(R"({"error":{"code":"IAM.0001","message":"bad token","title":"x"}})")
                            << "IAM.0001" << "bad token";
    QTest::newRow("details array") << QByteArray(R"({"details":[{"error_code":"HSS.0011","error_msg":"gone"}]})")
                                   << "HSS.0011" << "gone";
    QTest::newRow("numeric code") << QByteArray(R"({"code":403,"message":"denied"})") << "403" << "denied";
    QTest::newRow("empty error_msg falls back") << QByteArray(R"({"error_code":"X","error_msg":"","code":"Y","message":"m"})")
                                                << "Y" << "m";
    QTest::newRow("plain text") << QByteArray("  upstream connect error  ") << "" << "upstream connect error";
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << ""
                          << "<html><body>502 Bad Gateway</body></html>";
    QTest::newRow("json without error fields") << QByteArray(R"({"foo":"bar"})") << "" << R"({"foo":"bar"})";
}

void TestHssError::bodyShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const HssError e = HssError::fromHttp(400, body, QStringLiteral("rid-1"));
    QCOMPARE(e.kind, HssError::Kind::Api);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, QStringLiteral("rid-1"));
}

void TestHssError::requestIdFromBodyWhenHeaderMissing()
{
    const HssError e = HssError::fromHttp(
        500, R"({"error_code":"HSS.0041","error_msg":"x","request_id":"abc"})", QString());
    QCOMPARE(e.requestId, QStringLiteral("abc"));
}

void TestHssError::encodedAuthorizationMessageIsKept()
{
    const HssError e = HssError::fromHttp(
        403, R"({"error_code":"IAM.0002","error_msg":"denied","encoded_authorization_message":"ENC"})",
        QStringLiteral("r"));
    QCOMPARE(e.detail, QStringLiteral("ENC"));
    QVERIFY(e.toString().contains(QStringLiteral("ENC")));
}

void TestHssError::emptyBodyStillExplains()
{
    const HssError e = HssError::fromHttp(503, {}, {});
    QVERIFY(e.message.contains(QStringLiteral("503")));
}

void TestHssError::toStringNamesCodeMessageAndRequestId()
{
    const HssError e = HssError::fromHttp(400, R"({"error_code":"HSS.0001","error_msg":"bad limit"})",
                                          QStringLiteral("0123abcd"));
    const QString text = e.toString();
    QVERIFY(text.contains(QStringLiteral("HSS.0001")));
    QVERIFY(text.contains(QStringLiteral("bad limit")));
    QVERIFY(text.contains(QStringLiteral("0123abcd")));
    QVERIFY(text.contains(QStringLiteral("400")));
}

void TestHssError::invalidInputListsFields()
{
    const HssError e = HssError::invalidInput({{QStringLiteral("limit"), QStringLiteral("is too big")},
                                               {QStringLiteral("image_type"), QStringLiteral("is required")}});
    QVERIFY(e.isError());
    QVERIFY(e.toString().contains(QStringLiteral("limit is too big")));
    QVERIFY(e.toString().contains(QStringLiteral("image_type is required")));
}

void TestHssError::networkErrorsReadAsSentences()
{
    QCOMPARE(HssError::fromNetwork(QNetworkReply::SslHandshakeFailedError, {}).kind, HssError::Kind::Tls);
    QCOMPARE(HssError::fromNetwork(QNetworkReply::ConnectionRefusedError, {}).kind, HssError::Kind::Network);
    QCOMPARE(HssError::fromNetwork(QNetworkReply::TimeoutError, {}).kind, HssError::Kind::Timeout);
    QCOMPARE(HssError::fromNetwork(QNetworkReply::OperationCanceledError, {}).kind, HssError::Kind::Canceled);
    QVERIFY(HssError::fromNetwork(QNetworkReply::HostNotFoundError, {}).toString().contains(QStringLiteral("resolved")));
}

void TestHssError::throttling()
{
    QVERIFY(HssError::fromHttp(429, {}, {}).isThrottling());
    QVERIFY(HssError::fromHttp(400, R"({"error_code":"APIG.0308","error_msg":"limit"})", {}).isThrottling());
    QVERIFY(!HssError::fromHttp(400, R"({"error_code":"HSS.0001","error_msg":"x"})", {}).isThrottling());
}

QTEST_GUILESS_MAIN(TestHssError)
#include "tst_hsserror.moc"
