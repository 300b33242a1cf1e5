#include "app/actions/actionlog.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/net/hssclient.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/testfiles.h"

#include <QFile>
#include <QFileInfo>
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
    void readsTheNewestAcrossBlocks();
    void defaultPathIsInAppData();
    void replyOutcomeWithoutSecrets();
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
    QVERIFY(TestFiles::write(path, "{\"operation\":\"sync\",\"time\":\"2026-11-22T20:00:00.000Z\"}\n{\"operation\":\"sc"));
    const QList<ActionLogEntry> entries = ActionLog(path).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, QStringLiteral("sync"));
}

void TestActionLog::readsTheNewestAcrossBlocks()
{
    // Lines of varying length, several blocks' worth, so lines straddle block boundaries.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.jsonl"));
    ActionLog log(path);
    const int count = 2000;
    for (int i = 0; i < count; ++i) {
        ActionLogEntry e;
        e.operation = QStringLiteral("scan");
        e.scope = QString(i % 97 + 1, QLatin1Char('x'));
        e.requestId = QStringLiteral("req-%1").arg(i);
        QVERIFY(log.append(e));
    }
    QVERIFY(QFileInfo(path).size() > 3 * 64 * 1024);

    const QList<ActionLogEntry> all = log.entries();
    QCOMPARE(all.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(all.at(i).requestId, QStringLiteral("req-%1").arg(count - 1 - i));
    const QList<ActionLogEntry> newest = log.entries(1500);
    QCOMPARE(newest.size(), 1500);
    for (int i = 0; i < newest.size(); ++i)
        QCOMPARE(newest.at(i).requestId, all.at(i).requestId);
    QVERIFY(log.entries(0).isEmpty());
}

void TestActionLog::defaultPathIsInAppData()
{
    QVERIFY(ActionLog::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestActionLog::replyOutcomeWithoutSecrets()
{
    const QString canary = QStringLiteral("CANARY-SK-7f3e9b2d");
    ClientConfig config;
    config.credentials.accessKey = QStringLiteral("CANARY-AK-11aa");
    config.credentials.secretKey = canary;
    config.credentials.securityToken = QStringLiteral("CANARY-TOKEN-22bb");
    // No endpoint and no project: refused before sending, so no network is needed.
    HssClient client;
    client.setConfig(config);
    BatchScanSwrImageRequest scan;
    HssReply *reply = SandboxFixture::finish(client.send(scan), 5000);
    QVERIFY(reply->isFinished());

    QTemporaryDir dir;
    ActionLog log(dir.filePath(QStringLiteral("actions.jsonl")));
    QVERIFY(log.appendReply(QStringLiteral("prod"), QStringLiteral("scan"), QStringLiteral("2 selected images"), *reply));
    delete reply;
    const ActionLogEntry e = log.entries().first();
    QCOMPARE(e.operation, QStringLiteral("scan"));
    QVERIFY2(e.outcome.startsWith(QLatin1String("failed: ")), qPrintable(e.outcome));

    QFile file(log.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(canary.toUtf8()));
    QVERIFY(!content.contains("CANARY-TOKEN"));
}

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
