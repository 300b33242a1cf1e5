#include "app/profiles/clientconfigloader.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "tests/support/keychaintestenv.h"

#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// CredentialStore against the real Secret Service of .ci/test: round trip, update, delete,
// copy, move, and the ProfileStore operations that must take the secrets along.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own keeps this test apart from others sharing the keyring.
    const QString m_service = QStringLiteral("hss-image-desk-tst-credentialstore");
    CredentialStore *m_store = nullptr;

    // Jobs delete themselves once finished, so a test only watches one and reads it right after
    // its own wait, before a later event loop runs that deferred delete.
    using Job = QPointer<CredentialJob>;

    static bool waitFor(const Job &job)
    {
        QSignalSpy spy(job.get(), &CredentialJob::finished);
        return job->isFinished() || spy.wait(20000);
    }

    ProfileSecrets read(const QString &profile)
    {
        Job job(m_store->readSecrets(profile));
        if (!waitFor(job) || !job->isOk())
            qWarning("read failed: %s", qPrintable(job->errorString()));
        return job->secrets();
    }

    bool write(const QString &profile, const ProfileSecrets &secrets)
    {
        Job job(m_store->writeSecrets(profile, secrets));
        const bool ok = waitFor(job) && job->isOk();
        if (!ok)
            qWarning("write failed: %s", qPrintable(job->errorString()));
        return ok;
    }

    static ProfileSecrets someSecrets(const QString &suffix)
    {
        ProfileSecrets s;
        s.set(ProfileSecrets::Kind::SecretKey, QStringLiteral("sk-") + suffix);
        s.set(ProfileSecrets::Kind::SecurityToken, QStringLiteral("st-") + suffix);
        s.set(ProfileSecrets::Kind::ProxyPassword, QStringLiteral("pp-") + suffix);
        return s;
    }

    static Profile profileNamed(const QString &name)
    {
        Profile p;
        p.name = name;
        p.regionId = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.accessKeyId = QStringLiteral("AKEXAMPLE");
        return p;
    }

