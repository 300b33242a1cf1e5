#include "app/profiles/profilestore.h"

#include "app/base/logging.h"
#include "app/base/settingkeys.h"
#include "app/profiles/credentialstore.h"

#include <QStandardPaths>

namespace {

namespace Keys = SettingKeys::ProfileFile;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultSettingsPath(), parent)
{
}

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath, QSettings::IniFormat)
{
}

QString ProfileStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/hss-image-desk/profiles.ini");
}

void ProfileStore::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
}

QString ProfileStore::groupOf(const QString &name)
{
    return Keys::Profiles.path(name);
}

QStringList ProfileStore::profileNames() const
{
    QStringList names = Keys::Profiles.profiles(m_settings);
    names.sort(Qt::CaseInsensitive);
    return names;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    for (const QString &name : profileNames()) {
        if (const auto p = profile(name))
            result.append(*p);
    }
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && profileNames().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings.beginGroup(groupOf(name));
    p.regionId = Keys::Region.read(m_settings);
    p.customEndpoint = QUrl(Keys::Endpoint.read(m_settings));
    p.projectId = Keys::ProjectId.read(m_settings);
    // An unreadable value falls back to the default rather than making the profile vanish;
    // validate() then points at whatever is still wrong.
    Profile::enterpriseScopeFromName(Keys::EnterpriseScope.read(m_settings), &p.enterpriseScope);
    p.enterpriseProjectId = Keys::EnterpriseProjectId.read(m_settings);
    Credentials::modeFromName(Keys::AuthMode.read(m_settings), &p.authMode);
    p.accessKeyId = Keys::AccessKeyId.read(m_settings);
    Profile::proxyModeFromName(Keys::ProxyMode.read(m_settings), &p.proxyMode);
    p.proxyHost = Keys::ProxyHost.read(m_settings);
    p.proxyPort = Keys::ProxyPort.read(m_settings);
    p.proxyUser = Keys::ProxyUser.read(m_settings);
    p.caCertificateFile = Keys::CaCertificateFile.read(m_settings);
    p.requestTimeoutSeconds = Keys::RequestTimeoutSeconds.read(m_settings);
    m_settings.endGroup();
    return p;
}

void ProfileStore::writeProfile(const Profile &p)
{
    Keys::FormatVersion.write(m_settings, Keys::FormatVersion.defaultValue());
    Keys::Profiles.remove(m_settings, p.name);
    m_settings.beginGroup(groupOf(p.name));
    Keys::Region.write(m_settings, p.regionId);
    Keys::Endpoint.write(m_settings, p.usesCustomEndpoint() ? p.customEndpoint.toString() : QString());
    Keys::ProjectId.write(m_settings, p.projectId);
    Keys::EnterpriseScope.write(m_settings, Profile::enterpriseScopeName(p.enterpriseScope));
    Keys::EnterpriseProjectId.write(m_settings, p.enterpriseScope == Profile::EnterpriseScope::Specific
                                                     ? p.enterpriseProjectId
                                                     : QString());
    Keys::AuthMode.write(m_settings, Credentials::modeName(p.authMode));
    Keys::AccessKeyId.write(m_settings, p.accessKeyId);
    Keys::ProxyMode.write(m_settings, Profile::proxyModeName(p.proxyMode));
    Keys::ProxyHost.write(m_settings, p.proxyHost);
    Keys::ProxyPort.write(m_settings, p.proxyPort);
    Keys::ProxyUser.write(m_settings, p.proxyUser);
    Keys::CaCertificateFile.write(m_settings, p.caCertificateFile);
    Keys::RequestTimeoutSeconds.write(m_settings, p.requestTimeoutSeconds);
    m_settings.endGroup();
    m_settings.sync();
}

bool ProfileStore::checkNewName(const QString &name, QString *error) const
{
    if (!Profile::isValidName(name)) {
        setError(error, tr("\"%1\" is not a valid profile name.").arg(name));
        return false;
    }
    if (contains(name)) {
        setError(error, tr("A profile named \"%1\" already exists.").arg(name));
        return false;
    }
    return true;
}

