#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class CredentialStore;
class ProfileStore;

// Saved profiles for a test: a ProfileStore in its own file and a CredentialStore under a
// test's own keychain service. Every profile is removed again (with its keychain entries) by
// removeAll() and when the fixture goes.
class ProfileFixture
{
public:
    ProfileFixture(const QString &settingsPath, const QString &keychainService);
    ~ProfileFixture();

    ProfileStore *profiles() const { return m_profiles.get(); }
    CredentialStore *credentials() const { return m_credentials.get(); }

    // A profile on a sandbox with the demo access key, its secret key written to the keychain.
    // False when either could not be saved (the test log says why).
    bool saveSandboxProfile(const QString &name, const QUrl &endpoint, const QString &projectId);
    // A profile that points at nothing and has no secrets, made the current one.
    bool addUnreachableCurrentProfile(const QString &name);
    void removeAll();

private:
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_profiles;
};
