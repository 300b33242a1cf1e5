#include "tests/support/profilefixture.h"

#include "app/profiles/credentialjob.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "sandbox/sandboxcredentials.h"

#include <QSignalSpy>

ProfileFixture::ProfileFixture(const QString &settingsPath, const QString &keychainService)
    : m_credentials(std::make_unique<CredentialStore>(keychainService))
    , m_profiles(std::make_unique<ProfileStore>(settingsPath))
{
    m_profiles->setCredentialStore(m_credentials.get());
}

ProfileFixture::~ProfileFixture()
{
    removeAll();
}

void ProfileFixture::removeAll()
{
    const QStringList names = m_profiles->profileNames();
    for (const QString &name : names)
        m_profiles->remove(name);
}

bool ProfileFixture::saveSandboxProfile(const QString &name, const QUrl &endpoint, const QString &projectId)
{
    Profile profile;
    profile.name = name;
    profile.customEndpoint = endpoint;
    profile.projectId = projectId;
    profile.accessKeyId = QLatin1String(SandboxCredentials::AccessKey);
    QString error;
    if (!m_profiles->add(profile, &error)) {
        qWarning("profile %s not saved: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    ProfileSecrets secrets;
    secrets.set(ProfileSecrets::Kind::SecretKey, QLatin1String(SandboxCredentials::SecretKey));
    CredentialJob *job = m_credentials->writeSecrets(name, secrets);
    QSignalSpy done(job, &CredentialJob::finished);
    if (!job->isFinished() && !done.wait(15000)) {
        qWarning("the keychain did not answer for %s", qPrintable(name));
        return false;
    }
    if (!job->isOk())
        qWarning("secrets of %s not saved: %s", qPrintable(name), qPrintable(job->errorString()));
    return job->isOk();
}

bool ProfileFixture::addUnreachableCurrentProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.customEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.projectId = QStringLiteral("project");
    profile.accessKeyId = QStringLiteral("AK");
    return m_profiles->add(profile) && m_profiles->setCurrentProfile(name);
}
