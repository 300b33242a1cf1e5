#pragma once

#include "app/profiles/credentialstore.h"
#include "app/profiles/profile.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <optional>

// The saved profiles and which one was used last, in one INI file shared by the app and the
// CLI. No secret is ever written here: with a CredentialStore attached, removing, renaming or
// duplicating a profile also removes, moves or copies its keychain entries, and
// secretsSynced() reports how that went.
//
// Layout (INI):
//   [General]              formatVersion=1, currentProfile=<name>
//   [profiles/<name>]      region, endpoint, projectId, enterpriseScope (default|specific|all),
//                          enterpriseProjectId, authMode (aksk|temporary-aksk|iam-token),
//                          accessKeyId, proxyMode (system|none|manual), proxyHost, proxyPort,
//                          proxyUser, caCertificateFile, requestTimeoutSeconds
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The default file: <config dir>/hss-image-desk/profiles.ini, the same for the app and the
    // CLI whatever their application names are.
    explicit ProfileStore(QObject *parent = nullptr);
    explicit ProfileStore(const QString &settingsPath, QObject *parent = nullptr);

    static QString defaultSettingsPath();
    QString settingsPath() const { return m_settings.fileName(); }

    void setCredentialStore(CredentialStore *credentials);
    CredentialStore *credentialStore() const { return m_credentials; }

    QStringList profileNames() const; // sorted
    QList<Profile> profiles() const;  // sorted by name
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;

    // Each refuses (false, *error says why) an invalid profile, an unknown source or a name
    // that is taken; nothing is changed then.
    bool add(const Profile &profile, QString *error = nullptr);
    bool update(const Profile &profile, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool duplicate(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

    // The profile the app reopens with; empty when none is chosen or it was removed.
    QString currentProfileName() const;
    std::optional<Profile> currentProfile() const;
    bool setCurrentProfile(const QString &name);

    // Re-reads the file, e.g. after the CLI changed it.
    void reload();

signals:
    void profilesChanged();
    void currentChanged(const QString &name);
    // The keychain half of remove/rename/duplicate, which finishes after the settings changed.
    void secretsSynced(const QString &profile, bool ok, const QString &message);

private:
    static QString groupOf(const QString &name);
    void writeProfile(const Profile &profile);
    bool checkNewName(const QString &name, QString *error) const;
    // Writes profile `from` again under the name `to` (rename and duplicate both start so).
    bool writeCopy(const QString &from, const QString &to, QString *error);
    void watch(CredentialJob *job, const QString &profile);

    mutable QSettings m_settings;
    QPointer<CredentialStore> m_credentials;
};