private slots:
    void initTestCase()
    {
        HSS_REQUIRE_KEYCHAIN();
        m_store = new CredentialStore(m_service, this);
    }

    void init()
    {
        for (const QString &p : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
            Job job(m_store->removeSecrets(p));
            QVERIFY(waitFor(job));
            QVERIFY2(job->isOk(), qPrintable(job->errorString()));
        }
    }

    void roundTrip()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("1"))));
        const ProfileSecrets back = read(QStringLiteral("alpha"));
        QCOMPARE(back.value(ProfileSecrets::Kind::SecretKey), QStringLiteral("sk-1"));
        QCOMPARE(back.value(ProfileSecrets::Kind::SecurityToken), QStringLiteral("st-1"));
        QCOMPARE(back.value(ProfileSecrets::Kind::ProxyPassword), QStringLiteral("pp-1"));
        QVERIFY(!back.contains(ProfileSecrets::Kind::AuthToken));
    }

    void storedInTheSecretService()
    {
        // Independent of QtKeychain: the entry is an org.qt.keychain item of our service.
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("2"))));
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                      QStringLiteral("user"), QStringLiteral("alpha/secret_key")});
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("sk-2"));
    }

    void update()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("1"))));
        ProfileSecrets change;
        change.set(ProfileSecrets::Kind::SecretKey, QStringLiteral("sk-new"));
        QVERIFY(write(QStringLiteral("alpha"), change));
        const ProfileSecrets back = read(QStringLiteral("alpha"));
        QCOMPARE(back.value(ProfileSecrets::Kind::SecretKey), QStringLiteral("sk-new"));
        // Kinds not mentioned in a write stay as they were.
        QCOMPARE(back.value(ProfileSecrets::Kind::SecurityToken), QStringLiteral("st-1"));
    }

    void emptyValueDeletesOneEntry()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("1"))));
        ProfileSecrets change;
        change.set(ProfileSecrets::Kind::SecurityToken, QString());
        QVERIFY(write(QStringLiteral("alpha"), change));
        const ProfileSecrets back = read(QStringLiteral("alpha"));
        QVERIFY(!back.contains(ProfileSecrets::Kind::SecurityToken));
        QCOMPARE(back.value(ProfileSecrets::Kind::SecretKey), QStringLiteral("sk-1"));
    }

    void removeDeletesEverything()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("1"))));
        Job job(m_store->removeSecrets(QStringLiteral("alpha")));
        QVERIFY(waitFor(job));
        QVERIFY(job->isOk());
        QVERIFY(read(QStringLiteral("alpha")).isEmpty());
    }

    void moveAndCopy()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("1"))));
        Job move(m_store->moveSecrets(QStringLiteral("alpha"), QStringLiteral("beta")));
        QVERIFY(waitFor(move));
        QVERIFY2(move->isOk(), qPrintable(move->errorString()));
        QVERIFY(read(QStringLiteral("alpha")).isEmpty());
        QCOMPARE(read(QStringLiteral("beta")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-1"));

        Job copy(m_store->copySecrets(QStringLiteral("beta"), QStringLiteral("gamma")));
        QVERIFY(waitFor(copy));
        QVERIFY(copy->isOk());
        QCOMPARE(read(QStringLiteral("beta")).value(ProfileSecrets::Kind::ProxyPassword),
                 QStringLiteral("pp-1"));
        QCOMPARE(read(QStringLiteral("gamma")).value(ProfileSecrets::Kind::ProxyPassword),
                 QStringLiteral("pp-1"));
    }

    void profileStoreTakesSecretsAlong()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
        profiles.setCredentialStore(m_store);
        QSignalSpy synced(&profiles, &ProfileStore::secretsSynced);
        QVERIFY(profiles.add(profileNamed(QStringLiteral("alpha"))));
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("3"))));

        QVERIFY(profiles.rename(QStringLiteral("alpha"), QStringLiteral("beta")));
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.takeFirst(), (QVariantList{QStringLiteral("beta"), true, QString()}));
        QVERIFY(read(QStringLiteral("alpha")).isEmpty());
        QCOMPARE(read(QStringLiteral("beta")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-3"));

        QVERIFY(profiles.duplicate(QStringLiteral("beta"), QStringLiteral("gamma")));
        QVERIFY(synced.wait(20000));
        QCOMPARE(read(QStringLiteral("gamma")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("sk-3"));
        synced.clear();

        QVERIFY(profiles.remove(QStringLiteral("beta")));
        QVERIFY(synced.wait(20000));
        QCOMPARE(synced.takeFirst(), (QVariantList{QStringLiteral("beta"), true, QString()}));
        QVERIFY(read(QStringLiteral("beta")).isEmpty());
        QVERIFY(!read(QStringLiteral("gamma")).isEmpty());
    }

    void loaderBuildsClientConfig()
    {
        QVERIFY(write(QStringLiteral("alpha"), someSecrets(QStringLiteral("4"))));
        ClientConfigLoader loader(m_store);
        QSignalSpy finished(&loader, &ClientConfigLoader::finished);
        loader.load(profileNamed(QStringLiteral("alpha")));
        QVERIFY(finished.wait(20000));
        QVERIFY2(loader.isOk(), qPrintable(loader.errorString()));
        QCOMPARE(loader.config().credentials.secretKey, QStringLiteral("sk-4"));
        QCOMPARE(loader.config().credentials.accessKey, QStringLiteral("AKEXAMPLE"));
    }

    void loaderReportsMissingSecret()
    {
        ClientConfigLoader loader(m_store);
        QSignalSpy finished(&loader, &ClientConfigLoader::finished);
        loader.load(profileNamed(QStringLiteral("gamma")));
        QVERIFY(finished.wait(20000));
        QVERIFY(!loader.isOk());
        QVERIFY2(loader.errorString().contains(QStringLiteral("no secret_key in the keychain")),
                 qPrintable(loader.errorString()));
    }

    void timeoutIsReported()
    {
        // A zero timeout expires before any D-Bus answer can arrive: the same path a keyring
        // stuck on an unlock prompt takes after ten seconds.
        CredentialStore impatient(m_service);
        impatient.setTimeoutMs(0);
        Job job(impatient.readSecrets(QStringLiteral("alpha")));
        QVERIFY(waitFor(job));
        QCOMPARE(job->error(), CredentialJob::Error::Timeout);
        QVERIFY2(job->errorString().contains(QStringLiteral("No answer from the keyring")),
                 qPrintable(job->errorString()));
    }

    void cleanupTestCase()
    {
        if (m_store)
            init();
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
