#include "app/profiles/credentialstore.h"

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::defaultService()
{
    return QStringLiteral("hss-image-desk");
}

CredentialJob *CredentialStore::readSecrets(const QString &profile)
{
    return startJob(CredentialJob::Operation::Read, profile, {}, {});
}

CredentialJob *CredentialStore::writeSecrets(const QString &profile, const ProfileSecrets &secrets)
{
    return startJob(CredentialJob::Operation::Write, profile, {}, secrets);
}

CredentialJob *CredentialStore::removeSecrets(const QString &profile)
{
    return startJob(CredentialJob::Operation::Remove, profile, {}, {});
}

CredentialJob *CredentialStore::copySecrets(const QString &from, const QString &to)
{
    return startJob(CredentialJob::Operation::Copy, from, to, {});
}

CredentialJob *CredentialStore::moveSecrets(const QString &from, const QString &to)
{
    return startJob(CredentialJob::Operation::Move, from, to, {});
}

CredentialJob *CredentialStore::startJob(CredentialJob::Operation operation, const QString &profile,
                                         const QString &target, const ProfileSecrets &secrets)
{
    auto *job = new CredentialJob(operation, m_service, profile, target, secrets, m_timeoutMs, this);
    connect(job, &CredentialJob::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}
