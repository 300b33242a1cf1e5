#include "app/results/ziparchive.h"

#include "app/base/logging.h"

#include <QFile>
#include <QLocale>

#include <zip.h>

namespace {

QString libzipError(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

} // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    close();
}

bool ZipArchive::open(const QString &path)
{
    close();
    zip_error_t error;
    zip_error_init(&error);
    // A source from the path rather than zip_open() so non-ASCII names work on every OS.
    zip_source_t *source = zip_source_file_create(QFile::encodeName(path).constData(), 0, -1, &error);
    if (!source) {
        m_error = tr("Cannot open %1: %2").arg(path, libzipError(&error));
        zip_error_fini(&error);
        return false;
    }
    zip_error_fini(&error);
    return openSource(source);
}

bool ZipArchive::openData(const QByteArray &data)
{
    close();
    m_data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
    if (!source) {
        m_error = libzipError(&error);
        zip_error_fini(&error);
        return false;
    }
    zip_error_fini(&error);
    return openSource(source);
}

bool ZipArchive::openSource(void *source)
{
    auto *src = static_cast<zip_source_t *>(source);
    zip_error_t error;
    zip_error_init(&error);
    m_zip = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!m_zip) {
        m_error = tr("Not a readable ZIP archive: %1").arg(libzipError(&error));
        zip_source_free(src);
        m_data.clear();
    } else {
        m_error.clear();
    }
    zip_error_fini(&error);
    return m_zip != nullptr;
}

void ZipArchive::close()
{
    if (m_zip)
        zip_discard(m_zip);
    m_zip = nullptr;
    m_data.clear();
}

QList<ZipArchive::Member> ZipArchive::members() const
{
    QList<Member> result;
    if (!m_zip)
        return result;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        Member m;
        m.name = QString::fromUtf8(st.name);
        m.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        m.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        m.isDirectory = m.name.endsWith(QLatin1Char('/'));
        result.append(m);
    }
    return result;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

QByteArray ZipArchive::read(const QString &name, bool *ok, const std::function<bool()> &canceled)
{
    if (ok)
        *ok = false;
    if (!m_zip) {
        m_error = tr("No archive is open");
        return {};
    }
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, utf8.constData(), 0, &st) != 0) {
        m_error = tr("The archive has no member %1").arg(name);
        return {};
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(m_maxMemberSize)) {
        m_error = tr("%1 would inflate to %2, more than the %3 allowed")
                      .arg(name, QLocale().formattedDataSize(qint64(qMin<zip_uint64_t>(st.size, LLONG_MAX))),
                           QLocale().formattedDataSize(m_maxMemberSize));
        qCWarning(lcTasks).noquote() << "refusing oversized ZIP member" << name << st.size;
        return {};
    }
    zip_file_t *file = zip_fopen(m_zip, utf8.constData(), 0);
    if (!file) {
        m_error = tr("Cannot read %1: %2").arg(name, QString::fromLocal8Bit(zip_strerror(m_zip)));
        return {};
    }
    // The header's size can lie; the cap is enforced on what actually comes out.
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            m_error = tr("%1 is damaged: %2").arg(name, QString::fromLocal8Bit(zip_file_strerror(file)));
            zip_fclose(file);
            return {};
        }
        if (n == 0)
            break;
        if (canceled && canceled()) {
            m_error = tr("Reading %1 was canceled").arg(name);
            zip_fclose(file);
            return {};
        }
        if (data.size() + n > m_maxMemberSize) {
            m_error = tr("%1 inflates to more than the %2 allowed").arg(name, QLocale().formattedDataSize(m_maxMemberSize));
            qCWarning(lcTasks).noquote() << "refusing ZIP member that inflates past its size" << name;
            zip_fclose(file);
            return {};
        }
        data.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    m_error.clear();
    if (ok)
        *ok = true;
    return data;
}