bool ProfileStore::add(const Profile &profile, QString *error)
{
    if (!checkNewName(profile.name, error))
        return false;
    if (!profile.validate().isEmpty()) {
        setError(error, tr("Profile \"%1\" is invalid.").arg(profile.name));
        return false;
    }
    writeProfile(profile);
    qCInfo(lcProfiles).noquote() << "added profile" << profile.name;
    emit profilesChanged();
    return true;
}

bool ProfileStore::update(const Profile &profile, QString *error)
{
    if (!contains(profile.name)) {
        setError(error, tr("There is no profile named \"%1\".").arg(profile.name));
        return false;
    }
    if (!profile.validate().isEmpty()) {
        setError(error, tr("Profile \"%1\" is invalid.").arg(profile.name));
        return false;
    }
    writeProfile(profile);
    qCInfo(lcProfiles).noquote() << "updated profile" << profile.name;
    emit profilesChanged();
    return true;
}

bool ProfileStore::writeCopy(const QString &from, const QString &to, QString *error)
{
    std::optional<Profile> p = profile(from);
    if (!p) {
        setError(error, tr("There is no profile named \"%1\".").arg(from));
        return false;
    }
    if (!checkNewName(to, error))
        return false;
    p->name = to;
    writeProfile(*p);
    return true;
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    const bool wasCurrent = currentProfileName() == from;
    if (!writeCopy(from, to, error))
        return false;
    Keys::Profiles.remove(m_settings, from);
    if (wasCurrent)
        Keys::CurrentProfile.write(m_settings, to);
    m_settings.sync();
    qCInfo(lcProfiles).noquote() << "renamed profile" << from << "to" << to;
    if (m_credentials)
        watch(m_credentials->moveSecrets(from, to), to);
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(to);
    return true;
}

bool ProfileStore::duplicate(const QString &from, const QString &to, QString *error)
{
    if (!writeCopy(from, to, error))
        return false;
    qCInfo(lcProfiles).noquote() << "duplicated profile" << from << "as" << to;
    if (m_credentials)
        watch(m_credentials->copySecrets(from, to), to);
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (!contains(name)) {
        setError(error, tr("There is no profile named \"%1\".").arg(name));
        return false;
    }
    const bool wasCurrent = currentProfileName() == name;
    Keys::Profiles.remove(m_settings, name);
    if (wasCurrent)
        Keys::CurrentProfile.remove(m_settings);
    m_settings.sync();
    qCInfo(lcProfiles).noquote() << "removed profile" << name;
    if (m_credentials)
        watch(m_credentials->removeSecrets(name), name);
    emit profilesChanged();
    if (wasCurrent)
        emit currentChanged(QString());
    return true;
}

void ProfileStore::watch(CredentialJob *job, const QString &profile)
{
    connect(job, &CredentialJob::finished, this, [this, job, profile] {
        if (!job->isOk())
            qCWarning(lcProfiles).noquote() << "keychain entries of" << profile
                                            << "not updated:" << job->errorString();
        emit secretsSynced(profile, job->isOk(), job->errorString());
    });
}

QString ProfileStore::currentProfileName() const
{
    const QString name = Keys::CurrentProfile.read(m_settings);
    return contains(name) ? name : QString();
}

std::optional<Profile> ProfileStore::currentProfile() const
{
    return profile(currentProfileName());
}

bool ProfileStore::setCurrentProfile(const QString &name)
{
    if (!name.isEmpty() && !contains(name))
        return false;
    if (name == currentProfileName())
        return true;
    if (name.isEmpty())
        Keys::CurrentProfile.remove(m_settings);
    else
        Keys::CurrentProfile.write(m_settings, name);
    m_settings.sync();
    qCInfo(lcProfiles).noquote() << "current profile" << name;
    emit currentChanged(name);
    return true;
}

void ProfileStore::reload()
{
    m_settings.sync();
    emit profilesChanged();
}
