#include "tests/support/testzip.h"

#include <QFile>

#include <zip.h>

namespace TestZip {

QByteArray build(const QList<QPair<QString, QByteArray>> &members)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        return {};
    zip_source_keep(target);
    for (const auto &[name, data] : members) {
        // libzip copies the buffer (freep = 0 would need it alive until close, which it is not).
        void *copy = malloc(size_t(data.size()) + 1);
        memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(data.size()), 1);
        zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    }
    if (zip_close(archive) != 0) {
        zip_source_free(target);
        return {};
    }
    QByteArray result;
    if (zip_source_open(target) == 0) {
        zip_source_seek(target, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(target);
        zip_source_seek(target, 0, SEEK_SET);
        result.resize(qsizetype(size));
        zip_source_read(target, result.data(), zip_uint64_t(size));
        zip_source_close(target);
    }
    zip_source_free(target);
    return result;
}

bool write(const QString &path, const QList<QPair<QString, QByteArray>> &members)
{
    const QByteArray data = build(members);
    QFile file(path);
    return !data.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray xlsx(const QByteArray &sharedStringsXml, const QList<QByteArray> &sheetXml)
{
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<QPair<QString, QByteArray>> members;
    // Relationship ids deliberately do not follow sheet order, so the reader must look them up.
    for (int i = 0; i < sheetXml.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray rid = "rId" + QByteArray::number(10 - i);
        workbook += "<sheet name=\"Sheet" + n + "\" sheetId=\"" + n + "\" r:id=\"" + rid + "\"/>";
        rels += "<Relationship Id=\"" + rid + "\" Type=\"http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/data" + n + ".xml\"/>";
        members.append({QStringLiteral("xl/worksheets/data%1.xml").arg(i + 1), sheetXml.at(i)});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    members.append({QStringLiteral("xl/workbook.xml"), workbook});
    members.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    if (!sharedStringsXml.isEmpty())
        members.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml});
    return build(members);
}

} // namespace TestZip
