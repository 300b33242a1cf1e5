#include "tests/exports/testzip.h"
#include "ui/exports/resulttablemodel.h"
#include "ui/exports/resultviewer.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

class TestResultViewer : public QObject
{
    Q_OBJECT

private slots:
    void showsCsvAndXlsxMembers();
    void sortsAndFilters();
    void reportsWhatItCannotShow();
};

namespace {

const QByteArray kCsv = "\xEF\xBB\xBFimage,namespace,tag,check,rule,severity,result,description,remediation\r\n"
                        "nginx,team-a,1.25,CIS 4.1,\"run as root\",High,failed,\"uses root,\nbad\",\"add USER\"\r\n"
                        "redis,team-b,7,CIS 4.6,healthcheck,Low,passed,ok,none\r\n"
                        "alpine,team-a,3.19,CIS 4.1,run as root,Medium,failed,x,y\r\n";

QByteArray xlsx()
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    return TestZip::xlsx("<sst " + ns + "><si><t>image</t></si><si><t>severity</t></si><si><t>nginx</t></si></sst>",
                         {"<worksheet " + ns + "><sheetData>"
                          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>High</t></is></c></row>"
                          "</sheetData></worksheet>"});
}

} // namespace

void TestResultViewer::showsCsvAndXlsxMembers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("readme.txt"), "hi"},
                                  {QStringLiteral("result.xlsx"), xlsx()},
                                  {QStringLiteral("result.csv"), kCsv}}));
    ResultViewer viewer;
    QAbstractItemModelTester tester(viewer.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(viewer.openArchive(path), qPrintable(viewer.errorString()));
    QCOMPARE(viewer.memberNames().size(), 3);
    QCOMPARE(viewer.currentMember(), QStringLiteral("result.csv"));
    QCOMPARE(viewer.rowCount(), 3);
    QCOMPARE(viewer.tableModel()->columnCount(), 9);
    QCOMPARE(viewer.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("image"));
    QCOMPARE(viewer.tableModel()->index(0, 7).data().toString(), QStringLiteral("uses root,\nbad"));

    QVERIFY(viewer.showMember(QStringLiteral("result.xlsx")));
    QCOMPARE(viewer.rowCount(), 1);
    QCOMPARE(viewer.tableModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("severity"));
    QCOMPARE(viewer.tableModel()->index(0, 1).data().toString(), QStringLiteral("High"));

    QVERIFY(!viewer.showMember(QStringLiteral("readme.txt")));
    QVERIFY(!viewer.errorString().isEmpty());
}

void TestResultViewer::sortsAndFilters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("result.csv"), kCsv}}));
    ResultViewer viewer;
    QVERIFY(viewer.openArchive(path));
    viewer.setFilterText(QStringLiteral("TEAM-A"));
    QCOMPARE(viewer.visibleRowCount(), 2);
    viewer.setFilterText(QStringLiteral("passed"));
    QCOMPARE(viewer.visibleRowCount(), 1);
    viewer.setFilterText(QString());
    QCOMPARE(viewer.visibleRowCount(), 3);
    viewer.proxyModel()->sort(0, Qt::AscendingOrder);
    QCOMPARE(viewer.proxyModel()->index(0, 0).data().toString(), QStringLiteral("alpine"));
    QCOMPARE(viewer.proxyModel()->index(2, 0).data().toString(), QStringLiteral("redis"));
}

void TestResultViewer::reportsWhatItCannotShow()
{
    QTemporaryDir dir;
    ResultViewer viewer;
    QVERIFY(!viewer.openArchive(dir.filePath(QStringLiteral("missing.zip"))));
    QVERIFY(!viewer.errorString().isEmpty());
    QCOMPARE(viewer.rowCount(), 0);
}

QTEST_MAIN(TestResultViewer)
#include "tst_resultviewer.moc"
