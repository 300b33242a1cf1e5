#include "app/exports/downloadname.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace DownloadName {

QString sanitize(const QString &serverFileName, const QString &fallback)
{
    QString name = serverFileName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f<>:\"|?*]"));
    name.remove(unsafe);
    // Invisible format characters such as U+202E RIGHT-TO-LEFT OVERRIDE can make "gpj.exe"
    // display as "exe.jpg".
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.size() > 200)
        name = name.right(200);
    // Windows drops trailing dots and spaces, so "a.exe." would be saved as "a.exe".
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    // Windows opens a device instead of a file for these names, whatever the extension.
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]) *(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(name).hasMatch())
        name.prepend(QLatin1Char('_'));
    return name.isEmpty() ? fallback : name;
}

QString uniquePath(const QString &dir, const QString &fileName, const QSet<QString> &taken)
{
    const QDir folder(dir);
    const auto isFree = [&](const QString &candidate) {
        const QFileInfo info(candidate);
        // A dangling symbolic link does not "exist", but its name is taken all the same.
        return !info.exists() && !info.isSymLink() && !taken.contains(info.absoluteFilePath());
    };
    QString candidate = folder.filePath(fileName);
    if (isFree(candidate))
        return candidate;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        candidate = folder.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
        if (isFree(candidate))
            return candidate;
    }
}

} // namespace DownloadName
