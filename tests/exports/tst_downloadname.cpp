#include "app/exports/downloadname.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDownloadName : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void uniquePathNeverOverwrites();
};

void TestDownloadName::sanitize_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("hss-image-baseline-20261122.zip")
                           << QStringLiteral("hss-image-baseline-20261122.zip");
    QTest::newRow("parent dirs") << QStringLiteral("../../x") << QStringLiteral("x");
    QTest::newRow("absolute unix") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("absolute windows") << QStringLiteral("C:\\Users\\a\\evil.zip") << QStringLiteral("evil.zip");
    QTest::newRow("unc") << QStringLiteral("\\\\host\\share\\e.zip") << QStringLiteral("e.zip");
    QTest::newRow("trailing slash") << QStringLiteral("dir/") << QStringLiteral("fallback.zip");
    QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("fallback.zip");
    QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile");
    QTest::newRow("control and reserved") << QStringLiteral("a\nb<c>:d|e?*.zip") << QStringLiteral("abcde.zip");
    QTest::newRow("empty") << QString() << QStringLiteral("fallback.zip");
    QTest::newRow("chinese kept") << QStringLiteral("基线-导出.zip") << QStringLiteral("基线-导出.zip");
    QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("device lower case") << QStringLiteral("nul.zip") << QStringLiteral("_nul.zip");
    QTest::newRow("device two extensions") << QStringLiteral("Com1.tar.gz") << QStringLiteral("_Com1.tar.gz");
    QTest::newRow("device space before dot") << QStringLiteral("aux .zip") << QStringLiteral("_aux .zip");
    QTest::newRow("device after path") << QStringLiteral("x/LPT9.txt") << QStringLiteral("_LPT9.txt");
    QTest::newRow("device via trailing dot") << QStringLiteral("prn.") << QStringLiteral("_prn");
    QTest::newRow("not a device: COM10") << QStringLiteral("COM10.zip") << QStringLiteral("COM10.zip");
    QTest::newRow("not a device: console") << QStringLiteral("console.zip") << QStringLiteral("console.zip");
    QTest::newRow("not a device: COM0") << QStringLiteral("COM0") << QStringLiteral("COM0");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("e.zip. . ") << QStringLiteral("e.zip");
    QTest::newRow("trailing dots only") << QStringLiteral("e.exe...") << QStringLiteral("e.exe");
    QTest::newRow("dots and spaces only") << QStringLiteral(". . .") << QStringLiteral("fallback.zip");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Egpj.exe")
                                            << QStringLiteral("invoicegpj.exe");
    QTest::newRow("zero width and bom") << QStringLiteral("\uFEFFa\u200Bb.zip") << QStringLiteral("ab.zip");
    QTest::newRow("override hiding a device") << QStringLiteral("\u202Dcon.zip") << QStringLiteral("_con.zip");
}

void TestDownloadName::sanitize()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    QCOMPARE(DownloadName::sanitize(server, QStringLiteral("fallback.zip")), expected);
}

void TestDownloadName::uniquePathNeverOverwrites()
{
    QTemporaryDir dir;
    const QString first = DownloadName::uniquePath(dir.path(), QStringLiteral("e.zip"));
    QCOMPARE(first, QDir(dir.path()).filePath(QStringLiteral("e.zip")));
    QFile(first).open(QIODevice::WriteOnly);
    const QString second = DownloadName::uniquePath(dir.path(), QStringLiteral("e.zip"));
    QCOMPARE(second, QDir(dir.path()).filePath(QStringLiteral("e (1).zip")));
    QFile(second).open(QIODevice::WriteOnly);
    QCOMPARE(DownloadName::uniquePath(dir.path(), QStringLiteral("e.zip")),
             QDir(dir.path()).filePath(QStringLiteral("e (2).zip")));
}

QTEST_APPLESS_MAIN(TestDownloadName)
#include "tst_downloadname.moc"
