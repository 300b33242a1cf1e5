#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 CSV as spreadsheet tools write it: quoted fields with doubled quotes and line breaks
// inside, CRLF or LF, and the UTF-8 byte-order mark Excel puts in front.
namespace CsvReader {

QList<QStringList> parse(const QByteArray &utf8, QChar separator = QLatin1Char(','));

} // namespace CsvReader
