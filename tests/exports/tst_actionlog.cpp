#include "actionlog.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestActionLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appendsAndReadsNewestFirst();
    void skipsDamagedLines();
    void defaultPathIsInAppData();
};

void TestActionLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActionLog::appendsAndReadsNewestFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log/actions.jsonl"));
    ActionLog log(path);
    QSignalSpy spy(&log, &ActionLog::appended);
    for (int i = 0; i < 3; ++i) {
        ActionLogEntry e;
        e.profile = QStringLiteral("prod");
        e.operation = i == 0 ? QStringLiteral("scan") : QStringLiteral("export");
        e.scope = QStringLiteral("%1 selected images").arg(i + 1);
        e.outcome = QStringLiteral("accepted");
        e.requestId = QStringLiteral("req-%1").arg(i);
        e.taskId = QStringLiteral("task-%1").arg(i);
        QVERIFY(log.append(e));
    }
    QCOMPARE(spy.count(), 3);
    QVERIFY(spy.at(0).at(0).value<ActionLogEntry>().time.isValid());

    const QList<ActionLogEntry> all = ActionLog(path).entries();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().requestId, QStringLiteral("req-2"));
    QCOMPARE(all.last().operation, QStringLiteral("scan"));
    QCOMPARE(all.last().taskId, QStringLiteral("task-0"));
    QCOMPARE(all.last().profile, QStringLiteral("prod"));
    QVERIFY(all.last().time.isValid());
    QCOMPARE(log.entries(2).size(), 2);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
}

void TestActionLog::skipsDamagedLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"operation\":\"sync\",\"time\":\"2026-11-22T20:00:00.000Z\"}\n{\"operation\":\"sc");
    file.close();
    const QList<ActionLogEntry> entries = ActionLog(path).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, QStringLiteral("sync"));
}

void TestActionLog::defaultPathIsInAppData()
{
    QVERIFY(ActionLog::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
