#include "app/api/imagepagereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The direct reader against the document path it stands in for: the same rows where it
// reads a page, and nothing where the document path has a remark.
class TestImagePageReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheDocumentPathReads_data();
    void readsWhatTheDocumentPathReads();
    void leavesTheRestToTheDocumentPath_data();
    void leavesTheRestToTheDocumentPath();
    void readsAFullPageOfEveryField();
    void neverDisagreesOnBrokenJson_data();
    void neverDisagreesOnBrokenJson();
};

namespace {

// The document path's verdict: the page when fromJson has no remark.
std::optional<ListSwrImageRepositoryResponse> documentRead(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    FieldErrors errors;
    ListSwrImageRepositoryResponse page = ListSwrImageRepositoryResponse::fromJson(doc.object(), &errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return page;
}

} // namespace

void TestImagePageReader::readsWhatTheDocumentPathReads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty page") << QByteArray(R"({"total_num":0,"data_list":[]})");
    QTest::newRow("keys in any order, spaces")
        << QByteArray(" {\n \"data_list\" : [ { \"image_name\" : \"n\" , \"id\" : 1 } ] ,\t\"total_num\" : 5 }\n");
    QTest::newRow("unknown fields of every kind")
        << QByteArray(R"({"total_num":1,"more":{"a":[1,2.5,null,{"b":false}]},"data_list":[)"
                      R"({"id":1,"future":[true],"other":null,"x":1e300,"association_images":[{"id":3,"z":{}}]}]})");
    QTest::newRow("escapes and non-ASCII")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"namespace":"t\u00e9am","image_name":"a\"b\\c\/d\n\t",)"
                      R"("image_version":"\ud83d\ude00 \u4e2d","scan_failed_desc":"\u0000\u001f","image_type":"中文"}]})");
    QTest::newRow("every bound")
        << QByteArray(R"({"total_num":2147483547,"data_list":[{"id":2147483547,"image_size":2147483547,)"
                      R"("latest_update_time":4070880000000,"latest_scan_time":0,"vul_num":2147483647,)"
                      R"("unsafe_setting_num":0,"malicious_file_num":2147483647}]})");
    QTest::newRow("empty strings and lists")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":0,"namespace":"","association_images":[]}]})");
    QTest::newRow("associations")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":4,"association_images":[{"image_name":"a",)"
                      R"("image_version":"v","image_type":"t","namespace":"n","image_digest":"d","scan_status":"s"},{}]}]})");
}

void TestImagePageReader::readsWhatTheDocumentPathReads()
{
    QFETCH(QByteArray, json);
    const auto expected = documentRead(json);
    QVERIFY(expected);
    const auto direct = ImagePageReader::read(json);
    QVERIFY(direct);
    QCOMPARE(direct->totalNum, expected->totalNum);
    QCOMPARE(direct->images.size(), expected->images.size());
    for (qsizetype n = 0; n < expected->images.size(); ++n)
        QCOMPARE(QJsonDocument(direct->images.at(n).toJson()), QJsonDocument(expected->images.at(n).toJson()));
    QVERIFY(direct->images == expected->images);
}

void TestImagePageReader::leavesTheRestToTheDocumentPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("documentRemarks");
    QTest::newRow("not JSON") << QByteArray("<html>") << true;
    QTest::newRow("cut off") << QByteArray(R"({"total_num":1,"data_list":[{"id":1})") << true;
    QTest::newRow("trailing text") << QByteArray(R"({"total_num":0,"data_list":[]} x)") << true;
    QTest::newRow("a list, not an object") << QByteArray(R"([{"total_num":0,"data_list":[]}])") << true;
    QTest::newRow("no total") << QByteArray(R"({"data_list":[]})") << true;
    QTest::newRow("no list") << QByteArray(R"({"total_num":0})") << true;
    QTest::newRow("total as text") << QByteArray(R"({"total_num":"3","data_list":[]})") << true;
    QTest::newRow("negative total") << QByteArray(R"({"total_num":-1,"data_list":[]})") << true;
    QTest::newRow("total too large") << QByteArray(R"({"total_num":2147483548,"data_list":[]})") << true;
    QTest::newRow("list not a list") << QByteArray(R"({"total_num":0,"data_list":{}})") << true;
    QTest::newRow("item not an object") << QByteArray(R"({"total_num":1,"data_list":[7]})") << true;
    QTest::newRow("no id") << QByteArray(R"({"total_num":1,"data_list":[{"image_name":"n"}]})") << true;
    QTest::newRow("id null") << QByteArray(R"({"total_num":1,"data_list":[{"id":null}]})") << true;
    QTest::newRow("id too large") << QByteArray(R"({"total_num":1,"data_list":[{"id":2147483548}]})") << true;
    QTest::newRow("count negative") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"vul_num":-1}]})") << true;
    QTest::newRow("time too late")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"latest_scan_time":4070880000001}]})") << true;
    QTest::newRow("name as number") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"image_name":5}]})") << true;
    QTest::newRow("flag as text")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"scannable":"true"}]})") << true;
    QTest::newRow("associations not a list")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"association_images":{}}]})") << true;
    QTest::newRow("association not an object")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"association_images":["a"]}]})") << true;
    QTest::newRow("association field as number")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"association_images":[{"scan_status":1}]}]})") << true;
    QByteArray tooMany = R"({"total_num":201,"data_list":[)";
    for (int n = 0; n < 201; ++n)
        tooMany += (n ? ",{\"id\":" : "{\"id\":") + QByteArray::number(n) + '}';
    QTest::newRow("201 items") << tooMany + "]}" << true;
    // Valid and accepted by the document path, but read the same only by it.
    QTest::newRow("whole number written as a fraction")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":5.0}]})") << false;
    QTest::newRow("optional text null")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"image_name":null}]})") << false;
    QTest::newRow("repeated key") << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"id":2}]})") << false;
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"total_num":1,"data_list":[{"id":1,"image_name":"\udc00"}]})") << false;
    QTest::newRow("nested deeper than any page")
        << QByteArray(R"({"total_num":0,"data_list":[],"x":)") + QByteArray(100, '[') + QByteArray(100, ']') + '}'
        << false;
}

