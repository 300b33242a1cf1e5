#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

class QSettings;

// Settings kept once per profile, under "<prefix>/<profile>": the saved profiles themselves
// ("profiles/<name>/region") and the filter form of each ("filterForm/<key>/…"). The keys
// inside the group are SettingKeys or, for the form, its widgets' names.
class ProfileSettingGroup
{
public:
    explicit ProfileSettingGroup(QLatin1String prefix);

    // The group of one profile, for QSettings::beginGroup().
    QString path(const QString &profile) const;
    // Every profile with a group, in the order the file holds them.
    QStringList profiles(QSettings &settings) const;
    void remove(QSettings &settings, const QString &profile) const;

    // A profile name as one group name: names may hold characters QSettings treats as
    // structure ('/', '\\') or that INI files escape.
    static QString keyOfName(const QString &profileName);

private:
    QString m_prefix;
};
