#include "app/profiles/credentialjob.h"

#include "app/base/logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

#include <qt6keychain/keychain.h>

namespace {

QString actionName(int action)
{
    static const QStringList names = {QStringLiteral("read"), QStringLiteral("write"),
                                      QStringLiteral("delete")};
    return names.value(action);
}

} // namespace

// QtKeychain 0.13.2 on the libsecret path never reports NoBackendAvailable: a missing Secret
// Service, a missing D-Bus session or a missing libsecret all arrive as OtherError with
// GLib's or QtKeychain's text, so the text is the only way to tell them apart.
CredentialJob::Error CredentialJob::classify(int qkeychainError, const QString &text)
{
    switch (QKeychain::Error(qkeychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return CredentialJob::Error::None;
    case QKeychain::NoBackendAvailable:
        return CredentialJob::Error::NoService;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialJob::Error::Locked;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    static const QStringList noService = {
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("autolaunch D-Bus"),
        QStringLiteral("Unknown error"), QStringLiteral("Could not connect"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("ServiceUnknown"),
    };
    for (const QString &marker : noService) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return CredentialJob::Error::NoService;
    }
    // gnome-keyring without an unlocked login collection answers "Object does not exist at
    // path .../collection/login" when it cannot show its unlock prompt.
    if (text.contains(QStringLiteral("/collection/")) || text.contains(QStringLiteral("locked")))
        return CredentialJob::Error::Locked;
    return CredentialJob::Error::Other;
}

CredentialJob::CredentialJob(Operation operation, const QString &service, const QString &profile,
                             const QString &targetProfile, const ProfileSecrets &secrets,
                             int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(service)
    , m_profile(profile)
    , m_targetProfile(targetProfile)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CredentialJob::onStepTimeout);

    switch (m_operation) {
    case Operation::Read:
    case Operation::Copy:
    case Operation::Move:
        queueReads(m_profile);
        break;
    case Operation::Write:
        for (ProfileSecrets::Kind kind : secrets.kinds()) {
            const QString value = secrets.value(kind);
            m_steps.append({value.isEmpty() ? Step::Action::Delete : Step::Action::Write,
                            m_profile, kind, value});
        }
        break;
    case Operation::Remove:
        queueDeletes(m_profile);
        break;
    }
}

QString CredentialJob::key(const QString &profile, ProfileSecrets::Kind kind)
{
    return profile + QLatin1Char('/') + ProfileSecrets::keyName(kind);
}

void CredentialJob::start()
{
    QMetaObject::invokeMethod(this, &CredentialJob::runNextStep, Qt::QueuedConnection);
}

void CredentialJob::queueReads(const QString &profile)
{
    for (ProfileSecrets::Kind kind : ProfileSecrets::allKinds())
        m_steps.append({Step::Action::Read, profile, kind, {}});
}

void CredentialJob::queueDeletes(const QString &profile)
{
    for (ProfileSecrets::Kind kind : ProfileSecrets::allKinds())
        m_steps.append({Step::Action::Delete, profile, kind, {}});
}

void CredentialJob::runNextStep()
{
    if (m_steps.isEmpty() && !m_readPhaseQueued
        && (m_operation == Operation::Copy || m_operation == Operation::Move)) {
        m_readPhaseQueued = true;
        // The target mirrors the source: what the source lacks is cleared, not left over.
        for (ProfileSecrets::Kind kind : ProfileSecrets::allKinds()) {
            const QString value = m_secrets.value(kind);
            m_steps.append({value.isEmpty() ? Step::Action::Delete : Step::Action::Write,
                            m_targetProfile, kind, value});
        }
        if (m_operation == Operation::Move)
            queueDeletes(m_profile);
    }
    if (m_steps.isEmpty() && m_operation == Operation::Read && m_secrets.isEmpty() && !m_lockChecked) {
        checkLockedKeyring();
        return;
    }
    if (m_steps.isEmpty()) {
        finish();
        return;
    }

    m_current = m_steps.takeFirst();
    const QString key = CredentialJob::key(m_current.profile, m_current.kind);
    QKeychain::Job *job = nullptr;
    switch (m_current.action) {
    case Step::Action::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Step::Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_current.value);
        job = write;
        break;
    }
    case Step::Action::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Auto-deleting jobs outlive a timeout safely: libsecret's late callback still finds its job.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, &CredentialJob::onStepFinished);
    m_job = job;
    qCDebug(lcKeychain).noquote() << actionName(int(m_current.action)) << m_service << key;
    m_timeout.start(m_timeoutMs);
    job->start();
}

