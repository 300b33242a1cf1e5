#include "app/images/imageinventory.h"

#include "app/base/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace {

const QLatin1String kDriver("QSQLITE");

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("hss-inventory-%1").arg(++counter);
}

// The filter as the list call would send it: one text per filter, the listing's key.
QString filterKey(const ImageFilter &filter)
{
    QueryList query;
    filter.appendQuery(query);
    QStringList parts;
    for (const auto &[key, value] : std::as_const(query))
        parts.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return parts.join(QLatin1Char('&'));
}

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    const qint64 value = ms.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

// The list call's filters as SQL, with the sandbox's (and the service's) semantics: names are
// case-sensitive substrings (instr, not LIKE, which ignores ASCII case), the rest exact or
// inclusive ranges, and a scan-time range leaves out images never scanned.
struct Where
{
    QStringList terms;
    QVariantList values;

    explicit Where(const ImageFilter &f)
    {
        const auto exact = [&](const char *column, const QString &value) {
            if (!value.isEmpty())
                add(QStringLiteral("%1 = ?").arg(QLatin1String(column)), value);
        };
        const auto contains = [&](const char *column, const QString &value) {
            if (!value.isEmpty())
                add(QStringLiteral("instr(%1, ?) > 0").arg(QLatin1String(column)), value);
        };
        const auto range = [&](const char *column, const std::optional<qint64> &start,
                               const std::optional<qint64> &end) {
            if (start)
                add(QStringLiteral("%1 >= ?").arg(QLatin1String(column)), *start);
            if (end)
                add(QStringLiteral("%1 <= ?").arg(QLatin1String(column)), *end);
        };
        const auto count = [&](const char *column, const std::optional<bool> &wanted) {
            if (wanted)
                terms.append(QStringLiteral("%1 %2 0").arg(QLatin1String(column),
                                                           *wanted ? QLatin1String(">")
                                                                   : QLatin1String("=")));
        };
        exact("image_type", f.imageType);
        contains("namespace", f.namespaceName);
        contains("image_name", f.imageName);
        contains("image_version", f.imageVersion);
        exact("scan_status", f.scanStatus);
        exact("instance_name", f.instanceName);
        exact("instance_id", f.instanceId);
        if (f.latestVersion.value_or(false))
            terms.append(QStringLiteral("latest_version = 1"));
        if (f.imageSize)
            add(QStringLiteral("image_size <= ?"), *f.imageSize);
        range("latest_update_time", f.startLatestUpdateTime, f.endLatestUpdateTime);
        if (f.startLatestScanTime || f.endLatestScanTime) {
            terms.append(QStringLiteral("latest_scan_time > 0"));
            range("latest_scan_time", f.startLatestScanTime, f.endLatestScanTime);
        }
        count("vul_num", f.hasVul);
        count("unsafe_setting_num", f.hasUnsafeSetting);
        count("malicious_file_num", f.hasMaliciousFile);
    }

    void add(const QString &term, const QVariant &value)
    {
        terms.append(term);
        values.append(value);
    }

    QString sql() const
    {
        return terms.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }

    void bind(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

// SQLite keeps a null QString as NULL; the columns hold text, empty when the service sent none.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Ids are the list's row identity; an image without one (0) is told apart by what names it.
QString identityOf(const ImageInfo &image)
{
    if (image.id > 0)
        return image.imageType + QLatin1Char('#') + QString::number(image.id);
    return QStringList{image.imageType, image.instanceId, image.namespaceName, image.imageName,
                       image.imageVersion, image.imageId}
        .join(QLatin1Char('\x1f'));
}

} // namespace

ImageInventory::ImageInventory(const QString &path)
    : m_path(path)
    , m_connection(nextConnectionName())
{
}

ImageInventory::~ImageInventory()
{
    close();
}

QString ImageInventory::keyFor(const QString &profileName, const ClientConfig &config)
{
    return QStringList{profileName.isEmpty() ? QStringLiteral("connection") : profileName,
                       config.endpoint.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash),
                       config.projectId, config.enterpriseProjectId}
        .join(QLatin1Char('\n'));
}

