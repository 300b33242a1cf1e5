#include "app/results/ziparchive.h"
#include "tests/support/testfiles.h"
#include "tests/support/testzip.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void listsAndReadsFromFile();
    void readsFromMemory();
    void missingMember();
    void notAZip();
    void refusesMemberOverTheCap();
    void refusesZipBomb();
};

void TestZipArchive::listsAndReadsFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(TestZip::write(path, {{QStringLiteral("result.csv"), "a,b\n1,2\n"},
                                  {QStringLiteral("result.xlsx"), QByteArray(1000, 'x')},
                                  {QStringLiteral("sub/note.txt"), "hello"}}));
    ZipArchive zip;
    QVERIFY2(zip.open(path), qPrintable(zip.errorString()));
    const auto members = zip.members();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).name, QStringLiteral("result.csv"));
    QCOMPARE(members.at(1).name, QStringLiteral("result.xlsx"));
    QCOMPARE(members.at(2).name, QStringLiteral("sub/note.txt"));
    QCOMPARE(members.at(1).size, 1000);
    QVERIFY(members.at(1).compressedSize < 1000);
    bool ok = false;
    QCOMPARE(zip.read(QStringLiteral("result.csv"), &ok), QByteArray("a,b\n1,2\n"));
    QVERIFY(ok);
    QCOMPARE(zip.read(QStringLiteral("sub/note.txt")), QByteArray("hello"));
    QVERIFY(zip.contains(QStringLiteral("result.xlsx")));
    QVERIFY(!zip.contains(QStringLiteral("nope")));
}

void TestZipArchive::readsFromMemory()
{
    ZipArchive zip;
    QVERIFY(zip.openData(TestZip::build({{QStringLiteral("镜像.csv"), "x"}})));
    const auto members = zip.members();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().name, QString::fromUtf8("镜像.csv"));
    QCOMPARE(zip.read(QString::fromUtf8("镜像.csv")), QByteArray("x"));
}

void TestZipArchive::missingMember()
{
    ZipArchive zip;
    QVERIFY(zip.openData(TestZip::build({{QStringLiteral("a"), "x"}})));
    bool ok = true;
    QVERIFY(zip.read(QStringLiteral("b"), &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY(zip.errorString().contains(QLatin1String("b")));
}

void TestZipArchive::notAZip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.zip"));
    QVERIFY(TestFiles::write(path, "PK\x03\x04 this is not really a zip"));
    ZipArchive zip;
    QVERIFY(!zip.open(path));
    QVERIFY(!zip.errorString().isEmpty());
    QVERIFY(!zip.isOpen());
    QVERIFY(!zip.open(dir.filePath(QStringLiteral("missing.zip"))));
}

void TestZipArchive::refusesMemberOverTheCap()
{
    ZipArchive zip;
    QVERIFY(zip.openData(TestZip::build({{QStringLiteral("big"), QByteArray(10000, 'a')},
                                         {QStringLiteral("small"), QByteArray(100, 'b')}})));
    zip.setMaxMemberSize(5000);
    bool ok = true;
    QVERIFY(zip.read(QStringLiteral("big"), &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY2(zip.errorString().contains(QLocale().formattedDataSize(5000)), qPrintable(zip.errorString()));
    QCOMPARE(zip.read(QStringLiteral("small"), &ok).size(), 100);
    QVERIFY(ok);
}

void TestZipArchive::refusesZipBomb()
{
    // 201 MB of zeros deflates to about 200 KB: the default cap must refuse it unread.
    const QByteArray zeros(201 * 1024 * 1024, '\0');
    const QByteArray bomb = TestZip::build({{QStringLiteral("bomb.csv"), zeros}});
    QVERIFY(bomb.size() < 2 * 1024 * 1024);
    ZipArchive zip;
    QVERIFY(zip.openData(bomb));
    QCOMPARE(zip.maxMemberSize(), ZipArchive::DefaultMaxMemberSize);
    bool ok = true;
    QVERIFY(zip.read(QStringLiteral("bomb.csv"), &ok).isEmpty());
    QVERIFY(!ok);
}

QTEST_APPLESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
