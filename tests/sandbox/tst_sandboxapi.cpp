#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "sandbox/baselinearchive.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QString kList = QStringLiteral("image/swr-repository");
const QString kScan = QStringLiteral("image/batch-scan");
const QString kExport = QStringLiteral("image/baseline/export");
const QString kSync = QStringLiteral("image/synchronize");

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A request head as any local process could send it, without a client library that might
// refuse or reshape it.
QByteArray rawHead(const SandboxServer &server, const QByteArray &extraHeaders)
{
    return "POST /v5/" + server.projectId().toUtf8() + "/image/batch-scan HTTP/1.1\r\nHost: "
        + server.endpoint().authority().toUtf8()
        + "\r\nContent-Type: application/json\r\n" + extraHeaders + "\r\n";
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void unknownRouteIs404WithRequestId();
    void listReturnsAPageInIdOrder();
    void listPagesWithOffsetAndLimit();
    void listFilters_data();
    void listFilters();
    void recordedQueryIsExactlyWhatWasSent();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void authRejected_data();
    void authRejected();
    void authAccepted_data();
    void authAccepted();
    void awkwardQueryVerifies_data();
    void awkwardQueryVerifies();
    void unsignedPayloadSkipsTheBodyHash();
    void scanMovesThroughStatesToFinal();
    void scanOperateAllUsesFilterAndFailsBrokenImages();
    void exportRunsThenSucceedsAndDownloads();
    void exportFailsOnRequest();
    void exportIsCappedByExportSize();
    void statisticCountsWhatTheExportWrites();
    void statisticNeedsRegionAndReportType();
    void localImagesAreExportedByImageId();
    void unknownTaskAndFileAreErrors();
    void synchronizeAddsImages();
    void sameSeedSameFirstPage();
    void hundredThousandImages();
    void concurrentClientsGetTheSinglethreadedPages();
    void controlStateRedactsSecrets();
    void controlNeedsTheToken();
    void oversizedBodyIsRefusedFromItsHeader();
    void oversizedBodyFromAClientGets413();
    void chunkedBodyIsRefused();
    void recordsStayBounded();

private:
    SandboxTestClient::Response list(const RequestSigner::QueryList &query);
    QList<ImageInfo> images(const RequestSigner::QueryList &query);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxApi::initTestCase()
{
    SandboxConfig config;
    config.imageCount = 400;
    config.seed = 7;
    config.scanQueueMs = 100;
    config.scanRunMs = 100;
    config.exportRunMs = 150;
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(*m_server);
}

void TestSandboxApi::init()
{
    m_server->reset();
}

SandboxTestClient::Response TestSandboxApi::list(const RequestSigner::QueryList &query)
{
    return m_client->send("GET", kList, query);
}

QList<ImageInfo> TestSandboxApi::images(const RequestSigner::QueryList &query)
{
    const SandboxTestClient::Response r = list(query);
    if (r.status != 200)
        qWarning() << r.status << r.body;
    return ListSwrImageRepositoryResponse::fromJson(r.json()).images;
}

void TestSandboxApi::unknownRouteIs404WithRequestId()
{
    const auto r = m_client->send("GET", QStringLiteral("image/nothing-here"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), str("APIGW.0101"));
    QCOMPARE(r.errorMessage(),
             str("The API does not exist or has not been published in the environment"));
    QVERIFY(QRegularExpression(str("^[0-9a-f]{32}$"))
                .match(QString::fromLatin1(r.header("X-Request-Id")))
                .hasMatch());

    // Method matters too.
    QCOMPARE(m_client->send("POST", kList, {}, "{}").status, 404);
}

void TestSandboxApi::listReturnsAPageInIdOrder()
{
    const auto r = list({{str("image_type"), str("private_image")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const auto first = r.header("X-Request-Id");
    QCOMPARE(first.size(), 32);
    QVERIFY(list({{str("image_type"), str("private_image")}}).header("X-Request-Id") != first);

    const QJsonObject o = r.json();
    QVERIFY(o.value(str("total_num")).toInt() > 10);
    const QJsonArray items = o.value(str("data_list")).toArray();
    QCOMPARE(items.size(), 10); // default limit
    qint64 previous = -1;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        for (const char *key : {"id", "namespace", "image_name", "image_id", "image_digest",
                                "image_version", "image_type", "latest_version", "scan_status",
                                "image_size", "latest_update_time", "vul_num", "scannable"})
            QVERIFY2(item.contains(QLatin1String(key)), key);
        QCOMPARE(item.value(str("image_type")).toString(), str("private_image"));
        const qint64 id = item.value(str("id")).toInteger();
        QVERIFY(id > previous);
        previous = id;
    }
}

void TestSandboxApi::listPagesWithOffsetAndLimit()
{
    const auto all = images({{str("image_type"), str("shared_image")}, {str("limit"), str("200")}});
    const auto page = images({{str("image_type"), str("shared_image")},
                              {str("offset"), str("5")},
                              {str("limit"), str("10")}});
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.first().id, all.at(5).id);
    QCOMPARE(page.last().id, all.at(14).id);
    QVERIFY(images({{str("image_type"), str("shared_image")}, {str("offset"), str("2000000")}})
                .isEmpty());
}

void TestSandboxApi::listFilters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("imageType");
    QTest::newRow("namespace substring") << str("namespace") << str("team") << str("private_image");
    QTest::newRow("image_name substring")
        << str("image_name") << str("service") << str("private_image");
    QTest::newRow("image_version substring")
        << str("image_version") << str("alpine") << str("private_image");
    QTest::newRow("scan_status failed")
        << str("scan_status") << str("failed") << str("private_image");
    QTest::newRow("scan_status unscan")
        << str("scan_status") << str("unscan") << str("shared_image");
    QTest::newRow("latest_version") << str("latest_version") << str("true") << str("private_image");
    QTest::newRow("has_vul true") << str("has_vul") << str("true") << str("private_image");
    QTest::newRow("has_vul false") << str("has_vul") << str("false") << str("private_image");
    QTest::newRow("has_unsafe_setting")
        << str("has_unsafe_setting") << str("true") << str("private_image");
    QTest::newRow("image_size at most")
        << str("image_size") << str("500000000") << str("private_image");
    QTest::newRow("instance_name")
        << str("instance_name") << str("swr-ee-prod") << str("instance_image");
    QTest::newRow("start_latest_update_time")
        << str("start_latest_update_time") << str("1760000000000") << str("private_image");
    QTest::newRow("end_latest_scan_time")
        << str("end_latest_scan_time") << str("1760000000000") << str("private_image");
}

void TestSandboxApi::listFilters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, imageType);
    const auto unfiltered =
        list({{str("image_type"), imageType}}).json().value(str("total_num")).toInt();
    const auto r = list({{str("image_type"), imageType}, {key, value}, {str("limit"), str("200")}});
    QCOMPARE(r.status, 200);
    const int total = r.json().value(str("total_num")).toInt();
    QVERIFY2(total > 0, "the generated data must exercise every filter");
    QVERIFY(total < unfiltered);
    const auto page = ListSwrImageRepositoryResponse::fromJson(r.json()).images;
    for (const ImageInfo &i : page) {
        QCOMPARE(i.imageType, imageType);
        if (key == str("namespace"))
            QVERIFY(i.namespaceName.contains(value));
        else if (key == str("image_name"))
            QVERIFY(i.imageName.contains(value));
        else if (key == str("image_version"))
            QVERIFY(i.imageVersion.contains(value));
        else if (key == str("scan_status"))
            QCOMPARE(i.scanStatus, value);
        else if (key == str("latest_version"))
            QVERIFY(i.latestVersion);
        else if (key == str("has_vul"))
            QCOMPARE(i.vulNum > 0, value == str("true"));
        else if (key == str("has_unsafe_setting"))
            QVERIFY(i.unsafeSettingNum > 0);
        else if (key == str("image_size"))
            QVERIFY(i.imageSize <= value.toLongLong());
        else if (key == str("instance_name"))
            QCOMPARE(i.instanceName, value);
        else if (key == str("start_latest_update_time"))
            QVERIFY(i.latestUpdateTime >= value.toLongLong());
        else if (key == str("end_latest_scan_time"))
            QVERIFY(i.latestScanTime > 0 && i.latestScanTime <= value.toLongLong());
        if (i.scanStatus == str("failed"))
            QVERIFY(!i.scanFailedDesc.isEmpty());
        if (i.imageType == str("instance_image"))
            QVERIFY(!i.instanceId.isEmpty() && !i.instanceUrl.isEmpty());
    }
}

