#pragma once

#include "app/profiles/profilesecrets.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace QKeychain {
class Job;
}

// One keychain operation on a profile's secrets (read, write, remove, copy or move), made of
// QtKeychain jobs run one after another. It emits finished() once; CredentialStore then
// deleteLater()s it. Every step has its own timeout because a locked keyring under a
// desktop can show a password prompt and never answer.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Read,   // secrets() holds what was found; a missing entry is not an error
        Write,  // present kinds are written, present-but-empty kinds are deleted
        Remove, // every kind of the profile is deleted
        Copy,   // every stored kind of profile() is written under targetProfile()
        Move,   // Copy, then the old entries are deleted
    };
    Q_ENUM(Operation)

    enum class Error {
        None,
        NoService, // no Secret Service / wallet reachable: nothing was read or stored
        Locked,    // the keyring exists but is locked or refused access
        Timeout,   // no answer within the timeout (typically a pending unlock prompt)
        Other,
    };
    Q_ENUM(Error)

    CredentialJob(Operation operation, const QString &service, const QString &profile,
                  const QString &targetProfile, const ProfileSecrets &secrets, int timeoutMs,
                  QObject *parent);

    Operation operation() const { return m_operation; }
    QString profile() const { return m_profile; }
    QString targetProfile() const { return m_targetProfile; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && m_error == Error::None; }
    Error error() const { return m_error; }
    // What went wrong and what to do about it, for a dialog or stderr.
    QString errorString() const { return m_errorString; }
    ProfileSecrets secrets() const { return m_secrets; }

    // What a QtKeychain error code and text mean for the user (public for its tests).
    static Error classify(int qkeychainError, const QString &text);
    // The keychain key of one secret: "<profile>/<kind>".
    static QString key(const QString &profile, ProfileSecrets::Kind kind);

    // Starts on the next event-loop turn, so callers can connect first.
    void start();

signals:
    void finished();

private:
    struct Step {
        enum class Action { Read, Write, Delete } action;
        QString profile;
        ProfileSecrets::Kind kind;
        QString value;
    };

    void runNextStep();
    void onStepFinished(QKeychain::Job *job);
    void onStepTimeout();
    void queueReads(const QString &profile);
    void queueDeletes(const QString &profile);
    void checkLockedKeyring();
    void fail(Error error, const QString &detail);
    void finish();
    QString describe(Error error, const QString &detail) const;

    Operation m_operation;
    QString m_service;
    QString m_profile;
    QString m_targetProfile;
    ProfileSecrets m_secrets;
    int m_timeoutMs;
    QList<Step> m_steps;
    Step m_current;
    bool m_readPhaseQueued = false;
    bool m_lockChecked = false;
    int m_changedEntries = 0;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timeout;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_finished = false;
};
