#include "app/actions/actionlog.h"
#include "ui/exports/actionlogdialog.h"
#include "ui/exports/actionlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestActionLogDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsNewestFirstAndFollowsAppends();
    void keepsOnlyTheNewestEntries();
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

void TestActionLogDialog::keepsOnlyTheNewestEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < ActionLogModel::MaxEntries + 10; ++i) {
            ActionLogEntry e;
            e.operation = QStringLiteral("scan");
            e.requestId = QStringLiteral("req-%1").arg(i);
            file.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    ActionLog log(path);
    ActionLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), ActionLogModel::MaxEntries);
    QCOMPARE(model.index(0, ActionLogModel::RequestId).data().toString(),
             QStringLiteral("req-%1").arg(ActionLogModel::MaxEntries + 9));
    QCOMPARE(model.index(ActionLogModel::MaxEntries - 1, ActionLogModel::RequestId).data().toString(),
             QStringLiteral("req-10"));

    // A new entry pushes the oldest one out.
    ActionLogEntry newest;
    newest.operation = QStringLiteral("sync");
    newest.requestId = QStringLiteral("req-new");
    QVERIFY(log.append(newest));
    QCOMPARE(model.rowCount(), ActionLogModel::MaxEntries);
    QCOMPARE(model.index(0, ActionLogModel::RequestId).data().toString(), QStringLiteral("req-new"));
    QCOMPARE(model.index(ActionLogModel::MaxEntries - 1, ActionLogModel::RequestId).data().toString(),
             QStringLiteral("req-11"));
}

QTEST_MAIN(TestActionLogDialog)
#include "tst_actionlogdialog.moc"
