#include "app/profiles/credentialstore.h"
#include "tests/support/keychaintestenv.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A session bus on which nobody provides org.freedesktop.secrets (and nothing can be
// activated): every job must fail with the "no Secret Service" message, and the secret must
// not turn up anywhere else. The bus is this test's own dbus-daemon, so the test needs no
// keyring and runs with or without .ci/test. It has to be its own process: GLib keeps the
// first session-bus connection for the life of the process.
class TestKeychainNoService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    const QString m_service = QStringLiteral("hss-image-desk-tst-noservice");
    const QString m_secret = QStringLiteral("noservice-canary-7f3a9c");
    QByteArray m_realBus;

    CredentialJob *runWrite(CredentialStore *store)
    {
        ProfileSecrets secrets;
        secrets.set(ProfileSecrets::Kind::SecretKey, m_secret);
        return store->writeSecrets(QStringLiteral("alpha"), secrets);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // No <servicedir>: nothing is activatable, so gnome-keyring cannot come to the rescue.
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                       "<allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();

        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(10000))
            QSKIP("dbus-daemon is not installed");
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        const QByteArray address = m_daemon.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        m_realBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    }

    void writeFailsClearly()
    {
        CredentialStore store(m_service);
        CredentialJob *job = runWrite(&store);
        QSignalSpy finished(job, &CredentialJob::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->error(), CredentialJob::Error::NoService);
        QVERIFY2(job->errorString().startsWith(
                     QStringLiteral("No Secret Service keyring is available")),
                 qPrintable(job->errorString()));
        QVERIFY2(job->errorString().contains(QStringLiteral("start gnome-keyring or KWallet")),
                 qPrintable(job->errorString()));
        QVERIFY2(job->errorString().endsWith(QStringLiteral("Nothing was stored.")),
                 qPrintable(job->errorString()));
    }

    void readFailsClearly()
    {
        CredentialStore store(m_service);
        CredentialJob *job = store.readSecrets(QStringLiteral("alpha"));
        QSignalSpy finished(job, &CredentialJob::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->error(), CredentialJob::Error::NoService);
        QVERIFY(job->secrets().isEmpty());
    }

    void nothingWrittenElsewhere()
    {
        // No plain-text fallback: the secret is in no file this process could have written,
        // and not in the real keyring either (when there is one, as under .ci/test).
        if (!m_realBus.isEmpty()) {
            QProcess lookup;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(m_realBus));
            lookup.setProcessEnvironment(env);
            lookup.start(QStringLiteral("secret-tool"),
                         {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                          QStringLiteral("user"), QStringLiteral("alpha/secret_key")});
            if (lookup.waitForFinished(20000))
                QVERIFY(lookup.readAllStandardOutput().isEmpty());
        }
        QStringList roots = {m_dir.path()};
        if (KeychainTestEnv::homeIsScratch())
            roots << qEnvironmentVariable("HOME") << qEnvironmentVariable("XDG_CONFIG_HOME")
                  << qEnvironmentVariable("XDG_DATA_HOME") << qEnvironmentVariable("XDG_CACHE_HOME");
        for (const QString &root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(m_secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }

    void classification_data()
    {
        // Codes are QKeychain::Error values; the texts are the ones measured on Debian 12.
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<CredentialJob::Error>("expected");
        QTest::newRow("ok") << 0 << QString() << CredentialJob::Error::None;
        QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << CredentialJob::Error::None;
        QTest::newRow("no bus, no display")
            << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << CredentialJob::Error::NoService;
        QTest::newRow("no service file")
            << 7 << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << CredentialJob::Error::NoService;
        QTest::newRow("no libsecret") << 7 << QStringLiteral("Unknown error") << CredentialJob::Error::NoService;
        QTest::newRow("no backend") << 5 << QString() << CredentialJob::Error::NoService;
        QTest::newRow("locked collection")
            << 4 << QStringLiteral("Cannot create an item in a locked collection")
            << CredentialJob::Error::Locked;
        QTest::newRow("keyring never unlocked")
            << 7 << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << CredentialJob::Error::Locked;
        QTest::newRow("something else") << 7 << QStringLiteral("disk full") << CredentialJob::Error::Other;
    }

    void classification()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(CredentialJob::Error, expected);
        QCOMPARE(CredentialJob::classify(code, text), expected);
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoService)
#include "tst_keychainnoservice.moc"
