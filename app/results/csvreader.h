#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

// RFC 4180 CSV as spreadsheet tools write it: quoted fields with doubled quotes and line breaks
// inside, CRLF or LF, and the UTF-8 byte-order mark Excel puts in front.
namespace CsvReader {

// Stops early, with the rows read so far, once canceled() turns true.
QList<QStringList> parse(const QByteArray &utf8, QChar separator = QLatin1Char(','),
                         const std::function<bool()> &canceled = {});

} // namespace CsvReader
