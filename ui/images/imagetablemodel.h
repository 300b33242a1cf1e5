#pragma once

#include "app/api/batchscanswrimagerequest.h"
#include "app/api/imageinfo.h"
#include "ui/images/stringpool.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QMap>

#include <array>
#include <functional>
#include <string_view>
#include <vector>

// Every field of a ListSwrImageRepository item, one row per image. Rows are kept compact
// (interned strings, hashes as UTF-8) because an account can hold hundreds of thousands of
// image versions. Pages are placed by their offset, so out-of-order arrival keeps list order.
class ImageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NamespaceColumn,
        ImageNameColumn,
        ImageVersionColumn,
        ScanStatusColumn,
        ScanFailedColumn,
        VulNumColumn,
        UnsafeSettingColumn,
        MaliciousFileColumn,
        ImageSizeColumn,
        LatestUpdateColumn,
        LatestScanColumn,
        AssociationsColumn,
        ImageTypeColumn,
        LatestVersionColumn,
        ScannableColumn,
        IdColumn,
        ImageIdColumn,
        ImageDigestColumn,
        DomainNameColumn,
        SharedStatusColumn,
        InstanceNameColumn,
        InstanceIdColumn,
        InstanceUrlColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: numbers sort as numbers, times as times
        ImageIdRole,                 // the list item's numeric id
        ScanStatusRole,              // the API's scan_status string
    };

    explicit ImageTableModel(QObject *parent = nullptr);

    // Without the base class's hasIndex(): sorting asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool isVisibleByDefault(Column column);

    void clear();
    // A page of the list, as the service returned it for `offset`.
    void addPage(qint64 offset, const QList<ImageInfo> &images);
    // Newer state of images already shown (after a scan); returns how many rows changed.
    int updateImages(const QList<ImageInfo> &images);

    int rowOfId(qint64 id) const;
    qint64 idAt(int row) const;
    QString scanStatusAt(int row) const;
    ImageInfo imageAt(int row) const;
    // Enterprise (instance_image) targets also carry the instance to download from.
    BatchScanSwrImageRequest::Target scanTargetAt(int row, bool enterprise) const;

    // Orders two rows the way SortRole does (numbers and times raw, text as shown in the
    // locale's collation, hashes by code point) straight from the compact rows: a QVariant
    // per comparison made sorting 100,000 rows block the UI for far longer than a frame.
    int compareRows(int left, int right, int column) const;
    // One integer per row that orders like compareRows, so a whole sort compares two loads.
    std::vector<qint64> sortKeys(int column) const;
    // sortKeys(column) as a job for another thread: what it needs is copied now, so rows may go
    // on arriving while it runs. The costly part of hash columns, sorting them, runs in the job.
    std::function<std::vector<qint64>()> sortKeysJob(int column) const;
    // Whether a text column of `row`, as shown, contains `needle` ignoring case: the quick
    // filter. `matches` remembers per pooled string whether it matched, so each distinct
    // string is searched once per needle; keep it for one needle and one set of rows.
    bool rowContains(int row, const QString &needle, std::vector<quint8> &matches) const;

    // Rows by image id, for a list kept current in place: shown ones take the newer state,
    // unknown ones are appended after the others in one insertion.
    void upsertImages(const QList<ImageInfo> &images);
    // Rows gone from the list; ids not shown are ignored.
    void removeImages(const QList<qint64> &ids);

private:
    // How a pooled string is shown: itself, or through one of the API's label tables.
    enum class TextKind : quint8 { Raw, ScanStatus, ScanFailure, ImageType, SharedStatus, Count };

    struct Row
    {
        qint64 id = 0;
        qint64 imageSize = 0;
        qint64 latestUpdateTime = 0;
        qint64 latestScanTime = 0;
        qint32 vulNum = 0;
        qint32 unsafeSettingNum = 0;
        qint32 maliciousFileNum = 0;
        qint32 associations = -1; // index into m_associations
        quint32 namespaceName = 0;
        quint32 imageName = 0;
        quint32 imageVersion = 0;
        quint32 imageType = 0;
        quint32 scanStatus = 0;
        quint32 scanFailedDesc = 0;
        quint32 domainName = 0;
        quint32 sharedStatus = 0;
        quint32 instanceName = 0;
        quint32 instanceId = 0;
        quint32 instanceUrl = 0;
        bool latestVersion = false;
        bool scannable = false;
        // The service's hashes: image_id as 64 lowercase hex digits and the digest as
        // "sha256:" and 64 more. Kept as their 64 bytes in the row, which is less than half of
        // the text in an allocation of its own, and bytes compare as the text does.
        bool compactHashes = false;
        bool asciiHashes = true; // lets the quick filter search the bytes without decoding
        qint32 hashText = -1; // hashes of any other form: index into m_hashTexts
        std::array<quint8, 64> hashBytes{}; // image_id's 32 bytes, then the digest's
    };
    // Room for a row's hashes as text: image_id '\0' image_digest.
    using HashBuffer = std::array<char, 64 + 1 + 7 + 64>;

    // Per pooled string, its place in collation order as shown, so sorting a text column
    // compares two integers. Shown-as-is strings are kept in order as the pool grows (a page
    // adds few); labelled ones rank only the few values their column holds.
    struct Collation
    {
        std::vector<quint32> order; // pool indexes in collation order
        std::vector<quint32> ranks; // pool index -> rank
        size_t rowsSeen = 0;
        bool stale = true;
    };

    Row toRow(const ImageInfo &image);
    const QString &text(quint32 index) const { return m_strings.at(index); }
    QString imageIdOf(const Row &row) const;
    QString digestOf(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QIcon colourIcon(const QColor &colour) const;
    // Whether the row's findings counts come from a finished scan.
    bool findingsKnown(const Row &row) const;
    // `count` for sorting; unknown counts sort before every known one.
    qint64 findingsKey(const Row &row, qint32 count) const;
    static QString unknownCount();
    void rebuildIdIndex() const;
    QString shown(quint32 index, TextKind kind) const;
    const std::vector<quint32> &collationRanks(TextKind kind) const;
    // The row's hashes as text (image_id '\0' image_digest, UTF-8), in `buffer` if need be.
    std::string_view hashesOf(const Row &row, HashBuffer &buffer) const;
    bool hashesContain(const Row &row, const QString &needle) const;
    std::vector<qint64> hashRanks(bool digest) const;
    using HashBytes = std::array<quint8, 32>;
    std::vector<HashBytes> compactHashBytes(bool digest) const;
    static std::vector<qint64> compactHashRanks(const std::vector<HashBytes> &bytes);

    std::vector<Row> m_rows;
    StringPool m_strings;
    QList<QList<ImageInfo::Association>> m_associations;
    std::vector<QByteArray> m_hashTexts; // image_id '\0' image_digest, UTF-8
    QMap<qint64, int> m_pageSizes; // offset -> rows, to place a late page before later ones
    mutable QHash<qint64, int> m_rowOfId;
    mutable bool m_idIndexDirty = false;
    mutable QHash<QRgb, QIcon> m_icons;
    mutable std::array<Collation, size_t(TextKind::Count)> m_collations;
};
