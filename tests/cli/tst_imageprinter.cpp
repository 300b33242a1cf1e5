#include "app/base/safetext.h"
#include "cli/imageprinter.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <limits>

// Server text in the CLI's table and CSV: shown, never obeyed by the terminal or the
// spreadsheet that opens the file.
class TestImagePrinter : public QObject
{
    Q_OBJECT

private:
    static ListSwrImageRepositoryResponse hostilePage()
    {
        ImageInfo image;
        image.id = 7;
        image.namespaceName = QStringLiteral("=HYPERLINK(\"http://evil.test\",\"open\")");
        image.imageName = QStringLiteral("nginx\x1b]0;pwned\x07\x1b[2J");
        image.imageVersion = QStringLiteral("@SUM(1+1)");
        image.imageType = QStringLiteral("private_image");
        image.scanStatus = QStringLiteral("failed");
        image.scanFailedDesc = QStringLiteral("bad") + QChar(0x202e) + QStringLiteral("txt.exe");
        ListSwrImageRepositoryResponse page;
        page.totalNum = 1;
        page.images = {image};
        return page;
    }

    // A list long enough for many pages, with text of every width and kind.
    static QList<ImageInfo> manyImages()
    {
        QList<ImageInfo> images;
        for (int n = 0; n < 1000; ++n) {
            ImageInfo image = n % 97 == 0 ? hostilePage().images.first() : ImageInfo();
            image.id = 10001 + n;
            if (n % 97 != 0) {
                image.namespaceName = QStringLiteral("team-%1").arg(n % 7);
                image.imageName = QString(n % 23 + 1, QLatin1Char('a' + n % 26)) + QStringLiteral(",\"q\"");
                image.imageVersion = n % 11 == 0 ? QString() : QStringLiteral("v%1").arg(n);
                image.imageType = QStringLiteral("private_image");
                image.scanStatus = QStringLiteral("success");
                image.scanFailedDesc = n % 13 == 0 ? QStringLiteral("line\nbreak") : QString();
                image.instanceName = n % 5 == 0 ? QStringLiteral("实例") : QString();
            }
            image.imageSize = qint64(n) * 1048573;
            image.latestUpdateTime = n % 3 == 0 ? 0 : 1767225600000 + qint64(n) * 60000;
            image.latestScanTime = n % 4 == 0 ? 0 : 1767225600000 + qint64(n) * 61000;
            image.vulNum = n % 9;
            images.append(image);
        }
        return images;
    }

    // Text to be escaped, neutralised, quoted or encoded, at the start, middle and end of a cell.
    static QStringList awkwardTexts()
    {
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        QStringList texts{QString(), QStringLiteral("plain"), QStringLiteral("=1+1"), QStringLiteral("+1"),
                          QStringLiteral("-1"), QStringLiteral("@SUM(A1)"), QStringLiteral("\t=1"),
                          QStringLiteral("\r=1"), QStringLiteral("'quoted'"), QStringLiteral("a,b"),
                          QStringLiteral("say \"hi\""), QStringLiteral("\""), QStringLiteral(","),
                          QStringLiteral("line\nbreak"), QStringLiteral("cr\rlf\r\n"), QStringLiteral("tab\tin"),
                          QStringLiteral("\x1b]0;pwned\x07"), QStringLiteral("del\x7f"), QStringLiteral("back\\slash"),
                          QStringLiteral("=a,\"b\"\n"), QStringLiteral("-\x1b[2J"), QStringLiteral("é ß 团队 ١٢"),
                          QStringLiteral("=团队"), emoji, emoji + QStringLiteral("=1"), QStringLiteral("a") + emoji + emoji};
        for (const char16_t c : {u'\x85', u'\x9b', u'\x9f', u'\xa0', u'\u061c', u'\u200e', u'\u200f', u'\u202a',
                                 u'\u202e', u'\u2066', u'\u2069', u'\u2028', u'\ufeff', u'\uffff'})
            texts << QStringLiteral("x") + QChar(c) + QStringLiteral("y") << QString(QChar(c));
        texts << QString(5000, QChar(0x4e2d)) + QStringLiteral(",") << QString(20000, QLatin1Char('w'));
        return texts;
    }

    // Halves of a pair: alone, at either end, before punctuation, and the wrong way round.
    static QStringList halfPairs()
    {
        const QChar high(0xd83d);
        const QChar low(0xde00);
        return {QString(high), QString(low), QStringLiteral("a") + high, low + QStringLiteral("a"),
                high + QStringLiteral(","), high + QStringLiteral("\n"), QString(low) + high,
                QStringLiteral("=") + high, QString(high) + high + low};
    }

