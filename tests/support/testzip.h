#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Builds ZIP archives for tests with libzip's writer, so the readers are checked against
// archives they did not produce themselves.
namespace TestZip {

QByteArray build(const QList<QPair<QString, QByteArray>> &members);
bool write(const QString &path, const QList<QPair<QString, QByteArray>> &members);
// A minimal XLSX: workbook, its relationships, optional shared strings, and the given sheets
// (the first one listed in the workbook is sheetXml.first()).
QByteArray xlsx(const QByteArray &sharedStringsXml, const QList<QByteArray> &sheetXml);

} // namespace TestZip
