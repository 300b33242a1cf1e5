#include "sandbox/listpagewriter.h"

#include "app/api/apienums.h"
#include "app/api/imagefilter.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "sandbox/imageregistry.h"
#include "sandbox/sandboxconfig.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray documentBytes(const ListSwrImageRepositoryResponse &page)
{
    return QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray writtenBytes(const ListSwrImageRepositoryResponse &page)
{
    ListPageWriter writer(page.images.size());
    for (const ImageInfo &image : page.images)
        writer.append(image);
    return writer.finish(page.totalNum);
}

QString units(std::initializer_list<char16_t> list)
{
    return QString(reinterpret_cast<const QChar *>(list.begin()), qsizetype(list.size()));
}

const QStringList &hostileStrings()
{
    static const QStringList strings = {
        QString(),
        QStringLiteral("\"quoted\""),
        QStringLiteral("back\\slash\\\\"),
        QStringLiteral("\b\f\n\r\t") + units({0, 0x1, 0x1f, 0x7f}),
        QStringLiteral("团队-c café"),
        QStringLiteral("😀🐳 emoji"),
        units({u'x', 0xd83d}),
        units({0xde00, u'y'}),
        units({0x2028, 0xfeff, 0xffff}),
        QStringLiteral("plain"),
    };
    return strings;
}

} // namespace

// ListPageWriter's bytes against QJsonDocument's serialisation of the same page (the way the
// sandbox built its list answers before), for the registry's images and for hostile strings.
class TestListPageWriter : public QObject
{
    Q_OBJECT

private slots:
    void registryImagesOfEveryType();
    void hostileStringsInEveryField_data();
    void hostileStringsInEveryField();
    void emptyPages();
};

void TestListPageWriter::registryImagesOfEveryType()
{
    const SandboxConfig config;
    ImageRegistry registry(3000, 5, config.dataEpochMs, {});
    // Images rescanned through the sandbox read differently (scan time, failures): some of each.
    const qint64 now = config.dataEpochMs;
    for (int index = 0; index < registry.size(); index += 7)
        registry.requestScan(index, now - 60000);
    for (int index = 3; index < registry.size(); index += 11)
        registry.requestScan(index, now - 3000);

    int images = 0;
    bool seen[5] = {}; // associations, instance, shared, failure, never scanned
    for (const QString &type : ApiEnums::listImageTypes()) {
        ImageFilter filter;
        filter.imageType = type;
        const QList<int> matches = registry.match(filter, now);
        QVERIFY2(matches.size() > 100, qPrintable(type));
        for (qsizetype offset = 0; offset < matches.size(); offset += 200) {
            ListSwrImageRepositoryResponse page;
            page.totalNum = matches.size();
            for (qsizetype i = offset; i < qMin(matches.size(), offset + 200); ++i) {
                const ImageInfo image = registry.image(matches.at(i), now);
                seen[0] = seen[0] || !image.associationImages.isEmpty();
                seen[1] = seen[1] || !image.instanceUrl.isEmpty();
                seen[2] = seen[2] || !image.sharedStatus.isEmpty();
                seen[3] = seen[3] || !image.scanFailedDesc.isEmpty();
                seen[4] = seen[4] || image.latestScanTime == 0;
                page.images.append(image);
            }
            images += int(page.images.size());
            QCOMPARE(writtenBytes(page), documentBytes(page));
        }
    }
    QCOMPARE(images, registry.size());
    for (bool s : seen)
        QVERIFY(s);
}

void TestListPageWriter::hostileStringsInEveryField_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : hostileStrings())
        QTest::newRow(text.toUtf8().toPercentEncoding().constData()) << text;
}

void TestListPageWriter::hostileStringsInEveryField()
{
    QFETCH(QString, text);
    ListSwrImageRepositoryResponse page;
    page.totalNum = 2000000;
    // The same text in every string field, once with each image type and with none.
    QStringList types = ApiEnums::listImageTypes();
    types.append(QString());
    for (const QString &type : types) {
        ImageInfo i;
        i.id = 10001 + page.images.size();
        i.namespaceName = text;
        i.imageName = text + QStringLiteral("-name");
        i.imageId = text;
        i.imageDigest = QStringLiteral("sha256:") + text;
        i.imageVersion = text;
        i.imageType = type;
        i.latestVersion = page.images.size() % 2 == 0;
        i.scanStatus = text;
        i.scanFailedDesc = text;
        i.imageSize = 2147483547;
        i.latestUpdateTime = 4070880000000;
        i.latestScanTime = -1;
        i.vulNum = 299;
        i.unsafeSettingNum = 0;
        i.maliciousFileNum = 3;
        i.domainName = text;
        i.sharedStatus = text;
        i.scannable = page.images.size() % 3 == 0;
        i.instanceName = text;
        i.instanceId = text;
        i.instanceUrl = text + QLatin1Char('/') + text;
        for (int n = 0; n < int(page.images.size() % 3); ++n) {
            ImageInfo::Association a;
            a.imageName = text;
            a.imageVersion = n == 0 ? QString() : text;
            a.imageType = type;
            a.namespaceName = text;
            a.imageDigest = text;
            a.scanStatus = text;
            i.associationImages.append(a);
        }
        page.images.append(i);
    }
    const QByteArray written = writtenBytes(page);
    QCOMPARE(written, documentBytes(page));
    QVERIFY(written.startsWith("{\"data_list\":[{\"association_images\":[]"));
}

void TestListPageWriter::emptyPages()
{
    for (const qint64 total : {qint64(0), qint64(2000000)}) {
        ListSwrImageRepositoryResponse page;
        page.totalNum = total;
        QCOMPARE(writtenBytes(page), documentBytes(page));
    }
    ListSwrImageRepositoryResponse page;
    page.images.append(ImageInfo());
    QCOMPARE(writtenBytes(page), documentBytes(page));
    QCOMPARE(writtenBytes(page),
             QByteArray(R"({"data_list":[{"association_images":[],"id":0,"image_size":0,)"
                        R"("latest_scan_time":0,"latest_update_time":0,"latest_version":false,)"
                        R"("malicious_file_num":0,"scannable":false,"unsafe_setting_num":0,)"
                        R"("vul_num":0}],"total_num":0})"));
}

QTEST_GUILESS_MAIN(TestListPageWriter)
#include "tst_listpagewriter.moc"
