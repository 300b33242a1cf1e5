#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Puts exact bytes in a file, for tests that feed readers damaged or foreign input.
namespace TestFiles {

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
        && file.flush();
}

} // namespace TestFiles