void TestSandboxApi::recordedQueryIsExactlyWhatWasSent()
{
    m_server->clearRecentRequests();
    const RequestSigner::QueryList query = {{str("image_type"), str("private_image")},
                                            {str("namespace"), str("团队-c a+b/~*")},
                                            {str("limit"), str("20")},
                                            {str("has_vul"), str("true")}};
    QCOMPARE(list(query).status, 200);
    const QList<RecordedRequest> recorded = m_server->recentRequests();
    QCOMPARE(recorded.size(), 1);
    const RecordedRequest &r = recorded.first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v5/%1/image/swr-repository").arg(m_server->projectId()));
    QCOMPARE(r.queryValue(str("namespace")), str("团队-c a+b/~*"));
    auto sorted = query;
    std::sort(sorted.begin(), sorted.end());
    auto received = r.query;
    std::sort(received.begin(), received.end());
    QCOMPARE(received, sorted);
    QCOMPARE(r.header("X-Project-Id"), m_server->projectId().toUtf8());
}

void TestSandboxApi::validationNamesTheField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<RequestSigner::QueryList>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const auto listQuery = [](const QString &key, const QString &value) {
        return RequestSigner::QueryList{{str("image_type"), str("private_image")}, {key, value}};
    };
    const RequestSigner::QueryList none;
    const RequestSigner::QueryList size{{str("export_size"), str("10")}};
    QTest::newRow("list without image_type")
        << QByteArray("GET") << kList << none << QByteArray() << str("image_type");
    QTest::newRow("list bad image_type")
        << QByteArray("GET") << kList
        << RequestSigner::QueryList{{str("image_type"), str("harbor")}} << QByteArray()
        << str("image_type");
    QTest::newRow("limit below 10")
        << QByteArray("GET") << kList << listQuery(str("limit"), str("9")) << QByteArray()
        << str("limit");
    QTest::newRow("limit above 200")
        << QByteArray("GET") << kList << listQuery(str("limit"), str("201")) << QByteArray()
        << str("limit");
    QTest::newRow("offset negative")
        << QByteArray("GET") << kList << listQuery(str("offset"), str("-1")) << QByteArray()
        << str("offset");
    QTest::newRow("offset too big")
        << QByteArray("GET") << kList << listQuery(str("offset"), str("2000001")) << QByteArray()
        << str("offset");
    QTest::newRow("offset not a number")
        << QByteArray("GET") << kList << listQuery(str("offset"), str("ten")) << QByteArray()
        << str("offset");
    QTest::newRow("latest_version not bool")
        << QByteArray("GET") << kList << listQuery(str("latest_version"), str("yes"))
        << QByteArray() << str("latest_version");
    QTest::newRow("bad scan_status")
        << QByteArray("GET") << kList << listQuery(str("scan_status"), str("done")) << QByteArray()
        << str("scan_status");
    QTest::newRow("image_size out of range")
        << QByteArray("GET") << kList << listQuery(str("image_size"), str("2147483548"))
        << QByteArray() << str("image_size");
    QTest::newRow("namespace too long")
        << QByteArray("GET") << kList << listQuery(str("namespace"), QString(257, QLatin1Char('n')))
        << QByteArray() << str("namespace");
    QTest::newRow("scan without image_type")
        << QByteArray("POST") << kScan << none << QByteArray(R"({"operate_all":true})")
        << str("image_type");
    QTest::newRow("scan malformed JSON")
        << QByteArray("POST") << kScan << none << QByteArray("{\"image_type\":") << str("body");
    QTest::newRow("scan without images")
        << QByteArray("POST") << kScan << none << QByteArray(R"({"image_type":"private_image"})")
        << str("image_info_list");
    QTest::newRow("scan size as string")
        << QByteArray("POST") << kScan << none
        << QByteArray(R"({"image_type":"private_image","operate_all":true,"image_size":"big"})")
        << str("image_size");
    QJsonArray tooMany;
    for (int i = 0; i < ApiEnums::MaxScanListItems + 1; ++i)
        tooMany.append(QJsonObject{{str("namespace"), str("a")},
                                   {str("image_name"), str("b")},
                                   {str("image_version"), str("c")}});
    QTest::newRow("scan with 10242 images")
        << QByteArray("POST") << kScan << none
        << compact({{str("image_type"), str("private_image")}, {str("image_info_list"), tooMany}})
        << str("image_info_list");
    QTest::newRow("export without export_size")
        << QByteArray("POST") << kExport << none << QByteArray(R"({"operate_all":true})")
        << str("export_size");
    QTest::newRow("export_size not a number")
        << QByteArray("POST") << kExport
        << RequestSigner::QueryList{{str("export_size"), str("many")}}
        << QByteArray(R"({"operate_all":true})") << str("export_size");
    QTest::newRow("export_size negative")
        << QByteArray("POST") << kExport
        << RequestSigner::QueryList{{str("export_size"), str("-1")}}
        << QByteArray(R"({"operate_all":true})") << str("export_size");
    QTest::newRow("export_size too big")
        << QByteArray("POST") << kExport
        << RequestSigner::QueryList{{str("export_size"), str("2147483648")}}
        << QByteArray(R"({"operate_all":true})") << str("export_size");
    QTest::newRow("export bad image_type")
        << QByteArray("POST") << kExport << size
        << QByteArray(R"({"operate_all":true,"image_type":"docker"})") << str("image_type");
    QTest::newRow("export non-numeric id")
        << QByteArray("POST") << kExport << size << QByteArray(R"({"image_id_list":["abc"]})")
        << str("image_id_list");
    QTest::newRow("sync without image_type")
        << QByteArray("POST") << kSync << none << QByteArray("{}") << str("image_type");
    QTest::newRow("sync instance_image")
        << QByteArray("POST") << kSync << none << QByteArray(R"({"image_type":"instance_image"})")
        << str("image_type");
}