void CredentialJob::onStepFinished(QKeychain::Job *job)
{
    m_timeout.stop();
    m_job.clear();
    const QString key = CredentialJob::key(m_current.profile, m_current.kind);
    const Error error = classify(job->error(), job->errorString());
    if (error != Error::None) {
        qCWarning(lcKeychain).noquote() << "keychain access to" << key << "failed:" << job->error()
                                        << job->errorString();
        fail(error, job->errorString());
        return;
    }
    if (m_current.action == Step::Action::Read && job->error() == QKeychain::NoError) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
        m_secrets.set(m_current.kind, read->textData());
    }
    if (m_current.action != Step::Action::Read)
        ++m_changedEntries;
    qCInfo(lcKeychain).noquote() << (job->error() == QKeychain::EntryNotFound ? "no entry" : "done")
                                 << key;
    runNextStep();
}

void CredentialJob::onStepTimeout()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job.clear();
    const QString key = CredentialJob::key(m_current.profile, m_current.kind);
    qCWarning(lcKeychain).noquote() << "keychain access to" << key << "timed out after"
                                    << m_timeoutMs << "ms";
    fail(Error::Timeout, {});
}

// libsecret answers "not found" for every item of a locked keyring (and when no keyring was
// ever unlocked), so a read that found nothing asks the Secret Service whether the default
// keyring is usable before reporting the secrets as missing.
void CredentialJob::checkLockedKeyring()
{
    m_lockChecked = true;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage readAlias = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    auto *aliasWatcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(readAlias, m_timeoutMs), this);
    connect(aliasWatcher, &QDBusPendingCallWatcher::finished, this, [this, service](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> alias = *w;
        if (alias.isError()) {
            finish(); // nothing more to learn: what was read stands
            return;
        }
        const QString collection = alias.value().path();
        if (collection == QLatin1String("/")) {
            fail(Error::Locked, tr("there is no unlocked default keyring"));
            return;
        }
        QDBusMessage get = QDBusMessage::createMethodCall(service, collection,
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        auto *lockWatcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, m_timeoutMs), this);
        connect(lockWatcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *lw) {
            lw->deleteLater();
            const QDBusPendingReply<QDBusVariant> locked = *lw;
            if (locked.isError())
                fail(Error::Locked, tr("the default keyring cannot be opened: %1").arg(locked.error().message()));
            else if (locked.value().variant().toBool())
                fail(Error::Locked, tr("the default keyring is locked"));
            else
                finish();
        });
    });
}

void CredentialJob::fail(Error error, const QString &detail)
{
    m_error = error;
    m_errorString = describe(error, detail);
    m_steps.clear();
    finish();
}

void CredentialJob::finish()
{
    m_finished = true;
    emit finished();
}

QString CredentialJob::describe(Error error, const QString &detail) const
{
    // Secrets are never written anywhere else, so a failure only ever leaves the keychain as
    // it was or partly changed; say which.
    QString consequence = tr("Nothing was stored.");
    if (m_operation == Operation::Read)
        consequence = tr("No secret could be read.");
    else if (m_changedEntries > 0)
        consequence = tr("Only part of the change reached the keychain; nothing was stored "
                         "anywhere else.");
    switch (error) {
    case Error::None:
        return {};
    case Error::NoService:
        return tr("No Secret Service keyring is available (%1): start gnome-keyring or KWallet, "
                  "or log in to a desktop session. %2")
            .arg(detail, consequence);
    case Error::Locked:
        return tr("The keyring is locked or refused access (%1): unlock it (for example by "
                  "logging in again or with Seahorse) and try again. %2")
            .arg(detail, consequence);
    case Error::Timeout:
        return tr("No answer from the keyring within %n second(s) (it is locked or waiting for a "
                  "password prompt): unlock it and try again. %1",
                  nullptr, qMax(1, m_timeoutMs / 1000))
            .arg(consequence);
    case Error::Other:
        return tr("The keychain failed: %1. %2").arg(detail, consequence);
    }
    return {};
}
