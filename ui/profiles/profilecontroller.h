#pragma once

#include "app/net/clientconfig.h"
#include "sandbox/sandboxconfig.h"

#include <QObject>
#include <QPointer>

class ClientConfigLoader;
class CredentialStore;
class EmbeddedSandbox;
class MessageBar;
class ProfileStore;
class ProfileSwitcher;
class QStatusBar;
class QWidget;

// Which connection the window works on: a saved profile (its secrets read from the keychain
// by a ClientConfigLoader), or the built-in sandbox with demo data; the toolbar's switcher,
// "New/Edit profile…" and "Manage profiles…". Says where to connect with connectionChanged().
class ProfileController : public QObject
{
    Q_OBJECT

public:
    // `parent` is also the parent of the profile dialogs.
    ProfileController(ProfileSwitcher *switcher, MessageBar *messageBar, QStatusBar *statusBar,
                      QWidget *parent);

    // Saved profiles for the switcher and the dialogs; not owned.
    void setProfileStore(ProfileStore *profiles, CredentialStore *credentials);
    // The last profile used, or the built-in sandbox when there is none (or when asked for).
    void openStartupConnection(bool forceSandbox);
    // The built-in sandbox with demo data, started on first use.
    bool openSandbox(const SandboxConfig &config = {});
    // Where to connect: `formKey` names the per-profile form state, `sandbox` marks
    // everything shown as demo data.
    void setConnection(const ClientConfig &config, const QString &formKey, const QString &displayName,
                       bool sandbox);

    EmbeddedSandbox *sandbox() const { return m_sandbox; }
    QString formKey() const { return m_formKey; }
    QString displayName() const { return m_displayName; }
    bool isSandbox() const { return m_isSandbox; }

public slots:
    // Reads the profile's secrets from the keychain, then connects; errors go to the bar.
    void openProfile(const QString &name);
    void newProfile();
    void editCurrentProfile();
    void manageProfiles();

signals:
    void connectionChanged(const ClientConfig &config, const QString &formKey,
                           const QString &displayName, bool sandbox);

private:
    // Empty `name`: create a new profile.
    void editProfile(const QString &name);
    QWidget *m_dialogParent;
    ProfileSwitcher *m_switcher;
    MessageBar *m_messageBar;
    QStatusBar *m_statusBar;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QPointer<ClientConfigLoader> m_configLoader;
    EmbeddedSandbox *m_sandbox = nullptr;
    QString m_formKey;
    QString m_displayName;
    bool m_isSandbox = false;
};
