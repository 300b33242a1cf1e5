#include "app/results/xlsxsheetreader.h"
#include "tests/support/testzip.h"

#include <QTest>

class TestXlsxSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void cellReferences();
    void readsFirstSheetWithSharedStrings();
    void inlineStringsNumbersAndBooleans();
    void gapsKeepTheirColumnsAndRows();
    void richTextAndPhonetics();
    void badSharedStringIndex();
    void notAWorkbook();
    void columnBeyondTheWidthCap();
    void rowsTimesWidthBeyondTheCellBudget();
    void widthTimesRowsBeyondTheCellBudget();
    void largestAreaWithinTheBudgetReads();
    void tooManySharedStrings();
};

namespace {

const QByteArray kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

QByteArray sheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + kNs + "><sheetData>" + rows
           + "</sheetData></worksheet>";
}

QStringList strings(std::initializer_list<const char *> cells)
{
    QStringList r;
    for (const char *c : cells)
        r.append(QString::fromUtf8(c));
    return r;
}

} // namespace

void TestXlsxSheetReader::cellReferences()
{
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("A1")), 0);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("C12")), 2);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("Z3")), 25);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("AA3")), 26);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("XFD1")), 16383);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("12")), -1);
    QCOMPARE(XlsxSheetReader::columnIndex(QStringLiteral("ABCD1")), -1);
    QCOMPARE(XlsxSheetReader::rowIndex(QStringLiteral("C12")), 11);
    QCOMPARE(XlsxSheetReader::rowIndex(QStringLiteral("C")), -1);
}

void TestXlsxSheetReader::readsFirstSheetWithSharedStrings()
{
    const QByteArray shared = "<sst " + kNs + " count=\"4\" uniqueCount=\"4\">"
                              "<si><t>image</t></si><si><t>severity</t></si>"
                              "<si><t>nginx</t></si><si><t xml:space=\"preserve\"> High </t></si></sst>";
    const QByteArray first = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                   "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>");
    const QByteArray second = sheet("<row r=\"1\"><c r=\"A1\"><v>999</v></c></row>");
    XlsxSheetReader reader;
    QVERIFY2(reader.read(TestZip::xlsx(shared, {first, second})), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetName(), QStringLiteral("Sheet1"));
    QCOMPARE(reader.rows(), (QList<QStringList>{strings({"image", "severity"}), strings({"nginx", " High "})}));
}

void TestXlsxSheetReader::inlineStringsNumbersAndBooleans()
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>镜像</t></is></c>"
                            "<c r=\"B1\"><v>42</v></c><c r=\"C1\" t=\"n\"><v>3.5</v></c>"
                            "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"str\"><v>formula text</v></c></row>";
    XlsxSheetReader reader;
    QVERIFY2(reader.read(TestZip::xlsx(QByteArray(), {sheet(rows)})), qPrintable(reader.errorString()));
    QCOMPARE(reader.rows(), QList<QStringList>{strings({"镜像", "42", "3.5", "TRUE", "formula text"})});
}

void TestXlsxSheetReader::gapsKeepTheirColumnsAndRows()
{
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                            "<c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                            "<row r=\"3\"><c r=\"B3\"><v>7</v></c></row>"
                            "<row><c><v>1</v></c><c><v>2</v></c></row>"; // no references at all
    XlsxSheetReader reader;
    QVERIFY2(reader.read(TestZip::xlsx(QByteArray(), {sheet(rows)})), qPrintable(reader.errorString()));
    QCOMPARE(reader.rows(), (QList<QStringList>{strings({"a", "", "c"}), QStringList(), strings({"", "7"}),
                                                strings({"1", "2"})}));
}