    static QList<ImageInfo> awkwardImages(const QStringList &texts)
    {
        QList<ImageInfo> images;
        for (const QString &text : texts) {
            ImageInfo image = manyImages().at(images.size() % 3 + 1);
            image.namespaceName = text;
            image.imageName = text;
            image.imageVersion = text;
            image.imageType = text;
            image.scanStatus = text;
            image.scanFailedDesc = text;
            image.instanceName = text;
            image.imageId = text;
            image.imageDigest = text;
            image.domainName = text;
            image.sharedStatus = text;
            image.instanceId = text;
            image.instanceUrl = text;
            ImageInfo::Association sibling;
            sibling.imageName = text;
            sibling.scanStatus = text;
            image.associationImages = {sibling};
            images.append(image);
        }
        // Numbers a spreadsheet would read as formulas, and the longest ones.
        images[1].id = -7;
        images[1].vulNum = -1;
        images[1].latestUpdateTime = -60000;
        images[2].imageSize = std::numeric_limits<qint64>::max();
        images[2].unsafeSettingNum = std::numeric_limits<qint64>::min();
        images[2].maliciousFileNum = std::numeric_limits<qint64>::max();
        return images;
    }

    // What ImagePrinter printed before it streamed: the whole list formatted at once, written
    // through the QTextStream the CLI printed with.
    static QByteArray wholeListAsBefore(const QList<ImageInfo> &images, qint64 total, ImagePrinter::Format format)
    {
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        QTextStream(&device) << wholeListTextAsBefore(images, total, format);
        return device.data();
    }

    static QString wholeListTextAsBefore(const QList<ImageInfo> &images, qint64 total, ImagePrinter::Format format)
    {
        const auto row = [](const ImageInfo &i, bool human) {
            const auto iso = [](qint64 ms) {
                return ms <= 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
            };
            return QStringList{QString::number(i.id), i.namespaceName, i.imageName, i.imageVersion, i.imageType,
                               i.scanStatus,
                               human ? QLocale::c().formattedDataSize(i.imageSize) : QString::number(i.imageSize),
                               QString::number(i.vulNum), QString::number(i.unsafeSettingNum),
                               QString::number(i.maliciousFileNum),
                               human ? iso(i.latestUpdateTime) : QString::number(i.latestUpdateTime),
                               human ? iso(i.latestScanTime) : QString::number(i.latestScanTime), i.instanceName,
                               i.scanFailedDesc};
        };
        const QStringList head{QStringLiteral("id"), QStringLiteral("namespace"), QStringLiteral("image_name"),
                               QStringLiteral("image_version"), QStringLiteral("image_type"),
                               QStringLiteral("scan_status"), QStringLiteral("image_size"), QStringLiteral("vul_num"),
                               QStringLiteral("unsafe_setting_num"), QStringLiteral("malicious_file_num"),
                               QStringLiteral("latest_update_time"), QStringLiteral("latest_scan_time"),
                               QStringLiteral("instance_name"), QStringLiteral("scan_failed_desc")};
        QString out;
        switch (format) {
        case ImagePrinter::Format::Json: {
            ListSwrImageRepositoryResponse page;
            page.totalNum = total;
            page.images = images;
            return QString::fromUtf8(QJsonDocument(page.toJson()).toJson(QJsonDocument::Indented));
        }
        case ImagePrinter::Format::Csv:
            out += head.join(QLatin1Char(',')) + QLatin1Char('\n');
            for (const ImageInfo &image : images) {
                QStringList fields = row(image, false);
                for (QString &f : fields)
                    f = ImagePrinter::csvField(SafeText::forSpreadsheetCell(
                        SafeText::forTerminal(f, SafeText::LineBreaks::Keep)));
                out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
            }
            return out;
        case ImagePrinter::Format::Table: {
            QList<QStringList> rows;
            QStringList upper = head;
            for (QString &h : upper)
                h = h.toUpper();
            rows.append(upper);
            for (const ImageInfo &image : images) {
                QStringList cells = row(image, true);
                for (QString &c : cells)
                    c = SafeText::forTerminal(c);
                rows.append(cells);
            }
            QList<int> widths(head.size(), 0);
            for (const QStringList &r : std::as_const(rows))
                for (int c = 0; c < r.size(); ++c)
                    widths[c] = std::max(widths.at(c), int(r.at(c).size()));
            for (const QStringList &r : std::as_const(rows)) {
                QString line;
                for (int c = 0; c < r.size(); ++c)
                    line += r.at(c).leftJustified(widths.at(c) + 2);
                out += line.trimmed() + QLatin1Char('\n');
            }
            return out;
        }
        }
        return out;
    }

