#include "app/net/requestsigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void iamTokenSignsNothing();
    void temporaryCredentialsAddSecurityToken();
    void parseDateRoundTrip();

private:
    static QJsonArray loadVectors();
};

QJsonArray TestRequestSigner::loadVectors()
{
    QFile file(QStringLiteral(HSS_TEST_DATA_DIR "/signing-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
}

void TestRequestSigner::vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadVectors();
    QCOMPARE(vectors.size(), 32);
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        QTest::newRow(o.value(QStringLiteral("name")).toString().toUtf8().constData()) << o;
    }
}

void TestRequestSigner::vectors()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject input = vector.value(QStringLiteral("input")).toObject();

    Credentials credentials;
    credentials.accessKey = input.value(QStringLiteral("ak")).toString();
    credentials.secretKey = input.value(QStringLiteral("sk")).toString();
    if (input.contains(QStringLiteral("securityToken"))) {
        credentials.mode = Credentials::Mode::TemporaryAkSk;
        credentials.securityToken = input.value(QStringLiteral("securityToken")).toString();
    }

    RequestSigner::HeaderList headers;
    const QJsonObject inputHeaders = input.value(QStringLiteral("headers")).toObject();
    for (auto it = inputHeaders.begin(); it != inputHeaders.end(); ++it)
        headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});

    const QDateTime date =
        RequestSigner::parseDate(input.value(QStringLiteral("date")).toString().toLatin1());
    QVERIFY(date.isValid());

    const QUrl url = QUrl::fromEncoded(input.value(QStringLiteral("url")).toString().toUtf8());
    const RequestSigner::Signed s = RequestSigner::sign(
        input.value(QStringLiteral("method")).toString().toLatin1(), url, headers,
        input.value(QStringLiteral("body")).toString().toUtf8(), credentials, date);

    QCOMPARE(QString::fromUtf8(s.canonicalRequest),
             vector.value(QStringLiteral("canonical_request")).toString());
    QCOMPARE(QString::fromUtf8(s.stringToSign), vector.value(QStringLiteral("string_to_sign")).toString());
    QCOMPARE(QString::fromUtf8(s.signedHeaders), vector.value(QStringLiteral("signed_headers")).toString());
    QCOMPARE(QString::fromUtf8(s.signature), vector.value(QStringLiteral("signature")).toString());
    QCOMPARE(QString::fromUtf8(s.authorization), vector.value(QStringLiteral("authorization")).toString());
    QCOMPARE(QString::fromUtf8(s.wireUrl.toEncoded()), vector.value(QStringLiteral("wire_url")).toString());

    // What goes on the wire is what was signed: every signed header is among those sent.
    const QJsonObject expectedHeaders = vector.value(QStringLiteral("request_headers")).toObject();
    for (auto it = expectedHeaders.begin(); it != expectedHeaders.end(); ++it) {
        bool found = false;
        for (const auto &h : s.headers) {
            if (h.first.toLower() == it.key().toLower().toUtf8()) {
                QCOMPARE(QString::fromUtf8(h.second), it.value().toString().trimmed());
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(it.key()));
    }
}

void TestRequestSigner::iamTokenSignsNothing()
{
    Credentials credentials;
    credentials.mode = Credentials::Mode::IamToken;
    credentials.authToken = QStringLiteral("token-value");
    const auto s = RequestSigner::sign("GET", QUrl(QStringLiteral("https://hss.cn-north-4.myhuaweicloud.com/v5/p/image/swr-repository?limit=10")),
                                       {{"X-Project-Id", "p"}}, {}, credentials,
                                       QDateTime::currentDateTimeUtc());
    QVERIFY(s.authorization.isEmpty());
    QVERIFY(s.sdkDate.isEmpty());
    bool hasToken = false;
    for (const auto &h : s.headers) {
        QVERIFY(h.first != "Authorization" && h.first != "X-Sdk-Date");
        hasToken = hasToken || (h.first == "X-Auth-Token" && h.second == "token-value");
    }
    QVERIFY(hasToken);
}

void TestRequestSigner::temporaryCredentialsAddSecurityToken()
{
    Credentials credentials;
    credentials.mode = Credentials::Mode::TemporaryAkSk;
    credentials.accessKey = QStringLiteral("AK");
    credentials.secretKey = QStringLiteral("SK");
    credentials.securityToken = QStringLiteral("ST");
    const auto s = RequestSigner::sign("GET", QUrl(QStringLiteral("http://127.0.0.1:9/x")), {}, {},
                                       credentials, QDateTime::currentDateTimeUtc());
    QCOMPARE(s.signedHeaders, QByteArray("host;x-sdk-date;x-security-token"));
    QVERIFY(s.canonicalRequest.contains("host:127.0.0.1:9\n"));
}

void TestRequestSigner::parseDateRoundTrip()
{
    const QDateTime t(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(RequestSigner::formatDate(t), QByteArray("20241231T235959Z"));
    QCOMPARE(RequestSigner::parseDate("20241231T235959Z"), t);
    QVERIFY(!RequestSigner::parseDate("2024-12-31T23:59:59Z").isValid());
    QVERIFY(!RequestSigner::parseDate("20241331T235959Z").isValid());
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
