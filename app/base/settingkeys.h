#pragma once

#include "app/base/profilesettinggroup.h"
#include "app/base/settingkey.h"

#include <QByteArray>
#include <QString>

// Every setting the app and the CLI store, with its type and default. The key strings are the
// ones files already hold: changing one loses what analysts saved.
namespace SettingKeys {

// The app's own settings file (QSettings with the application's names).
namespace MainWindow {
inline const SettingKey<QByteArray> Geometry{QLatin1String("mainWindow/geometry")};
inline const SettingKey<QByteArray> Splitter{QLatin1String("mainWindow/splitter")};
inline const SettingKey<QByteArray> TableHeader{QLatin1String("mainWindow/tableHeader")};
inline const SettingKey<bool> ExportTasksVisible{QLatin1String("mainWindow/exportTasksVisible"), false};
} // namespace MainWindow

namespace Exports {
// Empty: the default folder under Downloads (ExportSettings::defaultDownloadFolder()).
inline const SettingKey<QString> DownloadFolder{QLatin1String("exports/downloadFolder")};
inline const SettingKey<bool> AutoDownload{QLatin1String("exports/autoDownload"), true};
} // namespace Exports

// The filter form as the analyst left it, per profile; the keys inside are the form's widget
// names (ImageFilterForm::saveState()). Saved profiles go by ProfileSettingGroup::keyOfName(),
// the built-in sandbox by SandboxFormKey.
inline const ProfileSettingGroup FilterForm{QLatin1String("filterForm")};
inline const QString SandboxFormKey = QStringLiteral("sandbox");

// profiles.ini, shared by the app and the CLI (ProfileStore).
namespace ProfileFile {
inline const SettingKey<int> FormatVersion{QLatin1String("formatVersion"), 1};
inline const SettingKey<QString> CurrentProfile{QLatin1String("currentProfile")};
inline const ProfileSettingGroup Profiles{QLatin1String("profiles")};
// Inside a profile's group.
inline const SettingKey<QString> Region{QLatin1String("region")};
inline const SettingKey<QString> Endpoint{QLatin1String("endpoint")};
inline const SettingKey<QString> ProjectId{QLatin1String("projectId")};
inline const SettingKey<QString> EnterpriseScope{QLatin1String("enterpriseScope")};
inline const SettingKey<QString> EnterpriseProjectId{QLatin1String("enterpriseProjectId")};
inline const SettingKey<QString> AuthMode{QLatin1String("authMode")};
inline const SettingKey<QString> AccessKeyId{QLatin1String("accessKeyId")};
inline const SettingKey<QString> ProxyMode{QLatin1String("proxyMode")};
inline const SettingKey<QString> ProxyHost{QLatin1String("proxyHost")};
inline const SettingKey<int> ProxyPort{QLatin1String("proxyPort"), 0};
inline const SettingKey<QString> ProxyUser{QLatin1String("proxyUser")};
inline const SettingKey<QString> CaCertificateFile{QLatin1String("caCertificateFile")};
// Profile::DefaultTimeoutSeconds, which base cannot include (tst_settingkey pins the two).
inline const SettingKey<int> RequestTimeoutSeconds{QLatin1String("requestTimeoutSeconds"), 60};
} // namespace ProfileFile

} // namespace SettingKeys
