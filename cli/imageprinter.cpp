#include "cli/imageprinter.h"

#include "app/api/jsonstreamwriter.h"
#include "app/base/safetext.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileDevice>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

constexpr int kColumns = 14;
// A long page (or a whole stored list) goes out in chunks of about this size.
constexpr qsizetype kChunkBytes = 256 * 1024;
// A C0 control: SafeText::forTerminal turns every one of them into a visible escape, so no
// cell can contain it.
constexpr char16_t kCellSeparator = u'\x1f';

const QStringList &headers()
{
    static const QStringList names{
        QStringLiteral("id"),           QStringLiteral("namespace"),
        QStringLiteral("image_name"),   QStringLiteral("image_version"),
        QStringLiteral("image_type"),   QStringLiteral("scan_status"),
        QStringLiteral("image_size"),   QStringLiteral("vul_num"),
        QStringLiteral("unsafe_setting_num"), QStringLiteral("malicious_file_num"),
        QStringLiteral("latest_update_time"), QStringLiteral("latest_scan_time"),
        QStringLiteral("instance_name"), QStringLiteral("scan_failed_desc")};
    return names;
}

QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The row's cells in column order, handed one by one to `cell`: text, or a number to print in
// decimal.
template<class Cell>
void forEachCell(const ImageInfo &i, bool human, Cell &&cell)
{
    cell(i.id);
    cell(i.namespaceName);
    cell(i.imageName);
    cell(i.imageVersion);
    cell(i.imageType);
    cell(i.scanStatus);
    if (human)
        cell(QLocale::c().formattedDataSize(i.imageSize));
    else
        cell(i.imageSize);
    cell(i.vulNum);
    cell(i.unsafeSettingNum);
    cell(i.maliciousFileNum);
    if (human) {
        cell(isoTime(i.latestUpdateTime));
        cell(isoTime(i.latestScanTime));
    } else {
        cell(i.latestUpdateTime);
        cell(i.latestScanTime);
    }
    cell(i.instanceName);
    cell(i.scanFailedDesc);
}

QString cellText(qint64 number)
{
    return QString::number(number);
}

const QString &cellText(const QString &text)
{
    return text;
}

} // namespace

ImagePrinter::ImagePrinter(QIODevice *out, Format format)
    : m_out(out)
    , m_format(format)
{
    switch (m_format) {
    case Format::Json:
        m_json.beginObject();
        m_json.beginArray("data_list"_L1);
        return;
    case Format::Csv:
        m_buffer.append(headers().join(u','));
        m_buffer.append('\n');
        return;
    case Format::Table: {
        auto file = std::make_unique<QTemporaryFile>();
        if (file->open()) {
            m_spool = std::move(file);
        } else {
            // No writable temporary folder: the rows wait in memory instead.
            m_spool = std::make_unique<QBuffer>();
            m_spool->open(QIODevice::ReadWrite);
        }
        m_widths.reserve(kColumns);
        for (const QString &h : headers())
            m_widths.append(h.size());
        return;
    }
    }
}

ImagePrinter::~ImagePrinter() = default;

bool ImagePrinter::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1String("table"))
        *format = Format::Table;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

QString ImagePrinter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void ImagePrinter::add(const QList<ImageInfo> &images)
{
    for (const ImageInfo &image : images) {
        switch (m_format) {
        case Format::Json:
            image.writeJson(m_json);
            break;
        case Format::Csv:
            writeCsvRow(image);
            break;
        case Format::Table:
            spoolTableRow(image);
            break;
        }
        if (m_buffer.size() >= kChunkBytes)
            drain();
    }
    m_printed += images.size();
    drain();
}

void ImagePrinter::writeCsvRow(const ImageInfo &image)
{
    bool first = true;
    forEachCell(image, false, [&](const auto &value) {
        if (!first)
            m_buffer.append(',');
        first = false;
        writeCsvCell(value);
    });
    m_buffer.append('\n');
}

void ImagePrinter::writeCsvCell(const QString &value)
{
    // forTerminal(), forSpreadsheetCell() and csvField() keep nearly every cell as it is (but
    // for a leading apostrophe): one scan tells, and such a cell is encoded straight.
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u',' || c == u'"' || SafeText::escapesForTerminal(c.unicode());
    });
    if (!plain) {
        m_buffer.append(csvField(SafeText::forSpreadsheetCell(
            SafeText::forTerminal(value, SafeText::LineBreaks::Keep))));
        return;
    }
    char *out = m_buffer.reserve(1 + 3 * value.size());
    if (!value.isEmpty() && SafeText::startsFormula(value.front().unicode()))
        *out++ = '\'';
    m_buffer.commit(Utf8Buffer::encode(out, value));
}

void ImagePrinter::writeCsvCell(qint64 value)
{
    char *out = m_buffer.reserve(21);
    if (value < 0 && SafeText::startsFormula(u'-'))
        *out++ = '\'';
    m_buffer.commit(Utf8Buffer::encode(out, value));
}

void ImagePrinter::drain()
{
    if (m_buffer.isEmpty())
        return;
    const QByteArrayView bytes = m_buffer.bytes();
    m_out->write(bytes.data(), bytes.size());
    m_buffer.clear();
    // As QTextStream does after each chunk: whoever reads the other end gets every page as it
    // is printed.
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
}

void ImagePrinter::finish(qint64 totalNum)
{
    if (m_finished)
        return;
    m_finished = true;
    switch (m_format) {
    case Format::Json:
        m_json.endArray();
        m_json.write("total_num"_L1, totalNum);
        m_json.endObject();
        m_json.endDocument();
        break;
    case Format::Csv:
        break;
    case Format::Table:
        writeTable();
        break;
    }
    drain();
}

void ImagePrinter::spoolTableRow(const ImageInfo &image)
{
    QString row;
    int column = 0;
    forEachCell(image, true, [&](const auto &value) {
        const QString cell = SafeText::forTerminal(cellText(value));
        m_widths[column] = std::max(m_widths.at(column), cell.size());
        if (column++ > 0)
            row.append(kCellSeparator);
        row.append(cell);
    });
    row.append(u'\n');
    m_spool->write(row.toUtf8());
}

void ImagePrinter::writeTable()
{
    QTextStream out(m_out);
    const auto writeLine = [&](const QList<QStringView> &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            line.append(cells.at(c));
            line.resize(line.size() + m_widths.at(c) + 2 - cells.at(c).size(), u' ');
        }
        out << QStringView(line).trimmed() << '\n';
    };
    QList<QStringView> cells;
    QStringList head = headers();
    std::transform(head.begin(), head.end(), head.begin(), [](const QString &h) { return h.toUpper(); });
    for (const QString &h : std::as_const(head))
        cells.append(h);
    writeLine(cells);
    m_spool->seek(0);
    while (!m_spool->atEnd()) {
        const QString row = QString::fromUtf8(m_spool->readLine()).chopped(1);
        cells = QStringView(row).split(kCellSeparator);
        writeLine(cells);
    }
}

void ImagePrinter::print(QIODevice *out, const ListSwrImageRepositoryResponse &page, Format format)
{
    ImagePrinter printer(out, format);
    printer.add(page.images);
    printer.finish(page.totalNum);
}
