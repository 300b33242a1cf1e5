#pragma once

#include "app/api/jsonstreamwriter.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "app/base/utf8buffer.h"

#include <memory>

class QIODevice;

// Prints images for people (an aligned table) or for programs (JSON in the API's own shape,
// or CSV with a header row), page by page as they arrive: JSON and CSV go out at once, the
// table's rows wait in a temporary file until the column widths are known. Memory stays the
// same whether one page is printed or ten thousand. The output is UTF-8, byte for byte what a
// QTextStream on the same device wrote; CSV and JSON are written in chunks of whole rows,
// straight as bytes, since a long list prints them by the hundred thousand.
class ImagePrinter
{
public:
    enum class Format { Table, Json, Csv };

    // out: open for writing, with any QTextStream on it flushed first.
    ImagePrinter(QIODevice *out, Format format);
    ~ImagePrinter();
    ImagePrinter(const ImagePrinter &) = delete;
    ImagePrinter &operator=(const ImagePrinter &) = delete;

    static bool formatFromName(const QString &name, Format *format);
    // The next images, in the order they are to be printed.
    void add(const QList<ImageInfo> &images);
    // Ends the output; JSON closes with total_num.
    void finish(qint64 totalNum);
    qint64 printed() const { return m_printed; }

    // One page at once.
    static void print(QIODevice *out, const ListSwrImageRepositoryResponse &page, Format format);
    static QString csvField(const QString &value);

private:
    void writeCsvRow(const ImageInfo &image);
    void writeCsvCell(const QString &value);
    void writeCsvCell(qint64 value);
    void spoolTableRow(const ImageInfo &image);
    void writeTable();
    void drain();

    QIODevice *m_out;
    Format m_format;
    Utf8Buffer m_buffer; // rows not yet written out; add() leaves it empty
    JsonStreamWriter m_json{&m_buffer};
    qint64 m_printed = 0;
    bool m_finished = false;
    // Table: rendered rows, cells separated by a character the terminal-safe text never holds.
    std::unique_ptr<QIODevice> m_spool;
    QList<qsizetype> m_widths;
};
