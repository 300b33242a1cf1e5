#include "tests/support/testzip.h"
#include "ui/exports/resultproxymodel.h"
#include "ui/exports/resulttablemodel.h"
#include "ui/exports/resultviewer.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestResultViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsCsvAndXlsxMembers();
    void sortsSeverityByRank();
    void filtersColumnByColumn();
    void readsLargeMemberOffTheUiThread();
    void closingCancelsTheRead();
    void opensWithinTheScreen();
    void reportsWhatItCannotShow();

private:
    QTemporaryDir m_dir;
    QString m_largeZip;
    int m_largeRows = 0;
};

namespace {

const QByteArray kCsv = "\xEF\xBB\xBFimage,namespace,tag,check,rule,severity,result,description,remediation\r\n"
                        "nginx,team-a,1.25,CIS 4.1,\"run as root\",High,failed,\"uses root,\nbad\",\"add USER\"\r\n"
                        "redis,team-b,7,CIS 4.6,healthcheck,Low,passed,ok,none\r\n"
                        "alpine,team-a,3.19,CIS 4.1,run as root,Medium,failed,x,y\r\n"
                        "httpd,team-c,2.4,CIS 5.2,report failed logins,Critical,passed,x,y\r\n"
                        "busybox,team-c,1.36,CIS 5.3,banner,Security,passed,x,y\r\n";
constexpr int kRuleColumn = 4;
constexpr int kSeverityColumn = 5;
constexpr int kResultColumn = 6;

QByteArray xlsx()
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    return TestZip::xlsx("<sst " + ns + "><si><t>image</t></si><si><t>severity</t></si><si><t>nginx</t></si></sst>",
                         {"<worksheet " + ns + "><sheetData>"
                          "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>High</t></is></c></row>"
                          "</sheetData></worksheet>"});
}

bool openAndWait(ResultViewer &viewer, const QString &path)
{
    QSignalSpy finished(&viewer, &ResultViewer::loadFinished);
    viewer.openArchive(path);
    return finished.wait(60000) && finished.first().first().toBool();
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

void TestResultViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // About 50 MB of CSV: big enough that reading it on the UI thread freezes the window.
    QByteArray csv = "image,namespace,tag,check,rule,severity,result,description,remediation\r\n";
    csv.reserve(52 * 1024 * 1024);
    while (csv.size() < 50 * 1024 * 1024) {
        csv += "image-" + QByteArray::number(m_largeRows)
               + ",team-a,1.0,CIS 4.1,run as root,High,failed,\"the container runs as root, which it should not\","
                 "add a USER line to the Dockerfile\r\n";
        ++m_largeRows;
    }
    m_largeZip = m_dir.filePath(QStringLiteral("large.zip"));
    QVERIFY(TestZip::write(m_largeZip, {{QStringLiteral("result.csv"), csv}}));
}

void TestResultViewer::showsCsvAndXlsxMembers()
{
    const QString path = m_dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("readme.txt"), "hi"},
                                  {QStringLiteral("result.xlsx"), xlsx()},
                                  {QStringLiteral("result.csv"), kCsv}}));
    ResultViewer viewer;
    QAbstractItemModelTester tester(viewer.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(openAndWait(viewer, path), qPrintable(viewer.errorString()));
    QCOMPARE(viewer.memberNames().size(), 3);
    QCOMPARE(viewer.currentMember(), QStringLiteral("result.csv"));
    QCOMPARE(viewer.rowCount(), 5);
    QCOMPARE(viewer.tableModel()->columnCount(), 9);
    QCOMPARE(viewer.tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("image"));
    QCOMPARE(viewer.tableModel()->index(0, 7).data().toString(), QStringLiteral("uses root,\nbad"));

    QSignalSpy finished(&viewer, &ResultViewer::loadFinished);
    viewer.showMember(QStringLiteral("result.xlsx"));
    QVERIFY(finished.wait());
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QCOMPARE(viewer.rowCount(), 1);
    QCOMPARE(viewer.tableModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("severity"));
    QCOMPARE(viewer.tableModel()->index(0, 1).data().toString(), QStringLiteral("High"));

    viewer.showMember(QStringLiteral("readme.txt"));
    QVERIFY(finished.wait());
    QCOMPARE(finished.takeFirst().first().toBool(), false);
    QVERIFY(!viewer.errorString().isEmpty());
    QCOMPARE(viewer.currentMember(), QStringLiteral("readme.txt"));
    QCOMPARE(viewer.rowCount(), 0);
}