void TestImagePageReader::leavesTheRestToTheDocumentPath()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, documentRemarks);
    QVERIFY(!ImagePageReader::read(json));
    QCOMPARE(!documentRead(json), documentRemarks);
}

void TestImagePageReader::readsAFullPageOfEveryField()
{
    ListSwrImageRepositoryResponse page;
    page.totalNum = 1000;
    for (int n = 0; n < 200; ++n) {
        ImageInfo image;
        image.id = n + 1;
        image.namespaceName = QStringLiteral("team-%1").arg(n % 7);
        image.imageName = QStringLiteral("image-\u00e9-%1").arg(n);
        image.imageId = QStringLiteral("id-%1").arg(n);
        image.imageDigest = QStringLiteral("sha256:%1").arg(n, 64, 16, QLatin1Char('0'));
        image.imageVersion = QStringLiteral("v%1").arg(n);
        image.imageType = QStringLiteral("private_image");
        image.latestVersion = n % 2;
        image.scanStatus = QStringLiteral("success");
        image.scanFailedDesc = n % 3 ? QString() : QStringLiteral("timeout \"quoted\"");
        image.imageSize = 1000 + n;
        image.latestUpdateTime = 1767225600000 + n;
        image.latestScanTime = 1767225600000 - n;
        image.vulNum = n;
        image.unsafeSettingNum = n / 2;
        image.maliciousFileNum = n / 3;
        image.domainName = QStringLiteral("registry.example");
        image.sharedStatus = QStringLiteral("shared");
        image.scannable = n % 5;
        image.instanceName = QStringLiteral("instance");
        image.instanceId = QStringLiteral("i-%1").arg(n);
        image.instanceUrl = QStringLiteral("https://registry.example/%1").arg(n);
        if (n % 4 == 0)
            image.associationImages.append({QStringLiteral("arm"), QStringLiteral("v"), QStringLiteral("t"),
                                            QStringLiteral("ns"), QStringLiteral("sha256:1"), QStringLiteral("failed")});
        page.images.append(image);
    }
    const QByteArray json = QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
    const auto direct = ImagePageReader::read(json);
    QVERIFY(direct);
    QCOMPARE(direct->totalNum, 1000);
    QVERIFY(direct->images == page.images);
    QVERIFY(direct->images == documentRead(json)->images);
}

void TestImagePageReader::neverDisagreesOnBrokenJson_data()
{
    // Whatever each parser makes of these, the direct reader may only read what the document
    // path reads, the same way.
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("raw tab") << QByteArray("\t");
    QTest::newRow("raw newline") << QByteArray("\n");
    QTest::newRow("raw control") << QByteArray("\x01");
    QTest::newRow("invalid UTF-8") << QByteArray("\xff");
    QTest::newRow("overlong UTF-8") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate in UTF-8") << QByteArray("\xed\xa0\x80");
    QTest::newRow("cut escape") << QByteArray("\\u12");
    QTest::newRow("unknown escape") << QByteArray("\\q");
    QTest::newRow("high surrogate alone") << QByteArray("\\ud800x");
    QTest::newRow("swapped surrogates") << QByteArray("\\ude00\\ud83d");
}

void TestImagePageReader::neverDisagreesOnBrokenJson()
{
    QFETCH(QByteArray, text);
    for (const QByteArray &json :
         {R"({"total_num":1,"data_list":[{"id":1,"image_name":")" + text + R"("}]})",
          R"({"total_num":1,"data_list":[{"id":1,")" + text + R"(":1}]})",
          QByteArray("\xef\xbb\xbf" R"({"total_num":0,"data_list":[]})")}) {
        const auto direct = ImagePageReader::read(json);
        if (!direct)
            continue;
        const auto expected = documentRead(json);
        QVERIFY2(expected, json.constData());
        QVERIFY2(direct->images == expected->images, json.constData());
    }
    for (const char *number : {"01", "+1", "1.", "NaN", "Infinity", "0x10", "1e2", "-0"}) {
        const QByteArray json = R"({"total_num":1,"data_list":[{"id":)" + QByteArray(number) + "}]}";
        const auto direct = ImagePageReader::read(json);
        QVERIFY2(!direct || (documentRead(json) && direct->images == documentRead(json)->images), number);
    }
}

QTEST_GUILESS_MAIN(TestImagePageReader)
#include "tst_imagepagereader.moc"