void TestSandboxApi::validationNamesTheField()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(RequestSigner::QueryList, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = m_client->send(method, path, query, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), str("HSS.0001"));
    QVERIFY2(r.errorMessage().startsWith(str("invalid param: ") + field),
             qPrintable(r.errorMessage()));
    QCOMPARE(r.header("X-Request-Id").size(), 32);
}

void TestSandboxApi::authRejected_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("projectInPath");
    QTest::addColumn<SandboxTestClient::Options>("options");

    const QString project = str(SandboxCredentials::ProjectId);
    const auto removeHeader = [](const QByteArray &name) {
        return [name](RequestSigner::HeaderList &headers) {
            headers.removeIf([&](const auto &h) { return h.first.toLower() == name; });
        };
    };
    const auto setHeader = [](const QByteArray &name, const QByteArray &value) {
        return [name, value](RequestSigner::HeaderList &headers) {
            for (auto &h : headers) {
                if (h.first.toLower() == name)
                    h.second = value;
            }
        };
    };
    SandboxTestClient::Options o;

    o = {};
    Credentials wrongSecret = SandboxTestClient::demoCredentials();
    wrongSecret.secretKey = str("not-the-secret");
    o.credentials = wrongSecret;
    QTest::newRow("wrong signature") << 401 << str("verify aksk signature fail") << project << o;

    o = {};
    o.queryAfterSigning = QByteArray("image_type=shared_image");
    QTest::newRow("query tampered after signing")
        << 401 << str("verify aksk signature fail") << project << o;

    o = {};
    Credentials unknown = SandboxTestClient::demoCredentials();
    unknown.accessKey = str("UNKNOWNAK0000000000");
    o.credentials = unknown;
    QTest::newRow("unknown AK") << 401 << str("UNKNOWNAK0000000000 does not exist") << project << o;

    o = {};
    o.afterSigning = removeHeader("x-sdk-date");
    QTest::newRow("date header missing")
        << 401 << str("X-Sdk-Date header is missing") << project << o;

    o = {};
    o.afterSigning = setHeader("x-sdk-date", "2026-11-22 10:00:00");
    QTest::newRow("malformed date") << 401 << str("YYYYMMDDTHHMMSSZ") << project << o;

    o = {};
    o.afterSigning = [](RequestSigner::HeaderList &headers) {
        for (auto &h : headers) {
            if (h.first == "Authorization")
                h.second.replace("x-sdk-date;", "").replace(";x-sdk-date", "");
        }
    };
    QTest::newRow("date not signed") << 401 << str("x-sdk-date must be listed") << project << o;

    o = {};
    o.date = QDateTime::currentDateTimeUtc().addSecs(-16 * 60);
    QTest::newRow("date 16 minutes old") << 401 << str("check the client clock") << project << o;

    o = {};
    o.date = QDateTime::currentDateTimeUtc().addSecs(16 * 60);
    QTest::newRow("date 16 minutes ahead") << 401 << str("check the client clock") << project << o;

    o = {};
    o.credentials = SandboxTestClient::temporaryCredentials();
    o.afterSigning = removeHeader("x-security-token");
    QTest::newRow("temporary AK without token")
        << 401 << str("needs an X-Security-Token") << project << o;

    o = {};
    Credentials wrongToken = SandboxTestClient::temporaryCredentials();
    wrongToken.securityToken = str("stolen-token");
    o.credentials = wrongToken;
    QTest::newRow("temporary AK with wrong token") << 401 << str("does not belong") << project << o;

    o = {};
    o.afterSigning = removeHeader("content-type");
    QTest::newRow("signed header not sent")
        << 401 << str("content-type is listed in SignedHeaders") << project << o;

    o = {};
    o.projectIdHeader = QByteArray("fedcba9876543210fedcba9876543210");
    QTest::newRow("X-Project-Id mismatch")
        << 403 << str("X-Project-Id fedcba9876543210fedcba9876543210 differs") << project << o;

    o = {};
    QTest::newRow("foreign project in path") << 403 << str("is not this sandbox's project")
                                             << str("fedcba9876543210fedcba9876543210") << o;

    o = {};
    o.credentials = SandboxTestClient::iamToken(str("expired-token"));
    QTest::newRow("IAM token refused")
        << 401 << str("X-Auth-Token is not a valid token") << project << o;

    o = {};
    o.afterSigning = removeHeader("authorization");
    QTest::newRow("no credentials at all")
        << 401 << str("neither an Authorization") << project << o;
}

