#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "tests/support/keychaintestenv.h"

#include <QDirIterator>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// Saves profiles with every kind of secret through ProfileStore and CredentialStore, exactly as
// the app does, then searches every file under HOME and the XDG folders for the secret. It
// must only be in the keyring, which gnome-keyring keeps encrypted (XDG_DATA_HOME/keyrings).
class TestSecretCanary : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_canary = "canary-5c1e7d0b9a";
    QStringList m_roots;

    QString canary(const QString &suffix) const
    {
        return QString::fromLatin1(m_canary) + suffix;
    }

private slots:
    void initTestCase()
    {
        HSS_REQUIRE_KEYCHAIN();
        HSS_REQUIRE_SCRATCH_HOME();
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_RUNTIME_DIR"}) {
            const QString dir = qEnvironmentVariable(name);
            if (!dir.isEmpty())
                m_roots.append(dir);
        }
        // A settings folder of its own under the scanned ones, so the default-path ProfileStore
        // does not share its file with the CLI test running alongside.
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", qEnvironmentVariable("HOME"))
            + QStringLiteral("/tst_secretcanary");
        qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
    }

    void secretsOnlyInTheKeyring()
    {
        CredentialStore credentials;
        ProfileStore profiles;
        profiles.setCredentialStore(&credentials);
        QVERIFY(profiles.settingsPath().contains(QStringLiteral("tst_secretcanary")));

        Profile p;
        p.name = QStringLiteral("canary");
        p.regionId = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.authMode = Credentials::Mode::TemporaryAkSk;
        p.accessKeyId = QStringLiteral("AKCANARY");
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyHost = QStringLiteral("proxy.example.test");
        p.proxyPort = 3128;
        p.proxyUser = QStringLiteral("analyst");

        ProfileSecrets secrets;
        secrets.set(ProfileSecrets::Kind::SecretKey, canary(QStringLiteral("-sk")));
        secrets.set(ProfileSecrets::Kind::SecurityToken, canary(QStringLiteral("-st")));
        secrets.set(ProfileSecrets::Kind::AuthToken, canary(QStringLiteral("-at")));
        secrets.set(ProfileSecrets::Kind::ProxyPassword, canary(QStringLiteral("-pp")));
        QPointer<CredentialJob> write(credentials.writeSecrets(p.name, secrets));
        QSignalSpy written(write.get(), &CredentialJob::finished);
        QVERIFY(written.wait(30000));
        QVERIFY2(write->isOk(), qPrintable(write->errorString()));
        QVERIFY(profiles.add(p));
        QVERIFY(profiles.setCurrentProfile(p.name));

        QSignalSpy synced(&profiles, &ProfileStore::secretsSynced);
        QVERIFY(profiles.duplicate(p.name, QStringLiteral("canary copy")));
        QVERIFY(synced.wait(30000));
        QVERIFY(synced.first().at(1).toBool());

        // Proof that the secret did go somewhere: the keyring gives it back.
        QPointer<CredentialJob> read(credentials.readSecrets(QStringLiteral("canary copy")));
        QSignalSpy readDone(read.get(), &CredentialJob::finished);
        QVERIFY(readDone.wait(30000));
        QCOMPARE(read->secrets().value(ProfileSecrets::Kind::ProxyPassword), canary(QStringLiteral("-pp")));

        const QList<QByteArray> needles = {
            m_canary,
            QByteArray::fromRawData(reinterpret_cast<const char *>(QString::fromLatin1(m_canary).utf16()),
                                    m_canary.size() * 2),
            m_canary.toBase64(),
        };
        int scanned = 0;
        bool sawSettings = false;
        bool sawKeyring = false;
        for (const QString &root : std::as_const(m_roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                ++scanned;
                sawSettings = sawSettings || path == profiles.settingsPath();
                sawKeyring = sawKeyring || path.contains(QStringLiteral("/keyrings/"));
                for (const QByteArray &needle : needles)
                    QVERIFY2(!content.contains(needle), qPrintable(path));
            }
        }
        QVERIFY(sawSettings);
        QVERIFY2(sawKeyring, "the encrypted keyring file was not among the scanned files");
        QVERIFY(scanned > 1);

        QVERIFY(profiles.remove(QStringLiteral("canary copy")));
        QVERIFY(synced.wait(30000));
        QVERIFY(profiles.remove(p.name));
        QVERIFY(synced.wait(30000));
    }
};

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
