#include "app/api/imageinfo.h"
#include "app/api/jsonstreamwriter.h"
#include "app/base/utf8buffer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The streamed JSON is byte for byte what QJsonDocument::toJson(Indented) wrote before, so
// scripts reading the CLI's output see no change.
class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private:
    static QString awkwardText()
    {
        QString text = QStringLiteral("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f é 中文 ") + QChar(0x202e);
        text += QChar(0xd83d); // a lone high surrogate
        text += QStringLiteral(" pair ") + QString::fromUcs4(U"\U0001F600") + QStringLiteral(" ");
        text += QChar(0xdc00); // a lone low surrogate
        text += QChar(0xd800); // a high surrogate at the very end
        return text;
    }

    static ImageInfo fullImage()
    {
        ImageInfo i;
        i.id = 2147483547;
        i.namespaceName = QStringLiteral("团队");
        i.imageName = awkwardText();
        i.imageId = QStringLiteral("sha256:abc");
        i.imageDigest = QStringLiteral("sha256:def");
        i.imageVersion = QStringLiteral("1.25");
        i.imageType = QStringLiteral("shared_image");
        i.latestVersion = true;
        i.scanStatus = QStringLiteral("failed");
        i.scanFailedDesc = QStringLiteral("unknown_error");
        i.imageSize = 123456789;
        i.latestUpdateTime = 4070880000000;
        i.latestScanTime = 1;
        i.vulNum = -3;
        i.unsafeSettingNum = 7;
        i.maliciousFileNum = 0;
        i.domainName = QStringLiteral("owner");
        i.sharedStatus = QStringLiteral("effective");
        i.scannable = true;
        i.instanceName = QStringLiteral("ee");
        i.instanceId = QStringLiteral("iid");
        i.instanceUrl = QStringLiteral("https://ee.example");
        ImageInfo::Association a;
        a.imageName = QStringLiteral("arm64");
        a.scanStatus = QStringLiteral("success");
        ImageInfo::Association b;
        b.imageDigest = QStringLiteral("sha256:1");
        b.imageType = awkwardText();
        b.imageVersion = QStringLiteral("v");
        b.namespaceName = QStringLiteral("n");
        i.associationImages = {a, b};
        return i;
    }

private slots:
    void imagesAreWrittenAsQJsonDocumentWritesThem_data()
    {
        QTest::addColumn<QList<ImageInfo>>("images");
        QTest::newRow("none") << QList<ImageInfo>();
        QTest::newRow("empty image") << QList<ImageInfo>{ImageInfo()};
        QTest::newRow("every field") << QList<ImageInfo>{fullImage()};
        QTest::newRow("several") << QList<ImageInfo>{fullImage(), ImageInfo(), fullImage()};
        ImageInfo longText = fullImage();
        longText.scanFailedDesc = awkwardText().repeated(5000);
        QTest::newRow("long text") << QList<ImageInfo>{longText, fullImage()};
    }

    void imagesAreWrittenAsQJsonDocumentWritesThem()
    {
        QFETCH(QList<ImageInfo>, images);
        QJsonArray list;
        for (const ImageInfo &image : images)
            list.append(image.toJson());
        const QJsonObject page{{QStringLiteral("data_list"), list}, {QStringLiteral("total_num"), 42}};
        const QByteArray expected = QJsonDocument(page).toJson(QJsonDocument::Indented);

        Utf8Buffer streamed;
        JsonStreamWriter writer(&streamed);
        writer.beginObject();
        writer.beginArray("data_list"_L1);
        for (const ImageInfo &image : images)
            image.writeJson(writer);
        writer.endArray();
        writer.write("total_num"_L1, qint64(42));
        writer.endObject();
        writer.endDocument();
        QCOMPARE(streamed.bytes().toByteArray(), expected);
    }

    void emptyContainersAndScalarsMatch()
    {
        const QJsonObject object{{QStringLiteral("a"), QJsonArray()},
                                 {QStringLiteral("b"), QJsonObject()},
                                 {QStringLiteral("c"), false},
                                 {QStringLiteral("d"), qint64(-9007199254740993)},
                                 {QStringLiteral("e"), awkwardText()}};
        Utf8Buffer streamed;
        JsonStreamWriter writer(&streamed);
        writer.beginObject();
        writer.beginArray("a"_L1);
        writer.endArray();
        writer.beginObject("b"_L1);
        writer.endObject();
        writer.write("c"_L1, false);
        writer.write("d"_L1, qint64(-9007199254740993));
        writer.write("e"_L1, awkwardText());
        writer.endObject();
        writer.endDocument();
        QCOMPARE(streamed.bytes().toByteArray(), QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
};

QTEST_APPLESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