void TestSandboxApi::authRejected()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, projectInPath);
    QFETCH(SandboxTestClient::Options, options);
    const auto r = m_client->sendTo("GET", projectInPath, kList,
                                    {{str("image_type"), str("private_image")}}, {}, options);
    QCOMPARE(r.status, status);
    QVERIFY(r.errorCode().startsWith(str("APIGW.")));
    QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
    QCOMPARE(r.header("X-Request-Id").size(), 32);
}

void TestSandboxApi::authAccepted_data()
{
    QTest::addColumn<SandboxTestClient::Options>("options");
    SandboxTestClient::Options o;
    QTest::newRow("permanent AK/SK") << o;
    o.credentials = SandboxTestClient::temporaryCredentials();
    QTest::newRow("temporary AK/SK with token") << o;
    o.credentials = SandboxTestClient::iamToken(str(SandboxCredentials::IamToken));
    QTest::newRow("IAM token") << o;
    o = {};
    o.date = QDateTime::currentDateTimeUtc().addSecs(-14 * 60);
    QTest::newRow("date 14 minutes old") << o;
    o = {};
    o.projectIdHeader = QByteArray();
    QTest::newRow("without X-Project-Id") << o;
}

void TestSandboxApi::awkwardQueryVerifies_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("sub-delimiters") << str("a!'()*;,=&b");
    QTest::newRow("plus slash tilde percent") << str("x+y/z~%20");
    QTest::newRow("space and Chinese") << str("团队 c");
    QTest::newRow("emoji") << str("tag-\U0001F680");
}

void TestSandboxApi::awkwardQueryVerifies()
{
    // The server re-canonicalises the raw query it received; any divergence from the signer's
    // encoding would show up here as a 401.
    QFETCH(QString, value);
    const auto r = list({{str("image_type"), str("private_image")},
                         {str("namespace"), value},
                         {str("image_version"), value}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->recentRequests().last().queryValue(str("namespace")), value);
}

void TestSandboxApi::authAccepted()
{
    QFETCH(SandboxTestClient::Options, options);
    const auto r =
        m_client->send("GET", kList, {{str("image_type"), str("private_image")}}, {}, options);
    QCOMPARE(r.status, 200);

    // A body tampered after signing is caught on POST too.
    if (!options.credentials || options.credentials->signsRequests()) {
        SandboxTestClient::Options tampered = options;
        tampered.bodyAfterSigning = QByteArray(R"({"image_type":"shared_image"})");
        const auto t =
            m_client->send("POST", kSync, {}, R"({"image_type":"private_image"})", tampered);
        QCOMPARE(t.status, 401);
        QVERIFY(t.errorMessage().contains(str("verify aksk signature fail")));
    }
}

void TestSandboxApi::unsignedPayloadSkipsTheBodyHash()
{
    // signing.md §6: X-Sdk-Content-Sha256 replaces the body hash, so the body is not covered.
    SandboxTestClient::Options options;
    options.extraHeaders = {{"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"}};
    options.bodyAfterSigning = QByteArray(R"({"image_type":"shared_image"})");
    const auto r = m_client->send("POST", kSync, {}, R"({"image_type":"private_image"})", options);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->recentRequests().last().header("X-Sdk-Content-Sha256"),
             QByteArray("UNSIGNED-PAYLOAD"));
}

