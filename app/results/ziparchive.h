#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

struct zip;

// Read-only access to an export ZIP (or an XLSX, which is one) through libzip. A member is
// read whole into memory, so every read is capped: a small download can inflate to gigabytes.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static constexpr qint64 DefaultMaxMemberSize = 200LL * 1024 * 1024;

    struct Member
    {
        QString name;
        qint64 size = 0;           // uncompressed, as the archive claims
        qint64 compressedSize = 0;
        bool isDirectory = false;
    };

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool open(const QString &path);
    // The archive keeps its own copy of data.
    bool openData(const QByteArray &data);
    void close();
    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }

    void setMaxMemberSize(qint64 bytes) { m_maxMemberSize = bytes; }
    qint64 maxMemberSize() const { return m_maxMemberSize; }

    QList<Member> members() const;
    bool contains(const QString &name) const;
    // Empty with errorString() set when the member is missing, damaged or larger than the cap,
    // or when canceled() turns true while it inflates.
    QByteArray read(const QString &name, bool *ok = nullptr, const std::function<bool()> &canceled = {});

private:
    bool openSource(void *source);

    zip *m_zip = nullptr;
    QByteArray m_data; // backs an archive opened from memory
    QString m_error;
    qint64 m_maxMemberSize = DefaultMaxMemberSize;
};