void TestXlsxSheetReader::richTextAndPhonetics()
{
    const QByteArray shared = "<sst " + kNs + "><si><r><t>Hi</t></r><r><rPr><b/></rPr><t>gh</t></r>"
                              "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si></sst>";
    XlsxSheetReader reader;
    QVERIFY(reader.read(TestZip::xlsx(shared, {sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")})));
    QCOMPARE(reader.rows(), QList<QStringList>{strings({"High"})});
}

void TestXlsxSheetReader::badSharedStringIndex()
{
    XlsxSheetReader reader;
    QVERIFY(!reader.read(TestZip::xlsx("<sst " + kNs + "><si><t>x</t></si></sst>",
                                       {sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")})));
    QVERIFY(reader.errorString().contains(QLatin1String("A1")));
}

void TestXlsxSheetReader::notAWorkbook()
{
    XlsxSheetReader reader;
    QVERIFY(!reader.read("not a zip"));
    QVERIFY(!reader.errorString().isEmpty());
    QVERIFY(!reader.read(TestZip::build({{QStringLiteral("hello.txt"), "hi"}})));
    QVERIFY(reader.errorString().contains(QLatin1String("workbook.xml")));
}

// Each crafted sheet below is a few hundred bytes that would once have been padded to billions
// of cells; the reader must refuse before padding, which is also what keeps these tests fast.
void TestXlsxSheetReader::columnBeyondTheWidthCap()
{
    XlsxSheetReader reader;
    QVERIFY(!reader.read(TestZip::xlsx(QByteArray(), {sheet("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")})));
    QVERIFY2(reader.errorString().contains(QLatin1String("too large to show")), qPrintable(reader.errorString()));
    QVERIFY(reader.rows().first().isEmpty());
}

void TestXlsxSheetReader::rowsTimesWidthBeyondTheCellBudget()
{
    // Column AMJ is the last one allowed; a row far below it then makes the area too big.
    XlsxSheetReader reader;
    QVERIFY(!reader.read(TestZip::xlsx(QByteArray(), {sheet("<row r=\"1\"><c r=\"AMJ1\"><v>1</v></c></row>"
                                                            "<row r=\"1048576\"/>")})));
    QVERIFY2(reader.errorString().contains(QLatin1String("too large to show")), qPrintable(reader.errorString()));
    QCOMPARE(reader.rows().size(), 1);
}

void TestXlsxSheetReader::widthTimesRowsBeyondTheCellBudget()
{
    // 800,000 rows are within budget one column wide, not 27 columns wide.
    XlsxSheetReader reader;
    QVERIFY(!reader.read(TestZip::xlsx(QByteArray(), {sheet("<row r=\"800000\"><c r=\"A800000\"><v>1</v></c>"
                                                            "<c r=\"AA800000\"><v>2</v></c></row>")})));
    QVERIFY2(reader.errorString().contains(QLatin1String("too large to show")), qPrintable(reader.errorString()));
    QCOMPARE(reader.rows().last().size(), 1);
}

void TestXlsxSheetReader::largestAreaWithinTheBudgetReads()
{
    // 19,531 rows × 1,024 columns is just under 20 million cells.
    XlsxSheetReader reader;
    QVERIFY2(reader.read(TestZip::xlsx(QByteArray(), {sheet("<row r=\"1\"><c r=\"AMJ1\"><v>x</v></c></row>"
                                                            "<row r=\"19531\"><c r=\"A19531\"><v>y</v></c></row>")})),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.rows().size(), 19531);
    QCOMPARE(reader.rows().first().size(), XlsxSheetReader::MaxColumns);
    QCOMPARE(reader.rows().first().last(), QStringLiteral("x"));
    QCOMPARE(reader.rows().last(), QStringList{QStringLiteral("y")});
}

void TestXlsxSheetReader::tooManySharedStrings()
{
    QByteArray shared = "<sst " + kNs + ">";
    shared += QByteArray("<si/>").repeated(XlsxSheetReader::MaxSharedStrings + 1);
    shared += "</sst>";
    XlsxSheetReader reader;
    QVERIFY(!reader.read(TestZip::xlsx(shared, {sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")})));
    QVERIFY2(reader.errorString().contains(QLatin1String("shared strings")), qPrintable(reader.errorString()));
}

QTEST_APPLESS_MAIN(TestXlsxSheetReader)
#include "tst_xlsxsheetreader.moc"
