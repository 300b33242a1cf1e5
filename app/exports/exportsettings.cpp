#include "app/exports/exportsettings.h"

#include "app/base/settingkeys.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Keys = SettingKeys::Exports;

namespace ExportSettings {

QString defaultDownloadFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir(base).filePath(QStringLiteral("HSS exports"));
}

QString downloadFolder()
{
    const QString folder = Keys::DownloadFolder.read(QSettings());
    return folder.isEmpty() ? defaultDownloadFolder() : folder;
}

void setDownloadFolder(const QString &folder)
{
    QSettings settings;
    Keys::DownloadFolder.write(settings, folder);
}

bool autoDownload()
{
    return Keys::AutoDownload.read(QSettings());
}

void setAutoDownload(bool enabled)
{
    QSettings settings;
    Keys::AutoDownload.write(settings, enabled);
}

} // namespace ExportSettings
