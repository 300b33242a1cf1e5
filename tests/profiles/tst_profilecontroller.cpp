#include "tests/support/keychaintestenv.h"
#include "tests/support/profilefixture.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/uitestenv.h"

#include "app/profiles/profilestore.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "ui/embeddedsandbox.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/messagebar.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

// ProfileController on real widgets: which connection it chooses at start, a saved profile
// opened with its secrets from the real keychain, and what it says when a profile cannot be
// opened.
class TestProfileController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsOnTheSandboxWithoutAProfile();
    void opensTheLastProfileWithItsSecrets();
    void missingProfileIsReported();
    void choosingTheSandboxForgetsTheCurrentProfile();

private:
    UiTestEnv m_env;
    SandboxFixture m_sandbox;
    ProfileFixture m_saved{m_env.filePath(QStringLiteral("profiles.ini")),
                           QStringLiteral("hss-image-desk-tst-profilecontroller")};
    ProfileStore *m_profiles = m_saved.profiles();
    std::unique_ptr<QWidget> m_host;
    ProfileSwitcher *m_switcher = nullptr;
    MessageBar *m_bar = nullptr;
    ProfileController *m_controller = nullptr;
};

void TestProfileController::initTestCase()
{
    QVERIFY(m_env.setUp(QStringLiteral("tst_profilecontroller")));
    SandboxConfig config;
    config.imageCount = 10;
    QVERIFY(m_sandbox.start(config));
}

void TestProfileController::init()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    m_switcher = new ProfileSwitcher(m_host.get());
    auto *statusBar = new QStatusBar(m_host.get());
    layout->addWidget(m_bar);
    layout->addWidget(m_switcher);
    layout->addWidget(statusBar);
    m_controller = new ProfileController(m_switcher, m_bar, statusBar, m_host.get());
    m_controller->setProfileStore(m_profiles, m_saved.credentials());
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestProfileController::cleanup()
{
    m_host.reset();
    m_saved.removeAll();
    UiTestEnv::clearSettings();
}

void TestProfileController::startsOnTheSandboxWithoutAProfile()
{
    QSignalSpy changed(m_controller, &ProfileController::connectionChanged);
    m_controller->openStartupConnection(false);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_controller->isSandbox());
    QCOMPARE(m_controller->formKey(), QStringLiteral("sandbox"));
    QCOMPARE(m_controller->displayName(), QStringLiteral("Sandbox"));
    const auto config = changed.first().first().value<ClientConfig>();
    QCOMPARE(config.endpoint, m_controller->sandbox()->clientConfig().endpoint);
    QCOMPARE(changed.first().at(3).toBool(), true);
    QCOMPARE(m_switcher->currentIndex(), 0);
}

void TestProfileController::opensTheLastProfileWithItsSecrets()
{
    if (!KeychainTestEnv::skipReason().isEmpty())
        QSKIP(qPrintable(KeychainTestEnv::skipReason()));
    QVERIFY(m_saved.saveSandboxProfile(QStringLiteral("team prod.1"), m_sandbox.endpoint(),
                                        m_sandbox.server()->projectId()));
    QVERIFY(m_profiles->setCurrentProfile(QStringLiteral("team prod.1")));
    QSignalSpy changed(m_controller, &ProfileController::connectionChanged);
    m_controller->openStartupConnection(false);
    QVERIFY(changed.wait(15000));
    QVERIFY(!m_controller->isSandbox());
    // The form state's key is the profile name as one group name.
    QCOMPARE(m_controller->formKey(), QStringLiteral("profile-team_20prod.1"));
    QCOMPARE(m_controller->displayName(), QStringLiteral("team prod.1"));
    const auto config = changed.first().first().value<ClientConfig>();
    QCOMPARE(config.endpoint, m_sandbox.endpoint());
    QCOMPARE(config.credentials.secretKey, QLatin1String(SandboxCredentials::SecretKey));
    QCOMPARE(m_switcher->currentProfile(), QStringLiteral("team prod.1"));
    QVERIFY(!m_bar->isVisible());
    QVERIFY(m_controller->sandbox() == nullptr); // the sandbox was never needed
}

void TestProfileController::missingProfileIsReported()
{
    QSignalSpy changed(m_controller, &ProfileController::connectionChanged);
    m_controller->openProfile(QStringLiteral("gone"));
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QCOMPARE(m_bar->text(), QStringLiteral("The profile gone does not exist any more."));
    QVERIFY(changed.isEmpty());
}

void TestProfileController::choosingTheSandboxForgetsTheCurrentProfile()
{
    QVERIFY(m_saved.addUnreachableCurrentProfile(QStringLiteral("elsewhere")));
    QSignalSpy changed(m_controller, &ProfileController::connectionChanged);
    emit m_switcher->sandboxChosen();
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_controller->isSandbox());
    QVERIFY(m_profiles->currentProfileName().isEmpty());
}

QTEST_MAIN(TestProfileController)
#include "tst_profilecontroller.moc"