QString ImageInventory::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/inventory");
}

QString ImageInventory::fileNameFor(const QString &profileKey)
{
    // Readable where it can be, and a hash of the whole key so two keys never share a file.
    QString readable;
    for (const QChar c : profileKey) {
        if (readable.size() >= 40 || c == QLatin1Char('\n'))
            break;
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        readable.append(plain ? c : QLatin1Char('_'));
    }
    const QByteArray hash =
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return readable + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

QString ImageInventory::pathFor(const QString &profileKey, const QString &directory)
{
    return QDir(directory).filePath(fileNameFor(profileKey));
}

QSqlDatabase ImageInventory::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void ImageInventory::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool ImageInventory::open(QString *error)
{
    m_setAsideMessage.clear();
    m_setAsidePath.clear();
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        if (error)
            *error = tr("The image inventory needs the Qt SQLite driver, which is not installed.");
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = tr("The folder of the image inventory %1 could not be created.").arg(m_path);
        return false;
    }
    if (!openFile(error))
        return false;
    const Verdict verdict = inspect();
    if (verdict != Verdict::Ours && verdict != Verdict::Fresh) {
        if (!setAside(verdict, error) || !openFile(error))
            return false;
    }
    if (!createSchema()) {
        if (error)
            *error = tr("The image inventory %1 could not be written: %2")
                         .arg(m_path, database().lastError().text());
        close();
        return false;
    }
    m_open = true;
    return true;
}

bool ImageInventory::openFile(QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connection);
    db.setDatabaseName(m_path);
    // Another process or connection may be writing (the CLI while the window runs).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = tr("The image inventory %1 could not be opened: %2")
                         .arg(m_path, db.lastError().text());
        close();
        return false;
    }
    return true;
}

ImageInventory::Verdict ImageInventory::inspect()
{
    QSqlQuery query(database());
    // SQLite opens anything lazily; the first read is where a file that is no database fails.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return Verdict::Corrupt;
    const qint64 applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Verdict::Corrupt;
    const int version = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return Verdict::Corrupt;
    const int objects = query.value(0).toInt();
    if (applicationId == 0 && version == 0 && objects == 0)
        return Verdict::Fresh;
    if (applicationId != ApplicationId)
        return Verdict::Foreign;
    if (version > SchemaVersion)
        return Verdict::Newer;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return Verdict::Corrupt;
    return Verdict::Ours;
}

bool ImageInventory::setAside(Verdict verdict, QString *error)
{
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target = m_path + QStringLiteral(".set-aside-") + stamp;
    if (!QFile::rename(m_path, target)) {
        if (error)
            *error = tr("The image inventory %1 is unusable and could not be moved aside.")
                         .arg(m_path);
        return false;
    }
    // A journal belongs to the file it was written for; it must not be applied to the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = m_path + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    m_setAsidePath = target;
    switch (verdict) {
    case Verdict::Foreign:
        m_setAsideMessage = tr("The image inventory file %1 belongs to another program. It was "
                               "moved to %2 and a new inventory started.")
                                .arg(m_path, target);
        break;
    case Verdict::Newer:
        m_setAsideMessage = tr("The image inventory file %1 was written by a newer version of "
                               "this program. It was moved to %2 and a new inventory started.")
                                .arg(m_path, target);
        break;
    default:
        m_setAsideMessage = tr("The image inventory file %1 is damaged. It was moved to %2 and a "
                               "new inventory started.")
                                .arg(m_path, target);
        break;
    }
    qCWarning(lcInventory).noquote() << "inventory set aside:" << target;
    return true;
}

