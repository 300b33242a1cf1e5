#include "app/base/profilesettinggroup.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Settings kept per profile: the group's path, listing and removing profiles, and profile
// names turned into group names that survive an INI file.
class TestProfileSettingGroup : public QObject
{
    Q_OBJECT

private slots:
    void pathsListsAndRemoves()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const ProfileSettingGroup group{QLatin1String("filterForm")};
        QCOMPARE(group.path(QStringLiteral("sandbox")), QStringLiteral("filterForm/sandbox"));
        settings.setValue(group.path(QStringLiteral("a")) + QStringLiteral("/x"), 1);
        settings.setValue(group.path(QStringLiteral("b")) + QStringLiteral("/x"), 2);
        settings.setValue(QStringLiteral("other/c/x"), 3);
        QStringList profiles = group.profiles(settings);
        profiles.sort();
        QCOMPARE(profiles, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        group.remove(settings, QStringLiteral("a"));
        QCOMPARE(group.profiles(settings), QStringList{QStringLiteral("b")});
        QVERIFY(settings.contains(QStringLiteral("other/c/x")));
    }

    void keyOfName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("prod") << QStringLiteral("profile-prod");
        QTest::newRow("structure") << QStringLiteral("a/b\\c") << QStringLiteral("profile-a_2Fb_5Cc");
        QTest::newRow("space and percent") << QStringLiteral("x y%") << QStringLiteral("profile-x_20y_25");
        QTest::newRow("non-latin") << QStringLiteral("生产") << QStringLiteral("profile-_E7_94_9F_E4_BA_A7");
    }

    // The same names as before the keys were typed, or analysts lose their saved form state.
    void keyOfName()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(ProfileSettingGroup::keyOfName(name), key);
    }

    void keysSurviveAnIniFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ProfileSettingGroup group{QLatin1String("filterForm")};
        const QString key = ProfileSettingGroup::keyOfName(QStringLiteral("team/a [prod] 100%"));
        {
            QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            settings.setValue(group.path(key) + QStringLiteral("/field"), QStringLiteral("kept"));
        }
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(group.profiles(settings), QStringList{key});
        QCOMPARE(settings.value(group.path(key) + QStringLiteral("/field")).toString(), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestProfileSettingGroup)
#include "tst_profilesettinggroup.moc"
