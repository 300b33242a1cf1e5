#include "app/images/imageinventory.h"
#include "app/images/imagelistloader.h"
#include "sandbox/sandboxconfig.h"
#include "tests/support/sandboxfixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// The stored image list: reopening, the list call's filters answered from the file with the
// sandbox's semantics, and files that are not a usable inventory set aside.
class TestImageInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fileNamesStayInTheirFolder();
    void storesAndReopens();
    void localFiltersMatchTheSandbox_data();
    void localFiltersMatchTheSandbox();
    void removesRowsNotSeenInAFullListing();
    void listingsMoveForwardWithIncrementalRefreshes();
    void damagedFileIsSetAside();
    void foreignSqliteFileIsSetAside();
    void newerSchemaIsSetAside();

private:
    QList<ImageInfo> listFromSandbox(const ImageFilter &filter);
    static QList<qint64> idsOf(const QList<ImageInfo> &images);
    static ImageFilter ofType(const char *type);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ImageInfo> m_all;
};

void TestImageInventory::initTestCase()
{
    SandboxConfig config;
    config.imageCount = 600;
    QVERIFY(m_sandbox.startInThread(config));
    for (const char *type : {"private_image", "shared_image", "instance_image", "local_image"})
        m_all += listFromSandbox(ofType(type));
    QCOMPARE(m_all.size(), 600);
}

void TestImageInventory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ImageFilter TestImageInventory::ofType(const char *type)
{
    ImageFilter filter;
    filter.imageType = QLatin1String(type);
    return filter;
}

QList<ImageInfo> TestImageInventory::listFromSandbox(const ImageFilter &filter)
{
    ImageListLoader loader(m_sandbox.client());
    QList<ImageInfo> found;
    connect(&loader, &ImageListLoader::pageLoaded, this,
            [&](qint64, const QList<ImageInfo> &images) { found += images; });
    QSignalSpy finished(&loader, &ImageListLoader::finished);
    loader.start(filter);
    if (!finished.wait(20000))
        qWarning("listing did not finish");
    return found;
}

