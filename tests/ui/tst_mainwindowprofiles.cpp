#include "tests/support/keychaintestenv.h"
#include "tests/support/mainwindowfixture.h"
#include "tests/support/profilefixture.h"

#include "app/images/imagelistloader.h"
#include "app/profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "ui/images/imagetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
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
    void saveProfile(const QString &name)
    {
        QVERIFY(m_saved.saveSandboxProfile(name, m_fixture.sandboxEndpoint(), m_fixture.sandbox()->projectId()));
    }
    QLabel *banner() const { return m_fixture.child<QLabel>("sandboxBanner"); }

    MainWindowFixture m_fixture;
    ProfileFixture m_saved{m_fixture.filePath(QStringLiteral("profiles.ini")),
                           QStringLiteral("hss-image-desk-gui-tests")};
    ProfileStore *m_profiles = m_saved.profiles();
    MainWindow *m_window = nullptr;
};

void TestMainWindowProfiles::initTestCase()
{
    QVERIFY(m_fixture.setUpWithSandbox(QStringLiteral("tst_mainwindowprofiles"), 120));
}

void TestMainWindowProfiles::init()
{
    m_window = m_fixture.createWindow(false);
    m_window->profiles()->setProfileStore(m_profiles, m_saved.credentials());
    m_window->show();
}

void TestMainWindowProfiles::cleanup()
{
    m_fixture.tearDown();
    m_saved.removeAll();
}

void TestMainWindowProfiles::opensTheSandboxWithNoProfile()
{
    QVERIFY(m_profiles->profileNames().isEmpty());
    m_window->profiles()->openStartupConnection(false);
    QVERIFY(m_window->profiles()->isSandbox());
    QVERIFY(banner()->isVisible());
    QVERIFY(banner()->text().contains(QStringLiteral("demo data")));
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->model()->rowCount() > 0, 15000);
}

void TestMainWindowProfiles::reopensTheLastProfile()
{
    if (!KeychainTestEnv::skipReason().isEmpty())
        QSKIP(qPrintable(KeychainTestEnv::skipReason()));
    saveProfile(QStringLiteral("local test"));
    QVERIFY(m_profiles->setCurrentProfile(QStringLiteral("local test")));
    m_window->profiles()->openStartupConnection(false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->profiles()->formKey().isEmpty() && !m_window->profiles()->isSandbox(), 15000);
    QVERIFY(!banner()->isVisible());
    QCOMPARE(m_window->findChild<ProfileSwitcher *>()->currentProfile(), QStringLiteral("local test"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->model()->rowCount() > 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->browser()->loader()->isRunning(), 15000);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindowProfiles::sandboxOptionWinsOverTheLastProfile()
{
    QVERIFY(m_saved.addUnreachableCurrentProfile(QStringLiteral("elsewhere")));
    m_window->profiles()->openStartupConnection(true);
    QVERIFY(m_window->profiles()->isSandbox());
    QVERIFY(banner()->isVisible());
}

void TestMainWindowProfiles::switcherChangesTheConnection()
{
    if (!KeychainTestEnv::skipReason().isEmpty())
        QSKIP(qPrintable(KeychainTestEnv::skipReason()));
    m_window->profiles()->openStartupConnection(false);
    QVERIFY(m_window->profiles()->isSandbox());
    saveProfile(QStringLiteral("second"));
    auto *switcher = m_window->findChild<ProfileSwitcher *>();
    const int index = switcher->findText(QStringLiteral("second"));
    QVERIFY(index > 0);
    switcher->setFocus();
    switcher->setCurrentIndex(index);
    emit switcher->activated(index);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->profiles()->isSandbox(), 15000);
    QCOMPARE(m_profiles->currentProfileName(), QStringLiteral("second"));
    QVERIFY(!banner()->isVisible());

    emit switcher->activated(0);
    QVERIFY(m_window->profiles()->isSandbox());
    QVERIFY(m_profiles->currentProfileName().isEmpty());
}

QTEST_MAIN(TestMainWindowProfiles)
#include "tst_mainwindowprofiles.moc"