void TestSandboxApi::scanMovesThroughStatesToFinal()
{
    const auto candidates = images({{str("image_type"), str("private_image")},
                                    {str("scan_status"), str("unscan")},
                                    {str("limit"), str("200")}});
    QVERIFY(!candidates.isEmpty());
    const ImageInfo target = candidates.first();
    QCOMPARE(target.latestScanTime, 0);

    const QByteArray body =
        compact({{str("image_type"), str("private_image")},
                 {str("image_info_list"),
                  QJsonArray{QJsonObject{{str("namespace"), target.namespaceName},
                                         {str("image_name"), target.imageName},
                                         {str("image_version"), target.imageVersion}}}}});
    // Long durations first, so each intermediate state is observed however slow the machine.
    m_server->setDurations(600000, 600000, 150);
    m_server->clearRecentRequests();
    const auto r = m_client->send("POST", kScan, {}, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{}"));
    QCOMPARE(m_server->recentRequests().last().body, body);

    const auto current = [&] {
        const auto found = images({{str("image_type"), str("private_image")},
                                   {str("namespace"), target.namespaceName},
                                   {str("image_name"), target.imageName},
                                   {str("image_version"), target.imageVersion},
                                   {str("limit"), str("200")}});
        for (const ImageInfo &i : found) {
            if (i.id == target.id)
                return i;
        }
        return ImageInfo();
    };
    QCOMPARE(current().scanStatus, str("waiting_for_scan"));
    m_server->setDurations(0, 600000, 150);
    QCOMPARE(current().scanStatus, str("scanning"));
    QCOMPARE(current().latestScanTime, 0);
    m_server->setDurations(100, 100, 150);
    QTRY_VERIFY_WITH_TIMEOUT(ApiEnums::finalScanStatuses().contains(current().scanStatus)
                                 && current().scanStatus != str("unscan"),
                             5000);
    const ImageInfo done = current();
    QVERIFY(done.latestScanTime > 0);
    QCOMPARE(done.scanStatus == str("failed"), !done.scanFailedDesc.isEmpty());
}

void TestSandboxApi::scanOperateAllUsesFilterAndFailsBrokenImages()
{
    const QByteArray body =
        R"({"image_type":"private_image","operate_all":true,"image_name":"broken"})";
    QCOMPARE(m_client->send("POST", kScan, {}, body).status, 200);
    const RequestSigner::QueryList query = {{str("image_type"), str("private_image")},
                                            {str("image_name"), str("broken")},
                                            {str("limit"), str("200")}};
    const int total = list(query).json().value(str("total_num")).toInt();
    QVERIFY(total > 0);
    const auto allFailed = [&] {
        const auto found = images(query);
        return std::all_of(found.cbegin(), found.cend(), [](const ImageInfo &i) {
            return i.scanStatus == str("failed")
                && ApiEnums::scanFailedReasons().contains(i.scanFailedDesc);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFailed(), 5000);
}

void TestSandboxApi::exportRunsThenSucceedsAndDownloads()
{
    const auto scanned = images({{str("image_type"), str("private_image")},
                                 {str("has_unsafe_setting"), str("true")},
                                 {str("limit"), str("200")}});
    QVERIFY(scanned.size() >= 3);
    const QJsonArray ids{QString::number(scanned.at(0).id), QString::number(scanned.at(1).id),
                         QString::number(scanned.at(2).id)};
    m_server->setDurations(100, 100, 600000);
    const auto created = m_client->send("POST", kExport, {{str("export_size"), str("1000")}},
                                        compact({{str("image_type"), str("private_image")},
                                                 {str("operate_all"), false},
                                                 {str("image_id_list"), ids}}));
    QCOMPARE(created.status, 200);
    const qint64 total = created.json().value(str("record_total_num")).toInteger();
    const QString taskId = created.json().value(str("task_id")).toString();
    QVERIFY(total >= 3);
    QVERIFY(!QUuid::fromString(taskId).isNull());

    const QString taskPath = str("export-task/") + taskId;
    const auto running = m_client->send("GET", taskPath).json();
    QCOMPARE(running.value(str("task_status")).toString(), str("running"));
    QVERIFY(running.value(str("file_id")).toString().isEmpty());
    m_server->setDurations(100, 100, 150);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->send("GET", taskPath).json().value(str("task_status")).toString(), str("success"),
        5000);
    const QJsonObject done = m_client->send("GET", taskPath).json();
    const QString fileName = done.value(str("file_name")).toString();
    QVERIFY(
        QRegularExpression(str("^hss-image-baseline-\\d{14}\\.zip$")).match(fileName).hasMatch());
    QCOMPARE(done.value(str("task_id")).toString(), taskId);

    const auto file =
        m_client->send("GET", str("download/") + done.value(str("file_id")).toString());
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), QByteArray("application/zip"));
    QCOMPARE(file.contentLength, file.body.size());

    const QMap<QString, QByteArray> entries = BaselineArchive::entries(file.body);
    QString base = fileName;
    base.chop(4);
    QVERIFY(entries.contains(base + str(".csv")));
    QVERIFY(entries.contains(base + str(".xlsx")));
    const QList<QByteArray> lines = entries.value(base + str(".csv")).trimmed().split('\n');
    QCOMPARE(lines.size() - 1, total);
    QVERIFY(lines.first().contains(
        "image,namespace,tag,check,rule,severity,result,description,remediation"));

    const QMap<QString, QByteArray> workbook =
        BaselineArchive::entries(entries.value(base + str(".xlsx")));
    for (const char *part :
         {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
          "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"})
        QVERIFY2(workbook.contains(QLatin1String(part)), part);
    const QByteArray sheet = workbook.value(str("xl/worksheets/sheet1.xml"));
    QCOMPARE(sheet.count("<row "), total + 1);
    QVERIFY(sheet.contains("t=\"s\""));
    QVERIFY(workbook.value(str("xl/sharedStrings.xml"))
                .contains("<t xml:space=\"preserve\">remediation</t>"));
}