void TestResultViewer::sortsSeverityByRank()
{
    const QString path = m_dir.filePath(QStringLiteral("severity.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("result.csv"), kCsv}}));
    ResultViewer viewer;
    QVERIFY(openAndWait(viewer, path));
    QVERIFY(viewer.tableModel()->isSeverityColumn(kSeverityColumn));
    QVERIFY(!viewer.tableModel()->isSeverityColumn(kResultColumn));
    viewer.proxyModel()->sort(kSeverityColumn, Qt::DescendingOrder);
    QCOMPARE(column(viewer.proxyModel(), kSeverityColumn),
             (QStringList{QStringLiteral("Critical"), QStringLiteral("High"), QStringLiteral("Medium"),
                          QStringLiteral("Low"), QStringLiteral("Security")}));
    viewer.proxyModel()->sort(kSeverityColumn, Qt::AscendingOrder);
    QCOMPARE(column(viewer.proxyModel(), kSeverityColumn).first(), QStringLiteral("Security"));
    QCOMPARE(column(viewer.proxyModel(), kSeverityColumn).last(), QStringLiteral("Critical"));
    // Other columns still sort by their text.
    viewer.proxyModel()->sort(0, Qt::AscendingOrder);
    QCOMPARE(column(viewer.proxyModel(), 0).first(), QStringLiteral("alpine"));
    QCOMPARE(column(viewer.proxyModel(), 0).last(), QStringLiteral("redis"));
}

void TestResultViewer::filtersColumnByColumn()
{
    const QString path = m_dir.filePath(QStringLiteral("filter.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("result.csv"), kCsv}}));
    ResultViewer viewer;
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(openAndWait(viewer, path));

    // "failed" typed over the result column: the passed rule "report failed logins" stays out.
    QLineEdit *result = viewer.columnFilterEdit(kResultColumn);
    QVERIFY(result && result->isVisible());
    QTest::keyClicks(result, QStringLiteral("failed"));
    QCOMPARE(viewer.visibleRowCount(), 2);
    QCOMPARE(column(viewer.proxyModel(), kResultColumn),
             (QStringList{QStringLiteral("failed"), QStringLiteral("failed")}));
    QVERIFY(viewer.statusText().contains(QLatin1String("2")));

    // Filters of several columns must all match.
    QTest::keyClicks(viewer.columnFilterEdit(1), QStringLiteral("TEAM-A"));
    QCOMPARE(viewer.visibleRowCount(), 2);
    QTest::keyClicks(viewer.columnFilterEdit(0), QStringLiteral("alp"));
    QCOMPARE(viewer.visibleRowCount(), 1);

    viewer.setColumnFilter(0, QString());
    viewer.setColumnFilter(1, QString());
    viewer.setColumnFilter(kResultColumn, QString());
    QCOMPARE(viewer.visibleRowCount(), 5);
    QTest::keyClicks(viewer.columnFilterEdit(kRuleColumn), QStringLiteral("failed"));
    QCOMPARE(column(viewer.proxyModel(), 0), QStringList{QStringLiteral("httpd")});

    // The field sits over its column.
    QCOMPARE(result->width(), viewer.findChild<QTableView *>()->columnWidth(kResultColumn));
}

void TestResultViewer::readsLargeMemberOffTheUiThread()
{
    ResultViewer viewer;
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    int ticks = 0;
    int ticksWhenLoaded = -1;
    QTimer frame;
    frame.setInterval(16);
    connect(&frame, &QTimer::timeout, this, [&ticks] { ++ticks; });
    connect(&viewer, &ResultViewer::loadFinished, this, [&] { ticksWhenLoaded = ticks; });
    QSignalSpy finished(&viewer, &ResultViewer::loadFinished);
    frame.start();

    viewer.openArchive(m_largeZip);
    QVERIFY(viewer.isReading());
    QVERIFY2(viewer.statusText().startsWith(QLatin1String("Reading")), qPrintable(viewer.statusText()));
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(100000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(viewer.errorString()));
    // The event loop kept turning while the worker read: the frame timer fired in between.
    QVERIFY2(ticksWhenLoaded >= 2, qPrintable(QString::number(ticksWhenLoaded)));
    QCOMPARE(viewer.rowCount(), m_largeRows);
    QVERIFY(!viewer.isReading());
}

void TestResultViewer::closingCancelsTheRead()
{
    ResultViewer viewer;
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy finished(&viewer, &ResultViewer::loadFinished);
    viewer.openArchive(m_largeZip);
    QVERIFY(viewer.isReading());
    viewer.close();
    QCOMPARE(viewer.statusText(), QStringLiteral("Reading canceled."));
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isReading(), 60000);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(viewer.rowCount(), 0);
}

void TestResultViewer::opensWithinTheScreen()
{
    ResultViewer viewer;
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const QRect available = viewer.screen()->availableGeometry();
    QVERIFY2(available.contains(viewer.frameGeometry()),
             qPrintable(QStringLiteral("%1x%2+%3+%4 outside %5x%6")
                            .arg(viewer.frameGeometry().width())
                            .arg(viewer.frameGeometry().height())
                            .arg(viewer.frameGeometry().x())
                            .arg(viewer.frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestResultViewer::reportsWhatItCannotShow()
{
    ResultViewer viewer;
    QVERIFY(!openAndWait(viewer, m_dir.filePath(QStringLiteral("missing.zip"))));
    QVERIFY(!viewer.errorString().isEmpty());
    QCOMPARE(viewer.statusText(), viewer.errorString());
    QCOMPARE(viewer.rowCount(), 0);
}

QTEST_MAIN(TestResultViewer)
#include "tst_resultviewer.moc"