    static QString print(ImagePrinter::Format format)
    {
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        ImagePrinter::print(&device, hostilePage(), format);
        return QString::fromUtf8(device.data());
    }

private slots:
    void tableShowsEscapesInsteadOfObeyingThem()
    {
        const QString table = print(ImagePrinter::Format::Table);
        QVERIFY(!table.contains(QChar(0x1b)));
        QVERIFY(!table.contains(QChar(0x07)));
        QVERIFY(!table.contains(QChar(0x202e)));
        QVERIFY(table.contains(QStringLiteral("nginx\\x1b]0;pwned\\x07\\x1b[2J")));
        QVERIFY(table.contains(QStringLiteral("bad\\u202etxt.exe")));
        QCOMPARE(table.count(QLatin1Char('\n')), 2); // header and one row
    }

    void csvCellsCannotRunFormulas()
    {
        const QString csv = print(ImagePrinter::Format::Csv);
        QVERIFY(!csv.contains(QChar(0x1b)));
        const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QString row = lines.at(1);
        QVERIFY2(row.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"open\"\")\",")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral(",'@SUM(1+1),")), qPrintable(row));
        QVERIFY(row.startsWith(QStringLiteral("7,")));
    }

    void pageByPageIsWhatTheWholeListPrintedBefore_data()
    {
        QTest::addColumn<ImagePrinter::Format>("format");
        QTest::newRow("table") << ImagePrinter::Format::Table;
        QTest::newRow("csv") << ImagePrinter::Format::Csv;
        QTest::newRow("json") << ImagePrinter::Format::Json;
    }

    void pageByPageIsWhatTheWholeListPrintedBefore()
    {
        QFETCH(ImagePrinter::Format, format);
        const QList<ImageInfo> images = manyImages();
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        {
            ImagePrinter printer(&device, format);
            for (qsizetype offset = 0; offset < images.size(); offset += 200) {
                printer.add(images.mid(offset, 200));
                // JSON and CSV rows go out with their page; the table waits for its widths.
                const QByteArray secondPage = format == ImagePrinter::Format::Json ? "\"id\": 10201,"
                    : format == ImagePrinter::Format::Csv                           ? "\n10201,"
                                                                                    : "\n10201 ";
                QCOMPARE(device.data().contains(secondPage), format != ImagePrinter::Format::Table && offset >= 200);
            }
            printer.add({}); // an empty last page changes nothing
            QCOMPARE(printer.printed(), images.size());
            printer.finish(images.size() + 5);
        }
        QCOMPARE(device.data(), wholeListAsBefore(images, images.size() + 5, format));
    }

    // Every kind of text the fast paths could get wrong, in every text field, next to plain
    // rows: the bytes are what the whole list printed through a QTextStream before.
    void awkwardTextPrintsAsBefore_data()
    {
        QTest::addColumn<ImagePrinter::Format>("format");
        QTest::addColumn<QStringList>("texts");
        // Not the table with halves: its spool reads one back as '?', where QTextStream wrote U+FFFD.
        QTest::newRow("table") << ImagePrinter::Format::Table << awkwardTexts();
        QTest::newRow("csv") << ImagePrinter::Format::Csv << awkwardTexts() + halfPairs();
        QTest::newRow("json") << ImagePrinter::Format::Json << awkwardTexts() + halfPairs();
    }

    void awkwardTextPrintsAsBefore()
    {
        QFETCH(ImagePrinter::Format, format);
        QFETCH(QStringList, texts);
        const QList<ImageInfo> images = awkwardImages(texts);
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        ImagePrinter printer(&device, format);
        for (qsizetype offset = 0; offset < images.size(); offset += 7)
            printer.add(images.mid(offset, 7));
        printer.finish(images.size());
        QCOMPARE(device.data(), wholeListAsBefore(images, images.size(), format));
    }

    void anEmptyListPrintsAsBefore_data() { pageByPageIsWhatTheWholeListPrintedBefore_data(); }

    void anEmptyListPrintsAsBefore()
    {
        QFETCH(ImagePrinter::Format, format);
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        ImagePrinter::print(&device, ListSwrImageRepositoryResponse(), format);
        QCOMPARE(device.data(), wholeListAsBefore({}, 0, format));
    }
};

QTEST_APPLESS_MAIN(TestImagePrinter)
#include "tst_imageprinter.moc"
