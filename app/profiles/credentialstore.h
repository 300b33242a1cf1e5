#pragma once

#include "app/profiles/credentialjob.h"
#include "app/profiles/profilesecrets.h"

#include <QObject>

// The only place secrets are kept: the operating system's keychain (Secret Service on Linux)
// through QtKeychain, under one service name with keys "<profile>/<kind>". There is no plain
// text fallback: when the keychain cannot be used, the job fails and says so.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit CredentialStore(QObject *parent = nullptr);
    // A different service name keeps tests (or a second installation) apart from real entries.
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    static QString defaultService();
    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Each returns a started job that deletes itself (deleteLater) once it emitted finished():
    // read its results in a slot connected to finished() or right after waiting for it, and
    // hold it in a QPointer if it must outlive that. Whoever asked may be gone by then, and a
    // read job would otherwise keep secrets in memory for the life of the store.
    CredentialJob *readSecrets(const QString &profile);
    CredentialJob *writeSecrets(const QString &profile, const ProfileSecrets &secrets);
    CredentialJob *removeSecrets(const QString &profile);
    CredentialJob *copySecrets(const QString &from, const QString &to);
    CredentialJob *moveSecrets(const QString &from, const QString &to);

private:
    CredentialJob *startJob(CredentialJob::Operation operation, const QString &profile,
                            const QString &target, const ProfileSecrets &secrets);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};