bool ImageInventory::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion),
        QStringLiteral("CREATE TABLE IF NOT EXISTS images ("
                       "identity TEXT PRIMARY KEY, id INTEGER NOT NULL, image_type TEXT NOT NULL,"
                       " namespace TEXT NOT NULL, image_name TEXT NOT NULL,"
                       " image_version TEXT NOT NULL, scan_status TEXT NOT NULL,"
                       " instance_name TEXT NOT NULL, instance_id TEXT NOT NULL,"
                       " latest_version INTEGER NOT NULL, image_size INTEGER NOT NULL,"
                       " latest_update_time INTEGER NOT NULL, latest_scan_time INTEGER NOT NULL,"
                       " vul_num INTEGER NOT NULL, unsafe_setting_num INTEGER NOT NULL,"
                       " malicious_file_num INTEGER NOT NULL, seen_at INTEGER NOT NULL,"
                       " data TEXT NOT NULL)"),
        // List order is id order: the first rows of a large answer come without a sort.
        QStringLiteral("CREATE INDEX IF NOT EXISTS images_by_id ON images(id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS images_by_type ON images(image_type, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS images_by_update ON images(latest_update_time)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS images_by_scan ON images(latest_scan_time)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS listings ("
                       "filter TEXT PRIMARY KEY, image_type TEXT NOT NULL,"
                       " base_at INTEGER NOT NULL, as_of INTEGER NOT NULL)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qCWarning(lcInventory).noquote()
                << "inventory schema:" << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool ImageInventory::store(const QList<ImageInfo> &images, const QDateTime &seenAt)
{
    if (!m_open || images.isEmpty())
        return m_open;
    QSqlDatabase db = database();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO images (identity, id, image_type, namespace, image_name,"
        " image_version, scan_status, instance_name, instance_id, latest_version, image_size,"
        " latest_update_time, latest_scan_time, vul_num, unsafe_setting_num, malicious_file_num,"
        " seen_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 seen = msOf(seenAt);
    for (const ImageInfo &image : images) {
        const QVariantList values = {
            identityOf(image), image.id, text(image.imageType), text(image.namespaceName),
            text(image.imageName), text(image.imageVersion), text(image.scanStatus),
            text(image.instanceName), text(image.instanceId),
            image.latestVersion ? 1 : 0, image.imageSize, image.latestUpdateTime,
            image.latestScanTime, image.vulNum, image.unsafeSettingNum, image.maliciousFileNum,
            seen,
            QString::fromUtf8(QJsonDocument(image.toJson()).toJson(QJsonDocument::Compact))};
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qCWarning(lcInventory).noquote() << "inventory write:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QList<qint64> ImageInventory::removeUnseen(const ImageFilter &filter, const QDateTime &passStarted)
{
    QList<qint64> removed;
    if (!m_open)
        return removed;
    Where where(filter);
    where.add(QStringLiteral("seen_at < ?"), msOf(passStarted));
    QSqlDatabase db = database();
    if (!db.transaction())
        return removed;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM images") + where.sql());
    where.bind(query);
    if (query.exec()) {
        while (query.next())
            removed.append(query.value(0).toLongLong());
    }
    query.prepare(QStringLiteral("DELETE FROM images") + where.sql());
    where.bind(query);
    if (!query.exec()) {
        db.rollback();
        return {};
    }
    db.commit();
    return removed;
}

qint64 ImageInventory::count(const ImageFilter &filter) const
{
    if (!m_open)
        return 0;
    const Where where(filter);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM images") + where.sql());
    where.bind(query);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool ImageInventory::read(const ImageFilter &filter, int batchSize,
                          const std::function<bool(const QList<ImageInfo> &)> &batch) const
{
    if (!m_open)
        return false;
    const Where where(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT data FROM images") + where.sql()
                  + QStringLiteral(" ORDER BY id"));
    where.bind(query);
    if (!query.exec()) {
        qCWarning(lcInventory).noquote() << "inventory read:" << query.lastError().text();
        return false;
    }
    QList<ImageInfo> images;
    images.reserve(batchSize);
    while (query.next()) {
        const QJsonObject object =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        images.append(ImageInfo::fromJson(object));
        if (images.size() >= batchSize) {
            if (!batch(images))
                return true;
            images.clear();
        }
    }
    if (!images.isEmpty())
        batch(images);
    return true;
}

QList<ImageInfo> ImageInventory::images(const ImageFilter &filter) const
{
    QList<ImageInfo> all;
    read(filter, 1000, [&](const QList<ImageInfo> &batch) {
        all += batch;
        return true;
    });
    return all;
}

bool ImageInventory::matches(const ImageInfo &image, const ImageFilter &f)
{
    // The same rules as Where, for rows that arrive from the service rather than the file.
    const auto exact = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || wanted == value;
    };
    const auto contains = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || value.contains(wanted);
    };
    const auto inRange = [](qint64 value, const std::optional<qint64> &start,
                            const std::optional<qint64> &end) {
        return (!start || value >= *start) && (!end || value <= *end);
    };
    const auto count = [](const std::optional<bool> &wanted, qint64 value) {
        return !wanted || *wanted == (value > 0);
    };
    return exact(f.imageType, image.imageType) && contains(f.namespaceName, image.namespaceName)
        && contains(f.imageName, image.imageName) && contains(f.imageVersion, image.imageVersion)
        && exact(f.scanStatus, image.scanStatus) && exact(f.instanceName, image.instanceName)
        && exact(f.instanceId, image.instanceId)
        && (!f.latestVersion.value_or(false) || image.latestVersion)
        && (!f.imageSize || image.imageSize <= *f.imageSize)
        && inRange(image.latestUpdateTime, f.startLatestUpdateTime, f.endLatestUpdateTime)
        && ((!f.startLatestScanTime && !f.endLatestScanTime)
            || (image.latestScanTime > 0
                && inRange(image.latestScanTime, f.startLatestScanTime, f.endLatestScanTime)))
        && count(f.hasVul, image.vulNum) && count(f.hasUnsafeSetting, image.unsafeSettingNum)
        && count(f.hasMaliciousFile, image.maliciousFileNum);
}

ImageInventory::Listing ImageInventory::listing(const ImageFilter &filter) const
{
    Listing listing;
    if (!m_open)
        return listing;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT base_at, as_of FROM listings WHERE filter = ?"));
    query.addBindValue(filterKey(filter));
    if (query.exec() && query.next()) {
        listing.baseAt = timeOf(query.value(0));
        listing.asOf = timeOf(query.value(1));
    }
    return listing;
}

void ImageInventory::setListed(const ImageFilter &filter, const QDateTime &startedAt)
{
    if (!m_open)
        return;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO listings (filter, image_type, base_at,"
                                 " as_of) VALUES (?, ?, ?, ?)"));
    query.addBindValue(filterKey(filter));
    query.addBindValue(text(filter.imageType));
    query.addBindValue(msOf(startedAt));
    query.addBindValue(msOf(startedAt));
    query.exec();
}

void ImageInventory::setRefreshed(const QString &imageType, const QDateTime &since,
                                  const QDateTime &startedAt)
{
    if (!m_open)
        return;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE listings SET as_of = ? WHERE image_type = ?"
                                 " AND as_of >= ? AND as_of < ?"));
    query.addBindValue(msOf(startedAt));
    query.addBindValue(text(imageType));
    query.addBindValue(msOf(since));
    query.addBindValue(msOf(startedAt));
    query.exec();
}

bool ImageInventory::isStable(const ImageFilter &filter)
{
    return filter.scanStatus.isEmpty() && !filter.latestVersion.value_or(false)
        && !filter.startLatestUpdateTime && !filter.endLatestUpdateTime
        && !filter.startLatestScanTime && !filter.endLatestScanTime && !filter.hasVul
        && !filter.hasUnsafeSetting && !filter.hasMaliciousFile;
}
