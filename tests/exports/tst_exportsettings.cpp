#include "app/exports/exportsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

class TestExportSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultIsUnderDownloads();
    void chosenFolderIsKept();
};

void TestExportSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hss-image-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportsettings"));
}

void TestExportSettings::defaultIsUnderDownloads()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QCOMPARE(ExportSettings::defaultDownloadFolder(), QDir(downloads).filePath(QStringLiteral("HSS exports")));
}

void TestExportSettings::chosenFolderIsKept()
{
    ExportSettings::setDownloadFolder(QString());
    QCOMPARE(ExportSettings::downloadFolder(), ExportSettings::defaultDownloadFolder());
    ExportSettings::setDownloadFolder(QStringLiteral("/srv/engagement-42"));
    QCOMPARE(ExportSettings::downloadFolder(), QStringLiteral("/srv/engagement-42"));
    ExportSettings::setAutoDownload(false);
    QVERIFY(!ExportSettings::autoDownload());
    ExportSettings::setAutoDownload(true);
    QVERIFY(ExportSettings::autoDownload());
    ExportSettings::setDownloadFolder(QString());
}

QTEST_GUILESS_MAIN(TestExportSettings)
#include "tst_exportsettings.moc"
