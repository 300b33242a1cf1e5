#include "ui/profiles/profilecontroller.h"

#include "app/base/settingkeys.h"
#include "app/images/imageinventory.h"
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
    connect(m_switcher, &ProfileSwitcher::limitedSandboxChosen, this, [this] {
        if (m_profiles)
            m_profiles->setCurrentProfile(QString());
        openSandboxWithLimits();
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
    connectTo(config, formKey, displayName, sandbox,
              ImageInventory::pathFor(ImageInventory::keyFor(displayName, config)));
}

void ProfileController::connectTo(const ClientConfig &config, const QString &formKey,
                                  const QString &displayName, bool sandbox,
                                  const QString &inventoryPath)
{
    m_inventoryPath = inventoryPath;
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

bool ProfileController::startSandbox(EmbeddedSandbox **sandbox, const SandboxConfig &config)
{
    if (!*sandbox)
        *sandbox = new EmbeddedSandbox(this);
    QString error;
    if ((*sandbox)->start(config, &error))
        return true;
    m_messageBar->showMessage(tr("The built-in sandbox could not start: %1").arg(error),
                              MessageBar::Type::Error);
    return false;
}

QString ProfileController::sandboxInventoryPath(const QString &name, const ClientConfig &config)
{
    ClientConfig stable = config;
    QUrl endpoint = stable.endpoint;
    endpoint.setPort(-1);
    stable.endpoint = endpoint;
    return ImageInventory::pathFor(ImageInventory::keyFor(name, stable));
}

bool ProfileController::openSandbox(const SandboxConfig &config)
{
    if (!startSandbox(&m_sandbox, config))
        return false;
    const ClientConfig client = m_sandbox->clientConfig();
    connectTo(client, SettingKeys::SandboxFormKey, tr("Sandbox"), true,
              sandboxInventoryPath(QStringLiteral("sandbox"), client));
    m_switcher->showSandbox(false);
    return true;
}

bool ProfileController::openSandboxWithLimits(SandboxConfig config)
{
    if (config.gatewayLimits.isUnlimited())
        config.gatewayLimits = CallRate::documented();
    if (!startSandbox(&m_limitedSandbox, config))
        return false;
    ClientConfig client = m_limitedSandbox->clientConfig();
    client.callRate = m_limitedSandbox->config().gatewayLimits;
    connectTo(client, SettingKeys::LimitedSandboxFormKey, tr("Sandbox (realistic limits)"), true,
              sandboxInventoryPath(QStringLiteral("sandbox-limits"), client));
    m_switcher->showSandbox(true);
    return true;
}
