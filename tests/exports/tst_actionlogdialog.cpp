#include "actionlog.h"
#include "actionlogdialog.h"
#include "actionlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestActionLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsNewestFirstAndFollowsAppends();
};

void TestActionLogDialog::showsNewestFirstAndFollowsAppends()
{
    QTemporaryDir dir;
    ActionLog log(dir.filePath(QStringLiteral("actions.jsonl")));
    ActionLogEntry sync;
    sync.operation = QStringLiteral("sync");
    sync.outcome = QStringLiteral("success");
    sync.requestId = QStringLiteral("req-sync");
    QVERIFY(log.append(sync));

    ActionLogDialog dialog(&log);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 1);

    ActionLogEntry scan;
    scan.operation = QStringLiteral("scan");
    scan.scope = QStringLiteral("3 selected images");
    scan.taskId = QStringLiteral("t-1");
    QVERIFY(log.append(scan));
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->index(0, ActionLogModel::Operation).data().toString(), QStringLiteral("scan"));
    QCOMPARE(dialog.model()->index(0, ActionLogModel::TaskId).data().toString(), QStringLiteral("t-1"));
    QCOMPARE(dialog.model()->index(1, ActionLogModel::RequestId).data().toString(), QStringLiteral("req-sync"));
    QCOMPARE(dialog.model()->headerData(ActionLogModel::Outcome, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
    QVERIFY(!dialog.accessibleName().isEmpty());
}

QTEST_MAIN(TestActionLogDialog)
#include "tst_actionlogdialog.moc"
