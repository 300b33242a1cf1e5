#include "app/base/profilesettinggroup.h"

#include <QSettings>
#include <QUrl>

ProfileSettingGroup::ProfileSettingGroup(QLatin1String prefix)
    : m_prefix(prefix)
{
}

QString ProfileSettingGroup::path(const QString &profile) const
{
    return m_prefix + QLatin1Char('/') + profile;
}

QStringList ProfileSettingGroup::profiles(QSettings &settings) const
{
    settings.beginGroup(m_prefix);
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    return groups;
}

void ProfileSettingGroup::remove(QSettings &settings, const QString &profile) const
{
    settings.remove(path(profile));
}

QString ProfileSettingGroup::keyOfName(const QString &profileName)
{
    // INI files would escape the '%' of the encoding once more; '_' keeps the key readable.
    return QStringLiteral("profile-")
        + QString::fromLatin1(QUrl::toPercentEncoding(profileName).replace('%', '_'));
}
