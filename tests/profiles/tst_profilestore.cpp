#include "app/profiles/profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// ProfileStore on an isolated INI file: CRUD, the remembered profile, and the file layout the
// app and the CLI share.
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static Profile fullProfile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.regionId.clear();
        p.customEndpoint = QUrl(QStringLiteral("https://hss.example.test:8443"));
        p.projectId = QStringLiteral("demo-project");
        p.enterpriseScope = Profile::EnterpriseScope::Specific;
        p.enterpriseProjectId = QStringLiteral("4c1a2b3d-0000-1111-2222-333344445555");
        p.authMode = Credentials::Mode::TemporaryAkSk;
        p.accessKeyId = QStringLiteral("AKEXAMPLE");
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyHost = QStringLiteral("proxy.example.test");
        p.proxyPort = 3128;
        p.proxyUser = QStringLiteral("analyst");
        p.caCertificateFile = QStringLiteral(HSS_TEST_DATA_DIR "/profiles/test-ca.pem");
        p.requestTimeoutSeconds = 42;
        p.callRate = *CallRate::parse(QStringLiteral("30/min"));
        return p;
    }

    static Profile regionProfile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.regionId = QStringLiteral("ap-southeast-1");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.accessKeyId = QStringLiteral("AKEXAMPLE");
        return p;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void defaultPathIsSharedByAppAndCli()
    {
        QCOMPARE(ProfileStore::defaultSettingsPath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + QStringLiteral("/hss-image-desk/profiles.ini"));
    }

    void addAndReadBack()
    {
        ProfileStore store(m_path);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.add(fullProfile(QStringLiteral("lab"))));
        QVERIFY(store.add(regionProfile(QStringLiteral("Prod EU"))));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("lab"), QStringLiteral("Prod EU")}));

        ProfileStore reopened(m_path);
        QCOMPARE(reopened.profile(QStringLiteral("lab")), fullProfile(QStringLiteral("lab")));
        QCOMPARE(reopened.profile(QStringLiteral("Prod EU")), regionProfile(QStringLiteral("Prod EU")));
        QCOMPARE(reopened.profiles().size(), 2);
        QVERIFY(!reopened.profile(QStringLiteral("missing")).has_value());
    }

    void layout()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(fullProfile(QStringLiteral("lab"))));
        QVERIFY(store.setCurrentProfile(QStringLiteral("lab")));

        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("currentProfile")).toString(), QStringLiteral("lab"));
        raw.beginGroup(QStringLiteral("profiles/lab"));
        QStringList keys = raw.childKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{
                           QStringLiteral("accessKeyId"), QStringLiteral("authMode"),
                           QStringLiteral("caCertificateFile"), QStringLiteral("callRate"),
                           QStringLiteral("endpoint"),
                           QStringLiteral("enterpriseProjectId"), QStringLiteral("enterpriseScope"),
                           QStringLiteral("projectId"), QStringLiteral("proxyHost"),
                           QStringLiteral("proxyMode"), QStringLiteral("proxyPort"),
                           QStringLiteral("proxyUser"), QStringLiteral("region"),
                           QStringLiteral("requestTimeoutSeconds"),
                       }));
        QCOMPARE(raw.value(QStringLiteral("authMode")).toString(), QStringLiteral("temporary-aksk"));
        QCOMPARE(raw.value(QStringLiteral("enterpriseScope")).toString(), QStringLiteral("specific"));
        QCOMPARE(raw.value(QStringLiteral("proxyMode")).toString(), QStringLiteral("manual"));
        QCOMPARE(raw.value(QStringLiteral("callRate")).toString(), QStringLiteral("30/min"));
        QCOMPARE(raw.value(QStringLiteral("endpoint")).toString(),
                 QStringLiteral("https://hss.example.test:8443"));
    }

    void callRateDefaultsToTheDocumentedLimits()
    {
        {
            ProfileStore store(m_path);
            QVERIFY(store.add(regionProfile(QStringLiteral("new"))));
            Profile unlimited = regionProfile(QStringLiteral("local"));
            unlimited.callRate = CallRate::unlimited();
            QVERIFY(store.add(unlimited));
            QVERIFY(store.add(regionProfile(QStringLiteral("old"))));
            QVERIFY(store.add(regionProfile(QStringLiteral("odd"))));
        }
        {
            // Written by a version without the setting, or edited by hand into nonsense.
            QSettings raw(m_path, QSettings::IniFormat);
            raw.remove(QStringLiteral("profiles/old/callRate"));
            raw.setValue(QStringLiteral("profiles/odd/callRate"), QStringLiteral("lots"));
        }
        ProfileStore store(m_path);
        QCOMPARE(store.profile(QStringLiteral("new"))->callRate, CallRate::documented());
        QCOMPARE(store.profile(QStringLiteral("local"))->callRate, CallRate::unlimited());
        QCOMPARE(store.profile(QStringLiteral("old"))->callRate, CallRate::documented());
        QCOMPARE(store.profile(QStringLiteral("odd"))->callRate, CallRate::documented());

        ClientConfig config;
        QString error;
        ProfileSecrets secrets;
        secrets.set(ProfileSecrets::Kind::SecretKey, QStringLiteral("sk"));
        QVERIFY2(store.profile(QStringLiteral("local"))->toClientConfig(secrets, &config, &error), qPrintable(error));
        QCOMPARE(config.callRate, CallRate::unlimited());
        QVERIFY2(store.profile(QStringLiteral("new"))->toClientConfig(secrets, &config, &error), qPrintable(error));
        QCOMPARE(config.callRate, CallRate::documented());
    }

    void refusals()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(regionProfile(QStringLiteral("prod"))));
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QString error;
        QVERIFY(!store.add(regionProfile(QStringLiteral("prod")), &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(!store.add(regionProfile(QStringLiteral("a/b")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid profile name")), qPrintable(error));
        Profile invalid = regionProfile(QStringLiteral("bad"));
        invalid.projectId = QStringLiteral("nope");
        QVERIFY(!store.add(invalid, &error));
        QVERIFY(!store.update(invalid, &error));
        QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("x"), &error));
        QVERIFY(!store.duplicate(QStringLiteral("prod"), QStringLiteral("prod"), &error));
        QVERIFY(!store.remove(QStringLiteral("missing"), &error));
        QVERIFY(!store.setCurrentProfile(QStringLiteral("missing")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.profileNames(), QStringList{QStringLiteral("prod")});
    }

    void updateRenameDuplicateRemove()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(regionProfile(QStringLiteral("prod"))));
        Profile changed = regionProfile(QStringLiteral("prod"));
        changed.requestTimeoutSeconds = 5;
        QVERIFY(store.update(changed));
        QCOMPARE(store.profile(QStringLiteral("prod"))->requestTimeoutSeconds, 5);

        QVERIFY(store.duplicate(QStringLiteral("prod"), QStringLiteral("prod copy")));
        QCOMPARE(store.profile(QStringLiteral("prod copy"))->requestTimeoutSeconds, 5);

        QVERIFY(store.rename(QStringLiteral("prod"), QStringLiteral("live")));
        QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("live"), QStringLiteral("prod copy")}));
        QCOMPARE(store.profile(QStringLiteral("live"))->name, QStringLiteral("live"));

        QVERIFY(store.remove(QStringLiteral("prod copy")));
        QCOMPARE(store.profileNames(), QStringList{QStringLiteral("live")});
    }

    void currentProfileIsRemembered()
    {
        {
            ProfileStore store(m_path);
            QVERIFY(store.add(regionProfile(QStringLiteral("a"))));
            QVERIFY(store.add(regionProfile(QStringLiteral("b"))));
            QCOMPARE(store.currentProfileName(), QString());
            QSignalSpy current(&store, &ProfileStore::currentChanged);
            QVERIFY(store.setCurrentProfile(QStringLiteral("b")));
            QVERIFY(store.setCurrentProfile(QStringLiteral("b")));
            QCOMPARE(current.count(), 1);
            QCOMPARE(current.first().first().toString(), QStringLiteral("b"));
        }
        ProfileStore reopened(m_path);
        QCOMPARE(reopened.currentProfileName(), QStringLiteral("b"));
        QCOMPARE(reopened.currentProfile()->name, QStringLiteral("b"));
    }

    void renamingOrRemovingTheCurrentProfile()
    {
        ProfileStore store(m_path);
        QVERIFY(store.add(regionProfile(QStringLiteral("a"))));
        QVERIFY(store.setCurrentProfile(QStringLiteral("a")));
        QSignalSpy current(&store, &ProfileStore::currentChanged);
        QVERIFY(store.rename(QStringLiteral("a"), QStringLiteral("z")));
        QCOMPARE(store.currentProfileName(), QStringLiteral("z"));
        QVERIFY(store.remove(QStringLiteral("z")));
        QCOMPARE(store.currentProfileName(), QString());
        QVERIFY(!store.currentProfile().has_value());
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().first().toString(), QString());
    }

    void reloadSeesOtherWriters()
    {
        ProfileStore app(m_path);
        ProfileStore cli(m_path);
        QVERIFY(cli.add(regionProfile(QStringLiteral("from-cli"))));
        QSignalSpy changed(&app, &ProfileStore::profilesChanged);
        app.reload();
        QCOMPARE(changed.count(), 1);
        QVERIFY(app.contains(QStringLiteral("from-cli")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