void TestSandboxApi::exportFailsOnRequest()
{
    QCOMPARE(m_client->control("POST", str("fail-next-export")).status, 200);
    const auto created = m_client->send("POST", kExport, {{str("export_size"), str("100")}},
                                        R"({"operate_all":true,"image_type":"shared_image"})");
    QCOMPARE(created.status, 200);
    const QString taskPath = str("export-task/") + created.json().value(str("task_id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->send("GET", taskPath).json().value(str("task_status")).toString(), str("failure"),
        5000);
    QVERIFY(m_client->send("GET", taskPath).json().value(str("file_id")).toString().isEmpty());

    // Only the next one fails.
    const auto second = m_client->send("POST", kExport, {{str("export_size"), str("100")}},
                                       R"({"operate_all":true,"image_type":"shared_image"})");
    const QString secondPath = str("export-task/") + second.json().value(str("task_id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->send("GET", secondPath).json().value(str("task_status")).toString(),
        str("success"), 5000);
}

void TestSandboxApi::exportIsCappedByExportSize()
{
    const auto all = m_client->send("POST", kExport, {{str("export_size"), str("2147483647")}},
                                    R"({"operate_all":true})");
    const qint64 total = all.json().value(str("record_total_num")).toInteger();
    QVERIFY(total > 5);
    const auto capped = m_client->send("POST", kExport, {{str("export_size"), str("5")}},
                                       R"({"operate_all":true})");
    QCOMPARE(capped.json().value(str("record_total_num")).toInteger(), 5);
    const auto filtered = m_client->send(
        "POST", kExport, {{str("export_size"), str("2147483647")}},
        R"({"operate_all":true,"image_type":"private_image","has_unsafe_setting":true})");
    const qint64 filteredTotal = filtered.json().value(str("record_total_num")).toInteger();
    QVERIFY(filteredTotal > 0 && filteredTotal < total);
}

void TestSandboxApi::statisticCountsWhatTheExportWrites()
{
    const RequestSigner::QueryList riskConfig = {{str("security_report_type"), str("risk-config")}};
    SandboxRequestOptions options;
    options.extraHeaders = {{"region", "cn-north-4"}};
    for (const char *body : {R"({"operate_all":true})",
                             R"({"operate_all":true,"image_type":"private_image","has_unsafe_setting":true})",
                             R"({"image_type":"private_image","image_id_list":["10001","10002","10003","10004"]})"}) {
        const auto counted = m_client->send("POST", str("image/security-report/statistic"), riskConfig, body, options);
        QCOMPARE(counted.status, 200);
        QVERIFY(counted.json().value(str("total_num")).isDouble());
        const qint64 total = counted.json().value(str("total_num")).toInteger();
        const auto exported = m_client->send("POST", kExport, {{str("export_size"), QString::number(total)}}, body);
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.json().value(str("record_total_num")).toInteger(), total);
    }
    // Other report types have no records here.
    const auto malwares = m_client->send("POST", str("image/security-report/statistic"),
                                         {{str("security_report_type"), str("malwares")}}, R"({"operate_all":true})",
                                         options);
    QCOMPARE(malwares.json().value(str("total_num")).toInteger(), 0);
}

void TestSandboxApi::statisticNeedsRegionAndReportType()
{
    const QString path = str("image/security-report/statistic");
    const auto noRegion = m_client->send("POST", path, {{str("security_report_type"), str("risk-config")}},
                                         R"({"operate_all":true})");
    QCOMPARE(noRegion.status, 400);
    QVERIFY2(noRegion.errorMessage().contains(str("region")), qPrintable(noRegion.errorMessage()));
    SandboxRequestOptions options;
    options.extraHeaders = {{"region", "cn-north-4"}};
    const auto noType = m_client->send("POST", path, {}, R"({"operate_all":true})", options);
    QCOMPARE(noType.status, 400);
    QVERIFY(noType.errorMessage().contains(str("security_report_type")));
    const auto badType = m_client->send("POST", path, {{str("security_report_type"), str("risk")}},
                                        R"({"operate_all":true})", options);
    QCOMPARE(badType.status, 400);
    const auto noImages = m_client->send("POST", path, {{str("security_report_type"), str("risk-config")}},
                                         R"({"image_type":"private_image"})", options);
    QCOMPARE(noImages.status, 400);
    QVERIFY(noImages.errorMessage().contains(str("image_id_list")));
}

void TestSandboxApi::localImagesAreExportedByImageId()
{
    const QList<ImageInfo> local = images({{str("image_type"), str("local_image")},
                                           {str("scan_status"), str("success")},
                                           {str("limit"), str("200")}});
    QVERIFY(local.size() >= 2);
    const QString body = str(R"({"image_type":"local_image","image_id_list":["%1","%2"]})")
                             .arg(local.at(0).imageId, local.at(1).imageId);
    const auto byImageId = m_client->send("POST", kExport, {{str("export_size"), str("1000")}}, body.toUtf8());
    QCOMPARE(byImageId.status, 200);
    QVERIFY(byImageId.json().value(str("record_total_num")).toInteger() > 0);
    // The list ids of local images are not what the service takes for them.
    const QString byListId = str(R"({"image_type":"local_image","image_id_list":["%1"]})").arg(local.at(0).id);
    const auto refused = m_client->send("POST", kExport, {{str("export_size"), str("1000")}}, byListId.toUtf8());
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.errorMessage().contains(str("image_id_list")));
}

