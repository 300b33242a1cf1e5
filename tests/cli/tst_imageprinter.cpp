#include "cli/imageprinter.h"

#include <QTest>

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

    static QString print(ImagePrinter::Format format)
    {
        QString text;
        QTextStream out(&text);
        ImagePrinter::print(out, hostilePage(), format);
        out.flush();
        return text;
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
};

QTEST_APPLESS_MAIN(TestImagePrinter)
#include "tst_imageprinter.moc"
