#include "app/profiles/profile.h"
#include "tests/support/testfiles.h"

#include <QTemporaryDir>
#include <QTest>

// The value type: what validate() refuses, and what toClientConfig() turns a profile into.
class TestProfile : public QObject
{
    Q_OBJECT

private:
    static Profile validProfile()
    {
        Profile p;
        p.name = QStringLiteral("prod");
        p.regionId = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.accessKeyId = QStringLiteral("AKEXAMPLE1234567890");
        return p;
    }

    static ProfileSecrets secretKey()
    {
        ProfileSecrets s;
        s.set(ProfileSecrets::Kind::SecretKey, QStringLiteral("sk"));
        return s;
    }

    static QStringList fields(const FieldErrors &errors)
    {
        QStringList names;
        for (const FieldError &e : errors)
            names.append(e.field);
        return names;
    }

private slots:
    void validProfileHasNoErrors()
    {
        QVERIFY(validProfile().validate().isEmpty());
    }

    void requiredFields()
    {
        Profile p;
        p.regionId.clear();
        QCOMPARE(fields(p.validate()),
                 (QStringList{QStringLiteral("name"), QStringLiteral("endpoint"),
                              QStringLiteral("project_id"), QStringLiteral("access_key")}));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("prod") << true;
        QTest::newRow("spaces inside") << QStringLiteral("EU prod 2") << true;
        QTest::newRow("dots and dashes") << QStringLiteral("a.b_c-d") << true;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("leading space") << QStringLiteral(" a") << false;
        QTest::newRow("trailing space") << QStringLiteral("a ") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("longest") << QString(64, QLatin1Char('a')) << true;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Profile::isValidName(name), valid);
    }

    void projectIdFormat_data()
    {
        QTest::addColumn<QString>("regionId");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hss id") << QStringLiteral("cn-north-4")
                                << QStringLiteral("0123456789abcdef0123456789abcdef") << true;
        QTest::newRow("uppercase") << QStringLiteral("cn-north-4")
                                   << QStringLiteral("0123456789ABCDEF0123456789ABCDEF") << false;
        QTest::newRow("short") << QStringLiteral("cn-north-4") << QStringLiteral("0123abc") << false;
        QTest::newRow("custom endpoint, free form") << QString() << QStringLiteral("demo-project")
                                                    << true;
        QTest::newRow("custom endpoint, slash") << QString() << QStringLiteral("a/b") << false;
        QTest::newRow("custom endpoint, too long") << QString() << QString(257, QLatin1Char('a'))
                                                   << false;
        // One path segment up from /v5/{project_id}/ is another route of the server.
        QTest::newRow("custom endpoint, dot-dot") << QString() << QStringLiteral("..") << false;
        QTest::newRow("custom endpoint, dot") << QString() << QStringLiteral(".") << false;
    }

    void projectIdFormat()
    {
        QFETCH(QString, regionId);
        QFETCH(QString, projectId);
        QFETCH(bool, valid);
        Profile p = validProfile();
        p.regionId = regionId;
        if (regionId.isEmpty())
            p.customEndpoint = QUrl(QStringLiteral("https://hss.example.test"));
        p.projectId = projectId;
        QCOMPARE(!fields(p.validate()).contains(QStringLiteral("project_id")), valid);
    }

    void endpointFormat_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://hss.example.test:8443") << true;
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://hss.example.test") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("not a url") << QStringLiteral("hss example") << false;
    }

    void endpointFormat()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        Profile p = validProfile();
        p.regionId.clear();
        p.customEndpoint = QUrl(url);
        QCOMPARE(!fields(p.validate()).contains(QStringLiteral("endpoint")), valid);
    }

    void unknownRegion()
    {
        Profile p = validProfile();
        p.regionId = QStringLiteral("xx-nowhere-1");
        QCOMPARE(fields(p.validate()), QStringList{QStringLiteral("region")});
    }

    void otherFields()
    {
        Profile p = validProfile();
        p.enterpriseScope = Profile::EnterpriseScope::Specific;
        p.proxyMode = Profile::ProxyMode::Manual;
        p.caCertificateFile = QStringLiteral("/nonexistent/ca.pem");
        p.requestTimeoutSeconds = 0;
        QCOMPARE(fields(p.validate()),
                 (QStringList{QStringLiteral("enterprise_project_id"), QStringLiteral("proxy_host"),
                              QStringLiteral("proxy_port"), QStringLiteral("ca_certificate_file"),
                              QStringLiteral("request_timeout")}));
    }

    void iamTokenNeedsNoAccessKey()
    {
        Profile p = validProfile();
        p.authMode = Credentials::Mode::IamToken;
        p.accessKeyId.clear();
        QVERIFY(p.validate().isEmpty());
        QCOMPARE(p.requiredSecrets(), QList<ProfileSecrets::Kind>{ProfileSecrets::Kind::AuthToken});
    }

    void clientConfigFromRegion()
    {
        Profile p = validProfile();
        p.enterpriseScope = Profile::EnterpriseScope::All;
        p.requestTimeoutSeconds = 15;
        ClientConfig config;
        QString error;
        QVERIFY2(p.toClientConfig(secretKey(), &config, &error), qPrintable(error));
        QCOMPARE(config.endpoint, QUrl(QStringLiteral("https://hss.cn-north-4.myhuaweicloud.com")));
        QCOMPARE(config.regionId, QStringLiteral("cn-north-4"));
        QCOMPARE(config.projectId, p.projectId);
        QCOMPARE(config.enterpriseProjectId, QStringLiteral("all_granted_eps"));
        QCOMPARE(config.credentials.mode, Credentials::Mode::AkSk);
        QCOMPARE(config.credentials.accessKey, p.accessKeyId);
        QCOMPARE(config.credentials.secretKey, QStringLiteral("sk"));
        QCOMPARE(config.transferTimeoutMs, 15000);
        QVERIFY(!config.proxy.has_value());
        QVERIFY(config.extraCaCertificates.isEmpty());
    }

    void clientConfigTemporaryKeysAndManualProxy()
    {
        Profile p = validProfile();
        p.authMode = Credentials::Mode::TemporaryAkSk;
        p.enterpriseScope = Profile::EnterpriseScope::Specific;
        p.enterpriseProjectId = QStringLiteral("4c1a2b3d-0000-1111-2222-333344445555");
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyHost = QStringLiteral("proxy.example.test");
        p.proxyPort = 3128;
        p.proxyUser = QStringLiteral("analyst");
        ProfileSecrets s = secretKey();
        s.set(ProfileSecrets::Kind::SecurityToken, QStringLiteral("token"));
        ClientConfig config;
        QString error;
        QVERIFY(!p.toClientConfig(s, &config, &error));
        QVERIFY2(error.contains(QStringLiteral("proxy_password")), qPrintable(error));

        s.set(ProfileSecrets::Kind::ProxyPassword, QStringLiteral("pw"));
        QVERIFY2(p.toClientConfig(s, &config, &error), qPrintable(error));
        QCOMPARE(config.credentials.securityToken, QStringLiteral("token"));
        QCOMPARE(config.enterpriseProjectId, p.enterpriseProjectId);
        QVERIFY(config.proxy.has_value());
        QCOMPARE(config.proxy->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(config.proxy->hostName(), p.proxyHost);
        QCOMPARE(config.proxy->port(), quint16(3128));
        QCOMPARE(config.proxy->user(), p.proxyUser);
        QCOMPARE(config.proxy->password(), QStringLiteral("pw"));
    }

    void noProxyIsExplicit()
    {
        Profile p = validProfile();
        p.proxyMode = Profile::ProxyMode::None;
        ClientConfig config;
        QString error;
        QVERIFY(p.toClientConfig(secretKey(), &config, &error));
        QVERIFY(config.proxy.has_value());
        QCOMPARE(config.proxy->type(), QNetworkProxy::NoProxy);
    }

    void missingSecretIsAClearError()
    {
        ClientConfig config;
        QString error;
        QVERIFY(!validProfile().toClientConfig({}, &config, &error));
        QVERIFY2(error.contains(QStringLiteral("secret_key")), qPrintable(error));
    }

    void caCertificateLoaded()
    {
        Profile p = validProfile();
        p.caCertificateFile = QStringLiteral(HSS_TEST_DATA_DIR "/profiles/test-ca.pem");
        ClientConfig config;
        QString error;
        QVERIFY2(p.toClientConfig(secretKey(), &config, &error), qPrintable(error));
        QCOMPARE(config.extraCaCertificates.size(), 1);
    }

    void invalidCaCertificateIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.pem"));
        QVERIFY(TestFiles::write(path, "not a certificate\n"));

        Profile p = validProfile();
        p.caCertificateFile = path;
        ClientConfig config;
        QString error;
        QVERIFY(!p.toClientConfig(secretKey(), &config, &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM or DER certificate")), qPrintable(error));

        p.caCertificateFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!p.toClientConfig(secretKey(), &config, &error));
        QVERIFY2(error.contains(QStringLiteral("ca_certificate_file does not exist")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
