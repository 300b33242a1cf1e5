#include "tests/support/keychaintestenv.h"

#include "app/images/imagelistloader.h"
#include "app/profiles/credentialjob.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Where the window opens and switches to: the built-in sandbox when there is no profile, the
// last profile otherwise (its secrets read from a real keychain), and the toolbar switcher.
class TestMainWindowProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSandboxWithNoProfile();
    void reopensTheLastProfile();
    void sandboxOptionWinsOverTheLastProfile();
    void switcherChangesTheConnection();

private:
    void saveProfile(const QString &name);
    QLabel *banner() const { return m_window->findChild<QLabel *>(QStringLiteral("sandboxBanner")); }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowProfiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HSS Image Desk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowprofiles"));
    // The action log and export task store go to the test's own data folder.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    SandboxConfig sandbox;
    sandbox.imageCount = 120;
    m_host = std::make_unique<SandboxHost>(sandbox);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
}

void TestMainWindowProfiles::init()
{
    m_credentials = std::make_unique<CredentialStore>(QStringLiteral("hss-image-desk-gui-tests"));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles->setCredentialStore(m_credentials.get());
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get(), m_credentials.get());
    m_window->show();
}

void TestMainWindowProfiles::cleanup()
{
    m_window.reset();
    for (const QString &name : m_profiles->profileNames())
        m_profiles->remove(name);
    m_profiles.reset();
    m_credentials.reset();
    QSettings().clear();
}

void TestMainWindowProfiles::saveProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.customEndpoint = m_host->endpoint();
    profile.projectId = m_host->server()->projectId();
    profile.accessKeyId = QLatin1String(SandboxCredentials::AccessKey);
    // The sandbox has no gateway; waiting for the documented budget would only slow the test.
    profile.callRate = CallRate::unlimited();
    QString error;
    QVERIFY2(m_profiles->add(profile, &error), qPrintable(error));
    ProfileSecrets secrets;
    secrets.set(ProfileSecrets::Kind::SecretKey, QLatin1String(SandboxCredentials::SecretKey));
    CredentialJob *job = m_credentials->writeSecrets(name, secrets);
    QSignalSpy done(job, &CredentialJob::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(job->error() == CredentialJob::Error::None, qPrintable(job->errorString()));
}

void TestMainWindowProfiles::opensTheSandboxWithNoProfile()
{
    QVERIFY(m_profiles->profileNames().isEmpty());
    m_window->openStartupConnection(false);
    QVERIFY(m_window->isSandbox());
    QVERIFY(banner()->isVisible());
    QVERIFY(banner()->text().contains(QStringLiteral("demo data")));
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 15000);
}

void TestMainWindowProfiles::reopensTheLastProfile()
{
    if (!KeychainTestEnv::skipReason().isEmpty())
        QSKIP(qPrintable(KeychainTestEnv::skipReason()));
    saveProfile(QStringLiteral("local test"));
    QVERIFY(m_profiles->setCurrentProfile(QStringLiteral("local test")));
    m_window->openStartupConnection(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->profileKey().isEmpty() && !m_window->isSandbox(), 15000);
    QVERIFY(!banner()->isVisible());
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->currentProfile(), QStringLiteral("local test"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->loader()->isRunning(), 15000);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindowProfiles::sandboxOptionWinsOverTheLastProfile()
{
    Profile profile;
    profile.name = QStringLiteral("elsewhere");
    profile.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.projectId = QStringLiteral("project");
    profile.accessKeyId = QStringLiteral("AK");
    QVERIFY(m_profiles->add(profile));
    QVERIFY(m_profiles->setCurrentProfile(profile.name));
    m_window->openStartupConnection(true);
    QVERIFY(m_window->isSandbox());
    QVERIFY(banner()->isVisible());
}

void TestMainWindowProfiles::switcherChangesTheConnection()
{
    if (!KeychainTestEnv::skipReason().isEmpty())
        QSKIP(qPrintable(KeychainTestEnv::skipReason()));
    m_window->openStartupConnection(false);
    QVERIFY(m_window->isSandbox());
    saveProfile(QStringLiteral("second"));
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    const int index = switcher->findText(QStringLiteral("second"));
    QVERIFY(index > 0);
    switcher->setFocus();
    switcher->setCurrentIndex(index);
    emit switcher->activated(index);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSandbox(), 15000);
    QCOMPARE(m_profiles->currentProfileName(), QStringLiteral("second"));
    QVERIFY(!banner()->isVisible());

    emit switcher->activated(0);
    QVERIFY(m_window->isSandbox());
    QVERIFY(m_profiles->currentProfileName().isEmpty());
}

QTEST_MAIN(TestMainWindowProfiles)
#include "tst_mainwindowprofiles.moc"
