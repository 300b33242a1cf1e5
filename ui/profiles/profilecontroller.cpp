#include "ui/profiles/profilecontroller.h"

#include "app/base/settingkeys.h"
#include "app/profiles/clientconfigloader.h"
#include "app/profiles/profilestore.h"
#include "ui/embeddedsandbox.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/messagebar.h"

#include <QStatusBar>

ProfileController::ProfileController(ProfileSwitcher *switcher, MessageBar *messageBar,
                                     QStatusBar *statusBar, QWidget *parent)
    : QObject(parent)
    , m_dialogParent(parent)
    , m_switcher(switcher)
    , m_messageBar(messageBar)
    , m_statusBar(statusBar)
{
    connect(m_switcher, &ProfileSwitcher::sandboxChosen, this, [this] {
        if (m_profiles)
            m_profiles->setCurrentProfile(QString());
        openSandbox();
    });
    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &ProfileController::openProfile);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, &ProfileController::manageProfiles);
}

void ProfileController::setProfileStore(ProfileStore *profiles, CredentialStore *credentials)
{
    m_profiles = profiles;
    m_credentials = credentials;
    m_switcher->setProfileStore(profiles);
}

void ProfileController::setConnection(const ClientConfig &config, const QString &formKey,
                                      const QString &displayName, bool sandbox)
{
    m_formKey = formKey;
    m_displayName = displayName;
    m_isSandbox = sandbox;
    emit connectionChanged(config, formKey, displayName, sandbox);
}

void ProfileController::openStartupConnection(bool forceSandbox)
{
    const QString last = m_profiles ? m_profiles->currentProfileName() : QString();
    if (forceSandbox || last.isEmpty())
        openSandbox();
    else
        openProfile(last);
}

void ProfileController::openProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile || !m_credentials) {
        m_messageBar->showMessage(tr("The profile %1 does not exist any more.").arg(name),
                                  MessageBar::Type::Error);
        m_switcher->showCurrent(m_switcher->currentProfile());
        return;
    }
    if (m_configLoader)
        m_configLoader->deleteLater();
    m_configLoader = new ClientConfigLoader(m_credentials, this);
    ClientConfigLoader *loader = m_configLoader;
    m_statusBar->showMessage(tr("Reading the secrets of %1 from the keychain…").arg(name));
    connect(loader, &ClientConfigLoader::finished, this, [this, loader, name] {
        loader->deleteLater();
        if (loader != m_configLoader)
            return; // a later choice won
        m_statusBar->clearMessage();
        if (!loader->isOk()) {
            m_messageBar->showMessage(tr("The profile %1 could not be opened: %2")
                                          .arg(name, loader->errorString()),
                                      MessageBar::Type::Error);
            m_switcher->showCurrent(m_switcher->currentProfile());
            return;
        }
        m_messageBar->dismiss();
        setConnection(loader->config(), ProfileSettingGroup::keyOfName(name), name, false);
        m_profiles->setCurrentProfile(name);
        m_switcher->showCurrent(name);
    });
    loader->load(*profile);
}

void ProfileController::newProfile()
{
    editProfile({});
}

void ProfileController::editCurrentProfile()
{
    editProfile(m_isSandbox ? QString() : m_switcher->currentProfile());
}

void ProfileController::manageProfiles()
{
    if (!m_profiles || !m_credentials)
        return;
    ProfilesDialog dialog(m_profiles, m_credentials, m_dialogParent);
    dialog.exec();
    const QString current = m_isSandbox ? QString() : m_switcher->currentProfile();
    if (current.isEmpty())
        return;
    if (dialog.removedProfiles().contains(current))
        openSandbox();
    else if (dialog.savedProfiles().contains(current))
        openProfile(current); // its settings or secrets may have changed
}

void ProfileController::editProfile(const QString &name)
{
    if (!m_profiles || !m_credentials)
        return;
    ProfileDialog dialog(m_profiles, m_credentials, m_dialogParent);
    dialog.start(name.isEmpty() ? ProfileDialog::Mode::Create : ProfileDialog::Mode::Edit, name);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        openProfile(dialog.profile().name);
    else if (result == ProfileDialog::Deleted && name == m_switcher->currentProfile())
        openSandbox();
}

bool ProfileController::openSandbox(const SandboxConfig &config)
{
    if (!m_sandbox)
        m_sandbox = new EmbeddedSandbox(this);
    QString error;
    if (!m_sandbox->start(config, &error)) {
        m_messageBar->showMessage(tr("The built-in sandbox could not start: %1").arg(error),
                                  MessageBar::Type::Error);
        return false;
    }
    setConnection(m_sandbox->clientConfig(), SettingKeys::SandboxFormKey, tr("Sandbox"), true);
    m_switcher->showCurrent(QString());
    return true;
}
