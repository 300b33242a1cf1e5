#pragma once

#include "app/net/clientconfig.h"
#include "app/profiles/profile.h"

#include <QObject>
#include <QPointer>

class CredentialJob;
class CredentialStore;

// Turns a profile into the ClientConfig its requests are sent with: reads its secrets from the
// keychain, then builds the configuration (CA file, proxy, timeout). One loader per load; the
// receiver of finished() deleteLater()s it. The main window uses this when the profile
// switcher changes; the CLI runs it in a local event loop.
class ClientConfigLoader : public QObject
{
    Q_OBJECT

public:
    explicit ClientConfigLoader(CredentialStore *credentials, QObject *parent = nullptr);

    // Starts reading; finished() follows, also when the profile is invalid or secrets are missing.
    void load(const Profile &profile);

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error.isEmpty(); }
    Profile profile() const { return m_profile; }
    ClientConfig config() const { return m_config; }
    QString errorString() const { return m_error; }

signals:
    void finished();

private:
    void onSecretsRead(CredentialJob *job);
    void finish(const QString &error);

    QPointer<CredentialStore> m_credentials;
    Profile m_profile;
    ClientConfig m_config;
    QString m_error;
    bool m_finished = false;
};
