#include "cli/imageprinter.h"

#include "app/api/jsonstreamwriter.h"
#include "app/base/safetext.h"

#include <QBuffer>
#include <QDateTime>
#include <QTemporaryFile>

#include <algorithm>

namespace {

constexpr int kColumns = 14;
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

// The row's cells in column order, handed one by one to `cell`.
template<class Cell>
void forEachCell(const ImageInfo &i, bool human, Cell &&cell)
{
    cell(QString::number(i.id));
    cell(i.namespaceName);
    cell(i.imageName);
    cell(i.imageVersion);
    cell(i.imageType);
    cell(i.scanStatus);
    cell(human ? QLocale::c().formattedDataSize(i.imageSize) : QString::number(i.imageSize));
    cell(QString::number(i.vulNum));
    cell(QString::number(i.unsafeSettingNum));
    cell(QString::number(i.maliciousFileNum));
    cell(human ? isoTime(i.latestUpdateTime) : QString::number(i.latestUpdateTime));
    cell(human ? isoTime(i.latestScanTime) : QString::number(i.latestScanTime));
    cell(i.instanceName);
    cell(i.scanFailedDesc);
}

} // namespace

ImagePrinter::ImagePrinter(QTextStream &out, Format format)
    : m_out(out)
    , m_format(format)
{
    switch (m_format) {
    case Format::Json:
        m_json.beginObject();
        m_json.beginArray(u"data_list");
        drain();
        return;
    case Format::Csv:
        m_out << headers().join(QLatin1Char(',')) << '\n';
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
    switch (m_format) {
    case Format::Json:
        for (const ImageInfo &image : images)
            image.writeJson(m_json);
        break;
    case Format::Csv:
        for (const ImageInfo &image : images) {
            bool first = true;
            forEachCell(image, false, [&](const QString &field) {
                if (!first)
                    m_buffer.append(u',');
                first = false;
                m_buffer.append(csvField(SafeText::forSpreadsheetCell(
                    SafeText::forTerminal(field, SafeText::LineBreaks::Keep))));
            });
            m_buffer.append(u'\n');
        }
        break;
    case Format::Table:
        for (const ImageInfo &image : images)
            spoolTableRow(image);
        break;
    }
    m_printed += images.size();
    drain();
}

void ImagePrinter::drain()
{
    if (m_buffer.isEmpty())
        return;
    m_out << m_buffer;
    m_buffer.clear();
}

void ImagePrinter::finish(qint64 totalNum)
{
    if (m_finished)
        return;
    m_finished = true;
    switch (m_format) {
    case Format::Json:
        m_json.endArray();
        m_json.write(u"total_num", totalNum);
        m_json.endObject();
        m_json.endDocument();
        drain();
        break;
    case Format::Csv:
        break;
    case Format::Table:
        writeTable();
        break;
    }
    m_out.flush();
}

void ImagePrinter::spoolTableRow(const ImageInfo &image)
{
    int column = 0;
    forEachCell(image, true, [&](const QString &text) {
        const QString cell = SafeText::forTerminal(text);
        m_widths[column] = std::max(m_widths.at(column), cell.size());
        if (column++ > 0)
            m_buffer.append(kCellSeparator);
        m_buffer.append(cell);
    });
    m_buffer.append(u'\n');
    m_spool->write(m_buffer.toUtf8());
    m_buffer.clear();
}

void ImagePrinter::writeTable()
{
    const auto writeLine = [&](const QList<QStringView> &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            line.append(cells.at(c));
            line.resize(line.size() + m_widths.at(c) + 2 - cells.at(c).size(), u' ');
        }
        m_out << QStringView(line).trimmed() << '\n';
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

void ImagePrinter::print(QTextStream &out, const ListSwrImageRepositoryResponse &page, Format format)
{
    ImagePrinter printer(out, format);
    printer.add(page.images);
    printer.finish(page.totalNum);
}
