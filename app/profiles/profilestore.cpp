#include "app/profiles/profilestore.h"

#include "app/base/logging.h"
#include "app/profiles/credentialstore.h"

#include <QStandardPaths>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("currentProfile");
const QString VersionKey = QStringLiteral("formatVersion");
constexpr int FormatVersion = 1;

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
    return ProfilesGroup + QLatin1Char('/') + name;
}

QStringList ProfileStore::profileNames() const
{
    m_settings.beginGroup(ProfilesGroup);
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
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
    p.regionId = m_settings.value(QStringLiteral("region")).toString();
    p.customEndpoint = QUrl(m_settings.value(QStringLiteral("endpoint")).toString());
    p.projectId = m_settings.value(QStringLiteral("projectId")).toString();
    // An unreadable value falls back to the default rather than making the profile vanish;
    // validate() then points at whatever is still wrong.
    Profile::enterpriseScopeFromName(m_settings.value(QStringLiteral("enterpriseScope")).toString(),
                                     &p.enterpriseScope);
    p.enterpriseProjectId = m_settings.value(QStringLiteral("enterpriseProjectId")).toString();
    Credentials::modeFromName(m_settings.value(QStringLiteral("authMode")).toString(), &p.authMode);
    p.accessKeyId = m_settings.value(QStringLiteral("accessKeyId")).toString();
    Profile::proxyModeFromName(m_settings.value(QStringLiteral("proxyMode")).toString(), &p.proxyMode);
    p.proxyHost = m_settings.value(QStringLiteral("proxyHost")).toString();
    p.proxyPort = m_settings.value(QStringLiteral("proxyPort"), 0).toInt();
    p.proxyUser = m_settings.value(QStringLiteral("proxyUser")).toString();
    p.caCertificateFile = m_settings.value(QStringLiteral("caCertificateFile")).toString();
    p.requestTimeoutSeconds =
        m_settings.value(QStringLiteral("requestTimeoutSeconds"), Profile::DefaultTimeoutSeconds).toInt();
    // Profiles saved before there was a setting, or with one this version cannot read, keep to
    // the documented limits: being slow is recoverable, being throttled mid-list is annoying.
    p.callRate = CallRate::parse(m_settings.value(QStringLiteral("callRate")).toString())
                     .value_or(CallRate::documented());
    m_settings.endGroup();
    return p;
}

void ProfileStore::writeProfile(const Profile &p)
{
    m_settings.setValue(VersionKey, FormatVersion);
    m_settings.remove(groupOf(p.name));
    m_settings.beginGroup(groupOf(p.name));
    m_settings.setValue(QStringLiteral("region"), p.regionId);
    m_settings.setValue(QStringLiteral("endpoint"),
                        p.usesCustomEndpoint() ? p.customEndpoint.toString() : QString());
    m_settings.setValue(QStringLiteral("projectId"), p.projectId);
    m_settings.setValue(QStringLiteral("enterpriseScope"), Profile::enterpriseScopeName(p.enterpriseScope));
    m_settings.setValue(QStringLiteral("enterpriseProjectId"),
                        p.enterpriseScope == Profile::EnterpriseScope::Specific ? p.enterpriseProjectId
                                                                                : QString());
    m_settings.setValue(QStringLiteral("authMode"), Credentials::modeName(p.authMode));
    m_settings.setValue(QStringLiteral("accessKeyId"), p.accessKeyId);
    m_settings.setValue(QStringLiteral("proxyMode"), Profile::proxyModeName(p.proxyMode));
    m_settings.setValue(QStringLiteral("proxyHost"), p.proxyHost);
    m_settings.setValue(QStringLiteral("proxyPort"), p.proxyPort);
    m_settings.setValue(QStringLiteral("proxyUser"), p.proxyUser);
    m_settings.setValue(QStringLiteral("caCertificateFile"), p.caCertificateFile);
    m_settings.setValue(QStringLiteral("requestTimeoutSeconds"), p.requestTimeoutSeconds);
    m_settings.setValue(QStringLiteral("callRate"), p.callRate.toString());
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
    m_settings.remove(groupOf(from));
    if (wasCurrent)
        m_settings.setValue(CurrentKey, to);
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
    m_settings.remove(groupOf(name));
    if (wasCurrent)
        m_settings.remove(CurrentKey);
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
    const QString name = m_settings.value(CurrentKey).toString();
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
        m_settings.remove(CurrentKey);
    else
        m_settings.setValue(CurrentKey, name);
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