void TestSandboxApi::unknownTaskAndFileAreErrors()
{
    const auto task =
        m_client->send("GET", str("export-task/00000000-0000-0000-0000-000000000000"));
    QCOMPARE(task.status, 400);
    QCOMPARE(task.errorCode(), str("HSS.0011"));
    QVERIFY(task.errorMessage().contains(str("export task")));
    const auto file = m_client->send("GET", str("download/no-such-file"));
    QCOMPARE(file.status, 400);
    QCOMPARE(file.errorCode(), str("HSS.0011"));
    QVERIFY(file.errorMessage().contains(str("no-such-file")));
}

void TestSandboxApi::synchronizeAddsImages()
{
    const RequestSigner::QueryList query{{str("image_type"), str("shared_image")}};
    const int before = list(query).json().value(str("total_num")).toInt();
    const auto r = m_client->send("POST", kSync, {}, R"({"image_type":"shared_image"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"error_code":0,"error_description":""})"));
    const int after = list(query).json().value(str("total_num")).toInt();
    QVERIFY(after > before);
    const auto fresh = images({{str("image_type"), str("shared_image")},
                               {str("start_latest_update_time"),
                                QString::number(QDateTime::currentMSecsSinceEpoch() - 60000)},
                               {str("limit"), str("200")}});
    QVERIFY(fresh.size() > after - before); // new ones plus refreshed ones
}

void TestSandboxApi::sameSeedSameFirstPage()
{
    const auto firstPage = [](quint32 seed) {
        SandboxConfig config;
        config.imageCount = 500;
        config.seed = seed;
        SandboxServer server(config);
        if (!server.listen())
            return QByteArray();
        SandboxTestClient client(server.endpoint(), server.projectId());
        return client
            .send("GET", kList,
                  {{str("image_type"), str("private_image")}, {str("limit"), str("50")}})
            .body;
    };
    const QByteArray a = firstPage(42);
    QVERIFY(a.contains("data_list"));
    QCOMPARE(firstPage(42), a);
    QVERIFY(firstPage(43) != a);
}

