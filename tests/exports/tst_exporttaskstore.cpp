#include "app/exports/exporttaskstore.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestExportTaskStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsInAppData();
    void roundTrip();
    void missingFileIsEmpty();
    void corruptFileIsReported();
    void elapsed();
};

namespace {

ExportTaskRecord sample(const QString &id, const QString &status)
{
    ExportTaskRecord r;
    r.taskId = id;
    r.createdAt = QDateTime(QDate(2026, 11, 22), QTime(20, 0, 0, 123), Qt::UTC);
    r.profile = QStringLiteral("prod");
    r.scope = QStringLiteral("all images matching: image_type=private_image, has_vul=true");
    r.operateAll = true;
    r.exportSize = 1234;
    r.recordTotalNum = 99;
    r.status = status;
    r.requestId = QStringLiteral("req-1");
    if (status == QLatin1String("success")) {
        r.finishedAt = r.createdAt.addSecs(12);
        r.fileId = QStringLiteral("file-1");
        r.fileName = QStringLiteral("hss-image-baseline.zip");
        r.savedPath = QStringLiteral("/tmp/x/hss-image-baseline.zip");
    }
    return r;
}

} // namespace

void TestExportTaskStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportTaskStore::defaultPathIsInAppData()
{
    QVERIFY(ExportTaskStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(ExportTaskStore().filePath(), ExportTaskStore::defaultPath());
}

void TestExportTaskStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/tasks.json"));
    {
        ExportTaskStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.upsert(sample(QStringLiteral("t1"), QStringLiteral("running"))), 0);
        QCOMPARE(store.upsert(sample(QStringLiteral("t2"), QStringLiteral("success"))), 1);
        ExportTaskRecord failed = sample(QStringLiteral("t1"), QStringLiteral("failure"));
        failed.failureReason = QStringLiteral("failure (request id req-9)");
        QCOMPARE(store.upsert(failed), 0);
    }
    ExportTaskStore reopened(path);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.records().size(), 2);
    QCOMPARE(reopened.record(QStringLiteral("t2")), sample(QStringLiteral("t2"), QStringLiteral("success")));
    QCOMPARE(reopened.record(QStringLiteral("t1")).status, QStringLiteral("failure"));
    QCOMPARE(reopened.record(QStringLiteral("t1")).failureReason, QStringLiteral("failure (request id req-9)"));
    QVERIFY(reopened.remove(QStringLiteral("t1")));
    QVERIFY(!reopened.remove(QStringLiteral("t1")));
    ExportTaskStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.records().size(), 1);
    // Only the committed file is left: QSaveFile wrote through a temporary.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("nested"))).entryList(QDir::Files), QStringList{QStringLiteral("tasks.json")});
}

void TestExportTaskStore::missingFileIsEmpty()
{
    QTemporaryDir dir;
    ExportTaskStore store(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(store.load());
    QVERIFY(store.records().isEmpty());
}

void TestExportTaskStore::corruptFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.json"));
    QVERIFY(TestFiles::write(path, "{ half a file"));
    ExportTaskStore store(path);
    QVERIFY(!store.load());
    QVERIFY(store.errorString().contains(path));

    // The damaged file is kept aside, so saving a new task does not destroy it.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("tasks.json.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.errorString().contains(aside.first()));
    store.upsert(sample(QStringLiteral("t-1"), QStringLiteral("running")));
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{ half a file"));
    ExportTaskStore reopened(path);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.records().size(), 1);
}

void TestExportTaskStore::elapsed()
{
    ExportTaskRecord running = sample(QStringLiteral("t"), QStringLiteral("running"));
    QCOMPARE(running.elapsedMs(running.createdAt.addSecs(30)), 30000);
    const ExportTaskRecord done = sample(QStringLiteral("t"), QStringLiteral("success"));
    QCOMPARE(done.elapsedMs(done.createdAt.addSecs(3600)), 12000);
}

QTEST_APPLESS_MAIN(TestExportTaskStore)
#include "tst_exporttaskstore.moc"
