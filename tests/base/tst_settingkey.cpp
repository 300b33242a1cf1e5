#include "app/base/settingkey.h"
#include "app/base/settingkeys.h"
#include "app/profiles/profile.h"

#include <QTemporaryDir>
#include <QTest>

// Typed keys over a real INI file: defaults while nothing is stored, values back as their type
// after the file was written and read again, and the key strings files already hold.
class TestSettingKey : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultWhileNothingIsStored()
    {
        QSettings settings(path(), QSettings::IniFormat);
        const SettingKey<bool> flag{QLatin1String("group/flag"), true};
        const SettingKey<int> number{QLatin1String("number"), 7};
        const SettingKey<QString> text{QLatin1String("text")};
        QVERIFY(flag.read(settings));
        QCOMPARE(number.read(settings), 7);
        QVERIFY(text.read(settings).isNull());
        QVERIFY(!settings.contains(flag.key()));
    }

    void valuesComeBackTypedFromTheFile()
    {
        const SettingKey<bool> flag{QLatin1String("group/flag"), true};
        const SettingKey<int> number{QLatin1String("number"), 7};
        const SettingKey<QString> text{QLatin1String("text")};
        const SettingKey<QByteArray> bytes{QLatin1String("bytes")};
        {
            QSettings settings(path(), QSettings::IniFormat);
            flag.write(settings, false);
            number.write(settings, 42);
            text.write(settings, QStringLiteral("a, b; \"c\""));
            bytes.write(settings, QByteArray("\x00\x01\xff", 3));
        }
        // A new QSettings reads the file, where every value is text.
        QSettings settings(path(), QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("group/flag")));
        QCOMPARE(flag.read(settings), false);
        QCOMPARE(number.read(settings), 42);
        QCOMPARE(text.read(settings), QStringLiteral("a, b; \"c\""));
        QCOMPARE(bytes.read(settings), QByteArray("\x00\x01\xff", 3));
        flag.remove(settings);
        QVERIFY(!settings.contains(flag.key()));
        QVERIFY(flag.read(settings));
    }

    void keysAreRelativeToTheOpenGroup()
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles/prod"));
        SettingKeys::ProfileFile::ProxyPort.write(settings, 3128);
        settings.endGroup();
        QCOMPARE(settings.value(QStringLiteral("profiles/prod/proxyPort")).toInt(), 3128);
    }

    // Files written by earlier versions keep working only while these strings stay.
    void keyStringsStayCompatible()
    {
        using namespace SettingKeys;
        QCOMPARE(MainWindow::Geometry.key(), QStringLiteral("mainWindow/geometry"));
        QCOMPARE(MainWindow::Splitter.key(), QStringLiteral("mainWindow/splitter"));
        QCOMPARE(MainWindow::TableHeader.key(), QStringLiteral("mainWindow/tableHeader"));
        QCOMPARE(MainWindow::ExportTasksVisible.key(), QStringLiteral("mainWindow/exportTasksVisible"));
        QCOMPARE(MainWindow::ExportTasksVisible.defaultValue(), false);
        QCOMPARE(Exports::DownloadFolder.key(), QStringLiteral("exports/downloadFolder"));
        QCOMPARE(Exports::AutoDownload.key(), QStringLiteral("exports/autoDownload"));
        QCOMPARE(Exports::AutoDownload.defaultValue(), true);
        QCOMPARE(FilterForm.path(SandboxFormKey), QStringLiteral("filterForm/sandbox"));
        QCOMPARE(ProfileFile::FormatVersion.key(), QStringLiteral("formatVersion"));
        QCOMPARE(ProfileFile::CurrentProfile.key(), QStringLiteral("currentProfile"));
        QCOMPARE(ProfileFile::Profiles.path(QStringLiteral("prod")), QStringLiteral("profiles/prod"));
        QCOMPARE(ProfileFile::RequestTimeoutSeconds.key(), QStringLiteral("requestTimeoutSeconds"));
        QCOMPARE(ProfileFile::RequestTimeoutSeconds.defaultValue(), Profile::DefaultTimeoutSeconds);
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettingKey)
#include "tst_settingkey.moc"