QList<qint64> TestImageInventory::idsOf(const QList<ImageInfo> &images)
{
    QList<qint64> ids;
    for (const ImageInfo &image : images)
        ids.append(image.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestImageInventory::fileNamesStayInTheirFolder()
{
    const QString hostile = QStringLiteral("../../etc/passwd");
    const QString name = ImageInventory::fileNameFor(hostile);
    QVERIFY2(!name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
                 && !name.startsWith(QLatin1Char('.')),
             qPrintable(name));
    QCOMPARE(QFileInfo(ImageInventory::pathFor(hostile, m_dir->path())).absolutePath(),
             QFileInfo(m_dir->path()).absoluteFilePath());
    // Keys that read the same once neutralised still get files of their own.
    QVERIFY(ImageInventory::fileNameFor(QStringLiteral("a/b"))
            != ImageInventory::fileNameFor(QStringLiteral("a_b")));
    QVERIFY(ImageInventory::fileNameFor(QStringLiteral("prod")).startsWith(QLatin1String("prod-")));
}

void TestImageInventory::storesAndReopens()
{
    const QString file = path(QStringLiteral("store.sqlite"));
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    {
        ImageInventory inventory(file);
        QVERIFY(inventory.open());
        QVERIFY(inventory.setAsideMessage().isEmpty());
        QVERIFY(inventory.store(m_all, seen));
        inventory.setListed(ofType("private_image"), seen);
    }
    ImageInventory reopened(file);
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QVERIFY(reopened.setAsideMessage().isEmpty());
    QCOMPARE(reopened.count({}), 600);
    const QList<ImageInfo> back = reopened.images({});
    QCOMPARE(back.size(), m_all.size());
    // Every field survives, in id order.
    QList<ImageInfo> expected = m_all;
    std::sort(expected.begin(), expected.end(),
              [](const ImageInfo &a, const ImageInfo &b) { return a.id < b.id; });
    QVERIFY(back == expected);
    QCOMPARE(reopened.listing(ofType("private_image")).asOf.toMSecsSinceEpoch(),
             seen.toMSecsSinceEpoch());
    QVERIFY(!reopened.listing(ofType("shared_image")).isValid());

    // Storing a row again replaces it rather than adding one.
    ImageInfo changed = back.first();
    changed.scanStatus = QStringLiteral("scanning");
    QVERIFY(reopened.store({changed}, seen));
    QCOMPARE(reopened.count({}), 600);
    QCOMPARE(reopened.images({}).first().scanStatus, QStringLiteral("scanning"));
}

void TestImageInventory::localFiltersMatchTheSandbox_data()
{
    QTest::addColumn<ImageFilter>("filter");
    // Times from the generated data, so the ranges cut through it.
    QList<qint64> updates;
    QList<qint64> scans;
    for (const ImageInfo &image : std::as_const(m_all)) {
        updates.append(image.latestUpdateTime);
        if (image.latestScanTime > 0)
            scans.append(image.latestScanTime);
    }
    std::sort(updates.begin(), updates.end());
    std::sort(scans.begin(), scans.end());
    QString instanceId;
    QString instanceName;
    for (const ImageInfo &image : std::as_const(m_all)) {
        if (!image.instanceId.isEmpty()) {
            instanceId = image.instanceId;
            instanceName = image.instanceName;
        }
    }
    const auto add = [](const char *name, const ImageFilter &f) { QTest::newRow(name) << f; };
    ImageFilter f = ofType("private_image");
    add("type", f);
    add("local type", ofType("local_image"));
    f.namespaceName = QStringLiteral("team");
    add("namespace substring", f);
    f = ofType("private_image");
    f.namespaceName = QStringLiteral("TEAM");
    add("namespace is case-sensitive", f);
    f = ofType("private_image");
    f.namespaceName = QStringLiteral("团队");
    add("namespace in Chinese", f);
    f = ofType("shared_image");
    f.imageName = QStringLiteral("service");
    f.imageVersion = QStringLiteral("alpine");
    add("name and tag substrings", f);
    f = ofType("private_image");
    f.scanStatus = QStringLiteral("success");
    add("scan status", f);
    f = ofType("instance_image");
    f.instanceId = instanceId;
    add("instance id", f);
    f = ofType("instance_image");
    f.instanceName = instanceName;
    add("instance name", f);
    f = ofType("private_image");
    f.latestVersion = true;
    add("latest version", f);
    f.latestVersion = false;
    add("latest version false", f);
    f = ofType("private_image");
    f.imageSize = 500LL * 1024 * 1024;
    add("image size", f);
    f = ofType("private_image");
    f.startLatestUpdateTime = updates.at(updates.size() / 3);
    add("update time from", f);
    f.endLatestUpdateTime = updates.at(updates.size() * 2 / 3);
    add("update time range", f);
    f = ofType("private_image");
    f.startLatestScanTime = scans.at(scans.size() / 2);
    add("scan time from", f);
    f = ofType("private_image");
    f.endLatestScanTime = scans.at(scans.size() / 2);
    add("scan time until (never scanned left out)", f);
    f = ofType("private_image");
    f.hasVul = false;
    add("no vulnerabilities", f);
    f = ofType("private_image");
    f.hasUnsafeSetting = true;
    f.hasMaliciousFile = false;
    add("baseline failures, no malware", f);
    f = ofType("shared_image");
    f.hasMaliciousFile = true;
    add("malware", f);
}

void TestImageInventory::localFiltersMatchTheSandbox()
{
    QFETCH(ImageFilter, filter);
    ImageInventory inventory(path(QStringLiteral("filters.sqlite")));
    QVERIFY(inventory.open());
    QVERIFY(inventory.store(m_all, QDateTime::currentDateTimeUtc()));

    const QList<qint64> expected = idsOf(listFromSandbox(filter));
    const QList<ImageInfo> local = inventory.images(filter);
    QCOMPARE(idsOf(local), expected);
    QCOMPARE(inventory.count(filter), expected.size());
    QList<ImageInfo> matched;
    for (const ImageInfo &image : std::as_const(m_all)) {
        if (ImageInventory::matches(image, filter))
            matched.append(image);
    }
    QCOMPARE(idsOf(matched), expected);
}

void TestImageInventory::removesRowsNotSeenInAFullListing()
{
    ImageInventory inventory(path(QStringLiteral("remove.sqlite")));
    QVERIFY(inventory.open());
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(inventory.store(m_all, first));

    // A second full listing of the private images sees all but two of them.
    QList<ImageInfo> privates = inventory.images(ofType("private_image"));
    const QList<ImageInfo> gone = {privates.takeFirst(), privates.takeLast()};
    const QDateTime second = QDateTime::currentDateTimeUtc();
    QVERIFY(inventory.store(privates, second));
    const QList<qint64> removed = inventory.removeUnseen(ofType("private_image"), second);
    QList<qint64> sortedRemoved = removed;
    std::sort(sortedRemoved.begin(), sortedRemoved.end());
    QCOMPARE(sortedRemoved, idsOf(gone));
    QCOMPARE(inventory.count({}), 598);
    // Other types were not part of that listing and stay.
    QCOMPARE(inventory.count(ofType("shared_image")),
             qint64(listFromSandbox(ofType("shared_image")).size()));
}

void TestImageInventory::listingsMoveForwardWithIncrementalRefreshes()
{
    ImageInventory inventory(path(QStringLiteral("listings.sqlite")));
    QVERIFY(inventory.open());
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    ImageFilter team = ofType("private_image");
    team.namespaceName = QStringLiteral("team");
    inventory.setListed(team, t0);
    inventory.setListed(ofType("shared_image"), t0);
    QCOMPARE(inventory.listing(team).baseAt, t0);

    const QDateTime t1 = t0.addSecs(600);
    inventory.setRefreshed(QStringLiteral("private_image"), t0, t1);
    QCOMPARE(inventory.listing(team).asOf, t1);
    QCOMPARE(inventory.listing(team).baseAt, t0);
    // Another type was not refreshed.
    QCOMPARE(inventory.listing(ofType("shared_image")).asOf, t0);
    // A refresh that started after a listing's last update leaves a gap: it covers nothing.
    inventory.setRefreshed(QStringLiteral("shared_image"), t0.addSecs(1), t1);
    QCOMPARE(inventory.listing(ofType("shared_image")).asOf, t0);
}

void TestImageInventory::damagedFileIsSetAside()
{
    const QString file = path(QStringLiteral("damaged.sqlite"));
    const QByteArray garbage = QByteArray("this is not a database, just bytes\n").repeated(200);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    ImageInventory inventory(file);
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QVERIFY(inventory.setAsideMessage().contains(QLatin1String("damaged")));
    QVERIFY(inventory.setAsideMessage().contains(inventory.setAsidePath()));
    QFile aside(inventory.setAsidePath());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);
    // The new inventory takes the rows that arrive next.
    QVERIFY(inventory.store(m_all.mid(0, 10), QDateTime::currentDateTimeUtc()));
    QCOMPARE(inventory.count({}), 10);
}

void TestImageInventory::foreignSqliteFileIsSetAside()
{
    const QString file = path(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('someone else''s data')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    ImageInventory inventory(file);
    QVERIFY(inventory.open());
    QVERIFY(inventory.setAsideMessage().contains(QLatin1String("another program")));
    QVERIFY(QFile::exists(inventory.setAsidePath()));
    QCOMPARE(inventory.count({}), 0);
    // The other program's file is untouched where it was moved to.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(inventory.setAsidePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT text FROM notes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("someone else's data"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestImageInventory::newerSchemaIsSetAside()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        ImageInventory inventory(file);
        QVERIFY(inventory.open());
        QVERIFY(inventory.store(m_all.mid(0, 5), QDateTime::currentDateTimeUtc()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(ImageInventory::SchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    ImageInventory inventory(file);
    QVERIFY(inventory.open());
    QVERIFY(inventory.setAsideMessage().contains(QLatin1String("newer version")));
    QCOMPARE(inventory.count({}), 0);
    // The same version again opens as it is.
    ImageInventory again(file);
    QVERIFY(again.open());
    QVERIFY(again.setAsideMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestImageInventory)
#include "tst_imageinventory.moc"
