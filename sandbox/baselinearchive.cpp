#include "sandbox/baselinearchive.h"

#include "sandbox/sandboxlogging.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <functional>
#include <memory>

#include <zip.h>

namespace {

constexpr char kSheetNs[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr char kDocRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QStringList fields(const BaselineRecord &r)
{
    return {r.image,    r.namespaceName, r.tag,         r.check,      r.rule,
            r.severity, r.result,        r.description, r.remediation};
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString columnName(int column)
{
    return QString(QChar(QLatin1Char('A').unicode() + column));
}

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

QByteArray contentTypes()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto def = [&](const char *ext, const char *type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        const auto override = [&](const char *part, const char *type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        override("/xl/workbook.xml",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        override("/xl/worksheets/sheet1.xml",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        override("/xl/sharedStrings.xml",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        w.writeEndElement();
    });
}

QByteArray relationships(const QList<QPair<const char *, const char *>> &typeAndTarget)
{
    return xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(QLatin1String(kRelNs));
        int id = 1;
        for (const auto &[type, target] : typeAndTarget) {
            w.writeEmptyElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(id++));
            w.writeAttribute(QStringLiteral("Type"),
                             QLatin1String(kDocRelNs) + QLatin1Char('/') + QLatin1String(type));
            w.writeAttribute(QStringLiteral("Target"), QLatin1String(target));
        }
        w.writeEndElement();
    });
}

QByteArray workbook()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(QLatin1String(kSheetNs));
        w.writeNamespace(QLatin1String(kDocRelNs), QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        w.writeEmptyElement(QStringLiteral("sheet"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Baseline"));
        w.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        w.writeAttribute(QLatin1String(kDocRelNs), QStringLiteral("id"), QStringLiteral("rId1"));
        w.writeEndElement();
        w.writeEndElement();
    });
}

struct ZipSourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

} // namespace

QStringList BaselineArchive::columns()
{
    return {QStringLiteral("image"),  QStringLiteral("namespace"),   QStringLiteral("tag"),
            QStringLiteral("check"),  QStringLiteral("rule"),        QStringLiteral("severity"),
            QStringLiteral("result"), QStringLiteral("description"), QStringLiteral("remediation")};
}

QByteArray BaselineArchive::csv(const QList<BaselineRecord> &rows)
{
    // The BOM makes Excel read the file as UTF-8 (namespaces may be Chinese).
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF");
    out += columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const BaselineRecord &r : rows) {
        QStringList cells;
        for (const QString &f : fields(r))
            cells.append(csvField(f));
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

QByteArray BaselineArchive::xlsx(const QList<BaselineRecord> &rows)
{
    QStringList strings;
    QHash<QString, int> stringIndex;
    int references = 0;
    const auto indexOf = [&](const QString &s) {
        ++references;
        const auto it = stringIndex.constFind(s);
        if (it != stringIndex.cend())
            return *it;
        stringIndex.insert(s, int(strings.size()));
        strings.append(s);
        return int(strings.size()) - 1;
    };

    QList<QStringList> table{columns()};
    for (const BaselineRecord &r : rows)
        table.append(fields(r));

    const QByteArray sheet = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("worksheet"));
        w.writeDefaultNamespace(QLatin1String(kSheetNs));
        w.writeStartElement(QStringLiteral("sheetData"));
        for (int row = 0; row < table.size(); ++row) {
            const QString rowNumber = QString::number(row + 1);
            w.writeStartElement(QStringLiteral("row"));
            w.writeAttribute(QStringLiteral("r"), rowNumber);
            const QStringList &cells = table.at(row);
            for (int col = 0; col < cells.size(); ++col) {
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), columnName(col) + rowNumber);
                w.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
                w.writeTextElement(QStringLiteral("v"), QString::number(indexOf(cells.at(col))));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray sharedStrings = xml([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("sst"));
        w.writeDefaultNamespace(QLatin1String(kSheetNs));
        w.writeAttribute(QStringLiteral("count"), QString::number(references));
        w.writeAttribute(QStringLiteral("uniqueCount"), QString::number(strings.size()));
        for (const QString &s : std::as_const(strings)) {
            w.writeStartElement(QStringLiteral("si"));
            w.writeStartElement(QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(s);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    });

    const QDateTime fixed(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return writeZip(
        {{QStringLiteral("[Content_Types].xml"), contentTypes()},
         {QStringLiteral("_rels/.rels"), relationships({{"officeDocument", "xl/workbook.xml"}})},
         {QStringLiteral("xl/workbook.xml"), workbook()},
         {QStringLiteral("xl/_rels/workbook.xml.rels"),
          relationships(
              {{"worksheet", "worksheets/sheet1.xml"}, {"sharedStrings", "sharedStrings.xml"}})},
         {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
         {QStringLiteral("xl/sharedStrings.xml"), sharedStrings}},
        fixed);
}

QByteArray BaselineArchive::zip(const QList<BaselineRecord> &rows, const QString &fileName,
                                const QDateTime &createdAt, qint64 paddingBytes)
{
    QString base = fileName;
    if (base.endsWith(QLatin1String(".zip")))
        base.chop(4);
    QList<QPair<QString, QByteArray>> members{{base + QStringLiteral(".csv"), csv(rows)},
                                              {base + QStringLiteral(".xlsx"), xlsx(rows)}};
    const QString padding = base + QStringLiteral(".padding");
    if (paddingBytes > 0)
        members.append({padding, QByteArray(qsizetype(paddingBytes), '\0')});
    return writeZip(members, createdAt, paddingBytes > 0 ? padding : QString());
}

QByteArray BaselineArchive::writeZip(const QList<QPair<QString, QByteArray>> &members,
                                     const QDateTime &modified, const QString &storedMember)
{
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, ZipSourceDeleter> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        qCWarning(lcSandbox) << "zip buffer:" << zip_error_strerror(&error);
        zip_error_fini(&error);
        return {};
    }
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        qCWarning(lcSandbox) << "zip open:" << zip_error_strerror(&error);
        zip_error_fini(&error);
        return {};
    }
    zip_error_fini(&error);
    // zip_close() would free the buffer source; we still need to read the result from it.
    zip_source_keep(buffer.get());

    for (const auto &[name, data] : members) {
        // The data outlives zip_close() (members is const), so libzip need not copy it.
        zip_source_t *member =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = member
            ? zip_file_add(archive, name.toUtf8().constData(), member, ZIP_FL_ENC_UTF_8)
            : -1;
        if (index < 0) {
            zip_source_free(member);
            qCWarning(lcSandbox) << "zip add" << name << zip_strerror(archive);
            zip_discard(archive);
            return {};
        }
        zip_file_set_mtime(archive, zip_uint64_t(index), time_t(modified.toSecsSinceEpoch()), 0);
        if (name == storedMember)
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) < 0) {
        qCWarning(lcSandbox) << "zip close:" << zip_strerror(archive);
        zip_discard(archive);
        return {};
    }

    QByteArray out;
    zip_stat_t stat;
    if (zip_source_open(buffer.get()) < 0)
        return {};
    if (zip_source_stat(buffer.get(), &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
        out.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(buffer.get(), out.data(), stat.size);
        if (read != zip_int64_t(stat.size))
            out.clear();
    }
    zip_source_close(buffer.get());
    return out;
}

QMap<QString, QByteArray> BaselineArchive::entries(const QByteArray &zipData)
{
    QMap<QString, QByteArray> out;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(zipData.constData(), zip_uint64_t(zipData.size()), 0, &error);
    zip_t *archive =
        source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return out;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            continue;
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            continue;
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        if (read == zip_int64_t(stat.size))
            out.insert(QString::fromUtf8(stat.name), data);
    }
    zip_close(archive);
    return out;
}
