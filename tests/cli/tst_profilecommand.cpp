#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "cli/clicontext.h"
#include "cli/profilecommand.h"
#include "tests/support/keychaintestenv.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// `hss-image-cli profile ...` in-process, against the real keychain of .ci/test and a settings
// folder of its own.
class TestProfileCommand : public QObject
{
    Q_OBJECT

private:
    QString m_out;
    QString m_err;
    const QString m_projectId = QStringLiteral("0123456789abcdef0123456789abcdef");

    int run(const QStringList &args, const QString &stdinText = {})
    {
        m_out.clear();
        m_err.clear();
        QString input = stdinText;
        QTextStream in(&input);
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return ProfileCommand::execute(args, in, out, err);
    }

    static ProfileSecrets stored(const QString &profile)
    {
        CredentialStore credentials;
        QPointer<CredentialJob> job(credentials.readSecrets(profile));
        QSignalSpy finished(job.get(), &CredentialJob::finished);
        if (!finished.wait(30000) || !job->isOk())
            qWarning("read failed: %s", qPrintable(job->errorString()));
        return job->secrets();
    }

private slots:
    void initTestCase()
    {
        HSS_REQUIRE_KEYCHAIN();
        HSS_REQUIRE_SCRATCH_HOME();
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", qEnvironmentVariable("HOME"))
            + QStringLiteral("/tst_profilecommand");
        qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
        for (const char *name : {"CLOUD_SDK_AK", "CLOUD_SDK_SK", "CLOUD_SDK_SECURITY_TOKEN",
                                 "HSS_AUTH_TOKEN", "HSS_PROXY_PASSWORD"})
            qunsetenv(name);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList() << QStringLiteral("missing command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command");
        QTest::newRow("secret as argument")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--secret-key=abc")}
            << QStringLiteral("never accepted as arguments");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--bogus")}
            << QStringLiteral("Unknown option");
        QTest::newRow("no region or endpoint")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--project-id"), m_projectId}
            << QStringLiteral("--region or --endpoint");
        QTest::newRow("bad project id")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--region"),
                           QStringLiteral("cn-north-4"), QStringLiteral("--project-id"),
                           QStringLiteral("nope"), QStringLiteral("--access-key"), QStringLiteral("AK")}
            << QStringLiteral("project_id must be 32 lowercase hexadecimal");
        QTest::newRow("missing secret")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--region"),
                           QStringLiteral("cn-north-4"), QStringLiteral("--project-id"), m_projectId,
                           QStringLiteral("--access-key"), QStringLiteral("AK")}
            << QStringLiteral("the secret_key is missing");
        QTest::newRow("bad proxy")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--region"),
                           QStringLiteral("cn-north-4"), QStringLiteral("--project-id"), m_projectId,
                           QStringLiteral("--proxy"), QStringLiteral("proxyhost")}
            << QStringLiteral("--proxy must be");
        QTest::newRow("remove without name") << QStringList{QStringLiteral("remove")}
                                             << QStringLiteral("exactly one profile name");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QCOMPARE(run(args), int(ExitCode::Usage));
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(!ProfileStore().contains(QStringLiteral("x")));
    }

    void help()
    {
        QCOMPARE(run({QStringLiteral("--help")}), int(ExitCode::Ok));
        QVERIFY(m_out.contains(QStringLiteral("Exit codes")));
    }

    void addFromEnvironmentListAndLoad()
    {
        qputenv("CLOUD_SDK_SK", "env-sk");
        const int code = run({QStringLiteral("add"), QStringLiteral("cli-env"), QStringLiteral("--region"),
                              QStringLiteral("cn-north-4"), QStringLiteral("--project-id"), m_projectId,
                              QStringLiteral("--access-key"), QStringLiteral("AKENV"),
                              QStringLiteral("--enterprise-project"), QStringLiteral("all")});
        qunsetenv("CLOUD_SDK_SK");
        QVERIFY2(code == ExitCode::Ok, qPrintable(m_err));
        QCOMPARE(stored(QStringLiteral("cli-env")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("env-sk"));

        QCOMPARE(run({QStringLiteral("list")}), int(ExitCode::Ok));
        QVERIFY2(m_out.contains(QStringLiteral("*\tcli-env\tcn-north-4\t") + m_projectId + QStringLiteral("\taksk")),
                 qPrintable(m_out));

        ClientConfig config;
        QString error;
        QVERIFY2(ProfileCommand::loadConfig(QStringLiteral("cli-env"), &config, &error), qPrintable(error));
        QCOMPARE(config.credentials.secretKey, QStringLiteral("env-sk"));
        QCOMPARE(config.enterpriseProjectId, QStringLiteral("all_granted_eps"));
        QVERIFY2(ProfileCommand::loadConfig(QString(), &config, &error), qPrintable(error));
        QVERIFY(!ProfileCommand::loadConfig(QStringLiteral("nobody"), &config, &error));
        QVERIFY2(error.contains(QStringLiteral("no profile named \"nobody\"")), qPrintable(error));

        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("cli-env"), QStringLiteral("--region"),
                      QStringLiteral("cn-north-4"), QStringLiteral("--project-id"), m_projectId,
                      QStringLiteral("--access-key"), QStringLiteral("AKENV"),
                      QStringLiteral("--secret-stdin")},
                     QStringLiteral("other\n")),
                 int(ExitCode::Profile));
        QVERIFY2(m_err.contains(QStringLiteral("already exists")), qPrintable(m_err));
        QCOMPARE(stored(QStringLiteral("cli-env")).value(ProfileSecrets::Kind::SecretKey),
                 QStringLiteral("env-sk"));
    }

    void addFromStdin()
    {
        const int code = run({QStringLiteral("add"), QStringLiteral("cli-stdin"), QStringLiteral("--endpoint"),
                              QStringLiteral("https://127.0.0.1:8443"), QStringLiteral("--project-id"),
                              QStringLiteral("demo-project"), QStringLiteral("--auth"),
                              QStringLiteral("temporary-aksk"), QStringLiteral("--access-key"),
                              QStringLiteral("AKTMP"), QStringLiteral("--proxy"),
                              QStringLiteral("proxy.example.test:3128"), QStringLiteral("--proxy-user"),
                              QStringLiteral("analyst"), QStringLiteral("--secret-stdin"),
                              QStringLiteral("--set-current")},
                             QStringLiteral("stdin-sk\nstdin-st\nstdin-pp\n"));
        QVERIFY2(code == ExitCode::Ok, qPrintable(m_err));
        const ProfileSecrets secrets = stored(QStringLiteral("cli-stdin"));
        QCOMPARE(secrets.value(ProfileSecrets::Kind::SecretKey), QStringLiteral("stdin-sk"));
        QCOMPARE(secrets.value(ProfileSecrets::Kind::SecurityToken), QStringLiteral("stdin-st"));
        QCOMPARE(secrets.value(ProfileSecrets::Kind::ProxyPassword), QStringLiteral("stdin-pp"));
        const ProfileStore store;
        QCOMPARE(store.currentProfileName(), QStringLiteral("cli-stdin"));
        QCOMPARE(store.profile(QStringLiteral("cli-stdin"))->proxyPort, 3128);
    }

    void removeDeletesSecrets()
    {
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("cli-stdin")}), int(ExitCode::Ok));
        QVERIFY(stored(QStringLiteral("cli-stdin")).isEmpty());
        QVERIFY(!ProfileStore().contains(QStringLiteral("cli-stdin")));
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("cli-stdin")}),
                 int(ExitCode::Profile));
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("cli-env")}), int(ExitCode::Ok));
    }
};

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "tst_profilecommand.moc"
