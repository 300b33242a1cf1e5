#pragma once

#include "sandbox/baselinerecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// The file ListDownloadExportedFile serves for a baseline export: a ZIP holding the same rows
// as CSV and as a minimal but genuine XLSX workbook (shared strings, one sheet), so clients can
// test both "save the zip" and "open what is inside".
class BaselineArchive
{
public:
    static QStringList columns();
    static QByteArray csv(const QList<BaselineRecord> &rows);
    static QByteArray xlsx(const QList<BaselineRecord> &rows);
    // Member names are derived from the export file name: <base>.csv and <base>.xlsx.
    // paddingBytes > 0 adds <base>.padding, that many stored zero bytes, so clients can be
    // measured on downloads of any size.
    static QByteArray zip(const QList<BaselineRecord> &rows, const QString &fileName,
                          const QDateTime &createdAt, qint64 paddingBytes = 0);

    // Reads a ZIP back (tests, and anyone wanting to peek into a download). Empty on error.
    static QMap<QString, QByteArray> entries(const QByteArray &zipData);
    // storedMember, when given, is written without compression.
    static QByteArray writeZip(const QList<QPair<QString, QByteArray>> &members,
                               const QDateTime &modified, const QString &storedMember = {});
};
