#include "cli/imageprinter.h"

#include "app/base/safetext.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace {

QStringList headers()
{
    return {QStringLiteral("id"),           QStringLiteral("namespace"),
            QStringLiteral("image_name"),   QStringLiteral("image_version"),
            QStringLiteral("image_type"),   QStringLiteral("scan_status"),
            QStringLiteral("image_size"),   QStringLiteral("vul_num"),
            QStringLiteral("unsafe_setting_num"), QStringLiteral("malicious_file_num"),
            QStringLiteral("latest_update_time"), QStringLiteral("latest_scan_time"),
            QStringLiteral("instance_name"), QStringLiteral("scan_failed_desc")};
}

QString isoTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QStringList row(const ImageInfo &i, bool human)
{
    return {QString::number(i.id),
            i.namespaceName,
            i.imageName,
            i.imageVersion,
            i.imageType,
            i.scanStatus,
            human ? QLocale::c().formattedDataSize(i.imageSize) : QString::number(i.imageSize),
            QString::number(i.vulNum),
            QString::number(i.unsafeSettingNum),
            QString::number(i.maliciousFileNum),
            human ? isoTime(i.latestUpdateTime) : QString::number(i.latestUpdateTime),
            human ? isoTime(i.latestScanTime) : QString::number(i.latestScanTime),
            i.instanceName,
            i.scanFailedDesc};
}

} // namespace

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

void ImagePrinter::print(QTextStream &out, const ListSwrImageRepositoryResponse &page, Format format)
{
    switch (format) {
    case Format::Json:
        out << QJsonDocument(page.toJson()).toJson(QJsonDocument::Indented);
        return;
    case Format::Csv: {
        out << headers().join(QLatin1Char(',')) << '\n';
        for (const ImageInfo &image : page.images) {
            QStringList fields = row(image, false);
            std::transform(fields.begin(), fields.end(), fields.begin(), [](const QString &field) {
                return csvField(SafeText::forSpreadsheetCell(
                    SafeText::forTerminal(field, SafeText::LineBreaks::Keep)));
            });
            out << fields.join(QLatin1Char(',')) << '\n';
        }
        return;
    }
    case Format::Table: {
        QList<QStringList> rows;
        rows.reserve(page.images.size() + 1);
        QStringList head = headers();
        std::transform(head.begin(), head.end(), head.begin(), [](const QString &h) { return h.toUpper(); });
        rows.append(head);
        for (const ImageInfo &image : page.images) {
            QStringList cells = row(image, true);
            std::transform(cells.begin(), cells.end(), cells.begin(),
                           [](const QString &cell) { return SafeText::forTerminal(cell); });
            rows.append(cells);
        }
        QList<int> widths(head.size(), 0);
        for (const QStringList &r : std::as_const(rows)) {
            for (int c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths.at(c), int(r.at(c).size()));
        }
        for (const QStringList &r : std::as_const(rows)) {
            QString line;
            for (int c = 0; c < r.size(); ++c)
                line += r.at(c).leftJustified(widths.at(c) + 2);
            out << line.trimmed() << '\n';
        }
        return;
    }
    }
}
