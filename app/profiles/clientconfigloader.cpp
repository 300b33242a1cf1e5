#include "app/profiles/clientconfigloader.h"

#include "app/base/logging.h"
#include "app/profiles/credentialstore.h"

ClientConfigLoader::ClientConfigLoader(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
}

void ClientConfigLoader::load(const Profile &profile)
{
    m_profile = profile;
    m_finished = false;
    m_error.clear();
    const FieldErrors errors = profile.validate();
    if (!errors.isEmpty() || !m_credentials) {
        // Let toClientConfig word the validation error; it is the same text the CLI prints.
        QString error = tr("No keychain is set up for loading profiles.");
        if (!errors.isEmpty())
            profile.toClientConfig({}, &m_config, &error);
        QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    CredentialJob *job = m_credentials->readSecrets(profile.name);
    connect(job, &CredentialJob::finished, this, [this, job] { onSecretsRead(job); });
}

void ClientConfigLoader::onSecretsRead(CredentialJob *job)
{
    if (!job->isOk()) {
        finish(job->errorString());
        return;
    }
    QString error;
    if (!m_profile.toClientConfig(job->secrets(), &m_config, &error)) {
        finish(error);
        return;
    }
    qCInfo(lcProfiles).noquote() << "loaded configuration of profile" << m_profile.name;
    finish({});
}

void ClientConfigLoader::finish(const QString &error)
{
    m_error = error;
    m_finished = true;
    emit finished();
}
