#include "app/exports/exportsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kFolderKey = QStringLiteral("exports/downloadFolder");
const QString kAutoKey = QStringLiteral("exports/autoDownload");

} // namespace

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
    const QString folder = QSettings().value(kFolderKey).toString();
    return folder.isEmpty() ? defaultDownloadFolder() : folder;
}

void setDownloadFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
}

bool autoDownload()
{
    return QSettings().value(kAutoKey, true).toBool();
}

void setAutoDownload(bool enabled)
{
    QSettings().setValue(kAutoKey, enabled);
}

} // namespace ExportSettings
