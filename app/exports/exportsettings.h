#pragma once

#include <QString>

// Where exports are saved. A setting, because analysts file exports per engagement; the default
// keeps them together under the desktop's Downloads folder.
namespace ExportSettings {

QString defaultDownloadFolder();
QString downloadFolder();
void setDownloadFolder(const QString &folder);
bool autoDownload();
void setAutoDownload(bool enabled);

} // namespace ExportSettings
