#pragma once

#include <QSet>
#include <QString>

// The server names the export file; we never let that name choose the folder or replace a
// file the analyst already has.
namespace DownloadName {

// Keeps only the last path component and characters that are safe on every desktop OS, drops
// invisible format characters and trailing dots or spaces, and prefixes Windows device names
// (CON, NUL.zip, com1.txt...) with "_".
QString sanitize(const QString &serverFileName, const QString &fallback);
// dir/name, or dir/name (1).ext, (2)... if that file already exists or is in `taken` (absolute
// paths of files about to be written).
QString uniquePath(const QString &dir, const QString &fileName, const QSet<QString> &taken = {});

} // namespace DownloadName
