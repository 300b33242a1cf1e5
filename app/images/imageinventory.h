#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/net/clientconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

// The stored image list of one profile: an SQLite file that keeps every row the list call
// returned, so the window and the CLI can answer a filter at once and refresh only what
// changed. One instance owns one connection and must stay in the thread that opened it.
//
// Which answers are complete is tracked per listing: a filter that was listed to the end has a
// base time (when that full listing started) and an "as of" time that incremental refreshes
// of its image type move forward.
class ImageInventory
{
    Q_DECLARE_TR_FUNCTIONS(ImageInventory)

public:
    // PRAGMA application_id ('HSSI') and user_version: a file without them is not ours.
    static constexpr qint32 ApplicationId = 0x48535349;
    static constexpr int SchemaVersion = 1;

    struct Listing
    {
        QDateTime baseAt; // when the last full listing of the filter started; invalid: never
        QDateTime asOf;   // the stored answer holds every change up to here
        bool isValid() const { return baseAt.isValid(); }
    };

    explicit ImageInventory(const QString &path);
    ~ImageInventory();
    ImageInventory(const ImageInventory &) = delete;
    ImageInventory &operator=(const ImageInventory &) = delete;

    // Names the store of a connection: the profile's name, and where it points, so a profile
    // moved to another project or endpoint starts a store of its own.
    static QString keyFor(const QString &profileName, const ClientConfig &config);
    // AppDataLocation/inventory.
    static QString defaultDirectory();
    // A file name that cannot leave the directory or clash, whatever the profile key holds.
    static QString fileNameFor(const QString &profileKey);
    static QString pathFor(const QString &profileKey, const QString &directory = defaultDirectory());

    // Opens or creates the file. One that is not an inventory, of a newer schema, or damaged
    // is renamed aside (setAsideMessage() says where) and a fresh one created in its place.
    // False only when no usable file could be made (error says why).
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString setAsideMessage() const { return m_setAsideMessage; }
    QString setAsidePath() const { return m_setAsidePath; }

    // Inserts or replaces the rows in one transaction; each is marked seen at `seenAt`.
    bool store(const QList<ImageInfo> &images, const QDateTime &seenAt);
    // After a full listing of `filter` that started at `passStarted`: the rows that match it
    // but were not seen since are gone from the service. Returns the ids removed.
    QList<qint64> removeUnseen(const ImageFilter &filter, const QDateTime &passStarted);

    qint64 count(const ImageFilter &filter) const;
    // Matching rows in id order, `batchSize` at a time; the callback returns false to stop.
    bool read(const ImageFilter &filter, int batchSize,
              const std::function<bool(const QList<ImageInfo> &)> &batch) const;
    QList<ImageInfo> images(const ImageFilter &filter) const;
    // The same filter semantics on one row, for rows as they arrive.
    static bool matches(const ImageInfo &image, const ImageFilter &filter);

    Listing listing(const ImageFilter &filter) const;
    void setListed(const ImageFilter &filter, const QDateTime &startedAt);
    // An incremental refresh of `imageType` covered every change since `since`: each listing of
    // that type that was current then is now current as of `startedAt`.
    void setRefreshed(const QString &imageType, const QDateTime &since, const QDateTime &startedAt);
    // Whether a full listing of `filter` may remove rows: it must not depend on anything that
    // changes while an image exists (scan state, findings, times, the latest flag).
    static bool isStable(const ImageFilter &filter);

private:
    bool openFile(QString *error);
    enum class Verdict { Ours, Fresh, Foreign, Newer, Corrupt };
    Verdict inspect();
    bool setAside(Verdict verdict, QString *error);
    bool createSchema();
    void close();
    QSqlDatabase database() const;

    QString m_path;
    QString m_connection;
    QString m_setAsideMessage;
    QString m_setAsidePath;
    bool m_open = false;
};
