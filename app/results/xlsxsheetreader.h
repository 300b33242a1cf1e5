#pragma once

#include "app/results/ziparchive.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The first worksheet of an XLSX workbook as rows of text: found the way Excel does (workbook
// order, then its relationship target), shared and inline strings resolved, and each cell put
// in the column its reference names, so a sparse row keeps its gaps.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    // A few kilobytes of XML can name cell XFD1048576, and every gap before a cell is padded, so
    // the sheet is held to an area (rows × widest row) and a width; past either it is an error
    // rather than gigabytes of empty strings.
    static constexpr int MaxColumns = 1024;
    static constexpr qint64 MaxCells = 20'000'000;
    static constexpr qsizetype MaxSharedStrings = 5'000'000;

    bool read(const QByteArray &xlsxData, qint64 maxMemberSize = ZipArchive::DefaultMaxMemberSize);

    QString sheetName() const { return m_sheetName; }
    QList<QStringList> rows() const { return m_rows; }
    QString errorString() const { return m_error; }

    // "C12" → 2 (zero-based column), or -1 when there is no column part.
    static int columnIndex(const QString &cellReference);
    // "C12" → 11 (zero-based row), or -1.
    static int rowIndex(const QString &cellReference);

private:
    bool fail(const QString &message);
    QString firstSheetPath(ZipArchive &zip);
    bool readSharedStrings(ZipArchive &zip);
    bool readSheet(const QByteArray &xml);
    bool tooLarge();

    QStringList m_sharedStrings;
    QList<QStringList> m_rows;
    QString m_sheetName;
    QString m_error;
};