void TestSandboxApi::hundredThousandImages()
{
    SandboxConfig config;
    config.imageCount = 100000;
    SandboxServer server(config);
    QCOMPARE(server.imageCount(), 100000);
    QVERIFY(server.listen());
    SandboxTestClient client(server.endpoint(), server.projectId());
    qint64 total = 0;
    for (const QString &type : ApiEnums::listImageTypes()) {
        const auto r = client.send(
            "GET", kList,
            {{str("image_type"), type}, {str("offset"), str("1000")}, {str("limit"), str("200")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(str("data_list")).toArray().size(), 200);
        total += r.json().value(str("total_num")).toInteger();
    }
    QCOMPARE(total, 100000);
}

void TestSandboxApi::concurrentClientsGetTheSinglethreadedPages()
{
    // The same registry served the way it was before workers, kept pages and pages written
    // straight to bytes: the reference, byte for byte.
    SandboxConfig config = m_server->config();
    config.listWorkers = 0;
    config.pageCacheBytes = 0;
    config.documentListPages = true;
    SandboxServer reference(config);
    QString error;
    QVERIFY2(reference.listen(&error), qPrintable(error));
    SandboxTestClient referenceClient(reference);

    const auto query = [](int offset) {
        return RequestSigner::QueryList{{str("image_type"), str("private_image")},
                                        {str("offset"), QString::number(offset)},
                                        {str("limit"), str("10")}};
    };
    // Every page asked for at once, twice: built by the workers, then answered from kept pages.
    for (int round = 0; round < 2; ++round) {
        QList<QNetworkReply *> replies;
        for (int offset = 0; offset < 200; offset += 10)
            replies.append(m_client->start("GET", kList, query(offset)));
        for (int i = 0; i < replies.size(); ++i) {
            const SandboxTestClient::Response r = SandboxTestClient::wait(replies.at(i));
            replies.at(i)->deleteLater();
            QCOMPARE(r.status, 200);
            const auto expected = referenceClient.send("GET", kList, query(i * 10));
            QCOMPARE(r.body, expected.body);
            QCOMPARE(ListSwrImageRepositoryResponse::fromJson(r.json()).images.size(), 10);
        }
    }
}

void TestSandboxApi::controlStateRedactsSecrets()
{
    SandboxTestClient::Options temp;
    temp.credentials = SandboxTestClient::temporaryCredentials();
    QCOMPARE(list({{str("image_type"), str("private_image")}}).status, 200);
    QCOMPARE(
        m_client->send("GET", kList, {{str("image_type"), str("private_image")}}, {}, temp).status,
        200);

    const auto state = m_client->control("GET", str("state"));
    QCOMPARE(state.status, 200);
    const QJsonObject o = state.json();
    QCOMPARE(o.value(str("project_id")).toString(), m_server->projectId());
    QCOMPARE(o.value(str("image_count")).toInt(), 400);
    const QJsonArray requests = o.value(str("requests")).toArray();
    QCOMPARE(requests.size(), 2);
    const QJsonObject headers = requests.last().toObject().value(str("headers")).toObject();
    const QString authorization = headers.value(str("authorization")).toString();
    QVERIFY(authorization.contains(str("Access=HSSSANDBOXTEMPAK0001")));
    QVERIFY(authorization.contains(str("<redacted>")));
    QVERIFY(!authorization.contains(str("Signature=")));
    QCOMPARE(headers.value(str("x-security-token")).toString(), str("<redacted>"));
    QVERIFY(!state.body.contains(SandboxCredentials::SecurityToken));
    QCOMPARE(requests.last()
                 .toObject()
                 .value(str("query"))
                 .toObject()
                 .value(str("image_type"))
                 .toString(),
             str("private_image"));
}

void TestSandboxApi::controlNeedsTheToken()
{
    SandboxTestClient anonymous(m_server->endpoint(), m_server->projectId());
    const auto missing = anonymous.control("POST", str("faults"), R"({"reset":{"every":1}})");
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.errorCode(), str("SANDBOX.0401"));
    QVERIFY(missing.errorMessage().contains(QLatin1String(SandboxServer::ControlTokenHeader)));

    SandboxTestClient wrong(m_server->endpoint(), m_server->projectId());
    QByteArray guess = m_server->controlToken();
    guess[guess.size() - 1] = guess.endsWith('0') ? '1' : '0';
    wrong.setControlToken(guess);
    QCOMPARE(wrong.control("POST", str("faults"), R"({"reset":{"every":1}})").status, 403);
    QCOMPARE(wrong.control("POST", str("reset")).status, 403);
    QCOMPARE(wrong.control("GET", str("state")).status, 403);
    wrong.setControlToken(m_server->controlToken() + "0");
    QCOMPARE(wrong.control("GET", str("state")).status, 403);
    // Neither refused call changed anything: the API still answers normally.
    QCOMPARE(m_server->faults().reset.every, 0);
    QCOMPARE(list({{str("image_type"), str("private_image")}}).status, 200);

    QCOMPARE(m_server->controlToken().size(), 64);
    SandboxServer other(m_server->config());
    QVERIFY(other.controlToken() != m_server->controlToken());
    QCOMPARE(m_client->control("GET", str("state")).status, 200);
}

void TestSandboxApi::oversizedBodyIsRefusedFromItsHeader()
{
    QTcpSocket socket;
    socket.connectToHost(m_server->endpoint().host(), quint16(m_server->endpoint().port()));
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    // Announces 50 MB but sends only the first kilobytes: the answer must come from the head.
    socket.write(rawHead(*m_server, "Content-Length: 52428800\r\n") + QByteArray(4096, 'x'));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}"), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("SANDBOX.413"));
    QVERIFY(answer.contains(QByteArray::number(m_server->config().maxBodyBytes)));
    // What the client goes on sending is dropped, and the connection is closed.
    socket.write(QByteArray(1024 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(m_server->recentRequests().isEmpty());
    QCOMPARE(list({{str("image_type"), str("private_image")}}).status, 200);
}

void TestSandboxApi::oversizedBodyFromAClientGets413()
{
    const QByteArray body = "{\"image_type\":\"private_image\",\"namespace\":\""
        + QByteArray(9 * 1024 * 1024, 'n') + "\"}";
    const auto r = m_client->send("POST", kScan, {}, body);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), str("SANDBOX.413"));
    QVERIFY(m_server->recentRequests().isEmpty());
}

void TestSandboxApi::chunkedBodyIsRefused()
{
    QTcpSocket socket;
    socket.connectToHost(m_server->endpoint().host(), quint16(m_server->endpoint().port()));
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(rawHead(*m_server, "Transfer-Encoding: chunked\r\n") + "10\r\n0123456789abcdef\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}"), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
    QVERIFY(m_server->recentRequests().isEmpty());
}

void TestSandboxApi::recordsStayBounded()
{
    SandboxConfig config;
    config.imageCount = 10;
    config.recordedRequestLimit = 5;
    config.recordedBodyLimit = 1024;
    SandboxServer server(config);
    QVERIFY(server.listen());
    SandboxTestClient client(server);
    const QByteArray body = "{\"image_type\":\"private_image\",\"namespace\":\""
        + QByteArray(900 * 1024, 'n') + "\"}";
    for (int i = 0; i < 8; ++i)
        QCOMPARE(client.send("POST", kScan, {}, body).status, 400); // namespace too long
    const QList<RecordedRequest> records = server.recentRequests();
    QCOMPARE(records.size(), 5);
    for (const RecordedRequest &r : records) {
        QCOMPARE(r.bodySize, body.size());
        QCOMPARE(r.body, body.left(1024));
    }
    const QJsonArray state =
        client.control("GET", str("state")).json().value(str("requests")).toArray();
    QCOMPARE(state.size(), 5);
    QCOMPARE(state.first().toObject().value(str("body_size")).toInteger(), body.size());
    QCOMPARE(state.first().toObject().value(str("body")).toString().size(), 1024);

    // However many fit the count, all recorded bodies together stay under their own limit.
    SandboxConfig budget = config;
    budget.recordedBodyLimit = 512 * 1024;
    budget.recordedBytesLimit = 1024 * 1024;
    SandboxServer small(budget);
    QVERIFY(small.listen());
    SandboxTestClient smallClient(small);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(smallClient.send("POST", kScan, {}, body).status, 400);
    QCOMPARE(small.recentRequests().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
