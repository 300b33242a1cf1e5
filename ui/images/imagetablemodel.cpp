#include "ui/images/imagetablemodel.h"

#include "app/api/batchscanswrimagerequest.h"
#include "ui/images/imagelabels.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>

namespace {

qint32 clampCount(qint64 value)
{
    return static_cast<qint32>(std::clamp<qint64>(value, 0, std::numeric_limits<qint32>::max()));
}

template <typename T>
int threeWay(T left, T right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

// The image_id or image_digest part of a row's hashes, as UTF-8: byte order is code point
// order, so hashes sort without being decoded.
std::string_view hashPart(std::string_view all, bool digest)
{
    const size_t split = all.find('\0');
    if (split == std::string_view::npos)
        return digest ? std::string_view() : all;
    return digest ? all.substr(split + 1) : all.substr(0, split);
}

constexpr std::string_view kShaPrefix = "sha256:";
constexpr char kHexDigits[] = "0123456789abcdef";

// 64 lowercase hex digits as their 32 bytes; false for any other text.
bool hexBytes(QStringView text, quint8 *bytes)
{
    if (text.size() != 64)
        return false;
    const auto nibble = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'0' && u <= u'9' ? int(u - u'0') : u >= u'a' && u <= u'f' ? int(u - u'a' + 10) : -1;
    };
    for (int i = 0; i < 32; ++i) {
        const int high = nibble(text[2 * i]);
        const int low = nibble(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        bytes[i] = quint8(high << 4 | low);
    }
    return true;
}

char *writeHex(const quint8 *bytes, char *out)
{
    for (int i = 0; i < 32; ++i) {
        *out++ = kHexDigits[bytes[i] >> 4];
        *out++ = kHexDigits[bytes[i] & 15];
    }
    return out;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isFindingsColumn(int column)
{
    return column == ImageTableModel::VulNumColumn || column == ImageTableModel::UnsafeSettingColumn
        || column == ImageTableModel::MaliciousFileColumn;
}

QString formattedTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QModelIndex ImageTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount
        || static_cast<size_t>(row) >= m_rows.size())
        return {};
    return createIndex(row, column);
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImageTableModel::isVisibleByDefault(Column column)
{
    switch (column) {
    case NamespaceColumn:
    case ImageNameColumn:
    case ImageVersionColumn:
    case ScanStatusColumn:
    case ScanFailedColumn:
    case VulNumColumn:
    case UnsafeSettingColumn:
    case MaliciousFileColumn:
    case ImageSizeColumn:
    case LatestUpdateColumn:
    case LatestScanColumn:
    case AssociationsColumn:
        return true;
    default:
        return false;
    }
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NamespaceColumn: return tr("Namespace");
    case ImageNameColumn: return tr("Image");
    case ImageVersionColumn: return tr("Tag");
    case ScanStatusColumn: return tr("Scan status");
    case ScanFailedColumn: return tr("Failure reason");
    case VulNumColumn: return tr("Vulnerabilities");
    case UnsafeSettingColumn: return tr("Unsafe settings");
    case MaliciousFileColumn: return tr("Malicious files");
    case ImageSizeColumn: return tr("Size");
    case LatestUpdateColumn: return tr("Updated");
    case LatestScanColumn: return tr("Last scan");
    case AssociationsColumn:
        return role == Qt::ToolTipRole ? tr("Other architectures of a multi-arch image")
                                       : tr("Architectures/associated images");
    case ImageTypeColumn: return tr("Type");
    case LatestVersionColumn: return tr("Latest version");
    case ScannableColumn: return tr("Scannable");
    case IdColumn: return tr("ID");
    case ImageIdColumn: return tr("Image ID");
    case ImageDigestColumn: return tr("Digest");
    case DomainNameColumn: return tr("Owner (domain)");
    case SharedStatusColumn: return tr("Sharing");
    case InstanceNameColumn: return tr("Enterprise instance");
    case InstanceIdColumn: return tr("Instance ID");
    case InstanceUrlColumn: return tr("Instance URL");
    default: return {};
    }
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        return sortValue(row, column);
    case ImageIdRole:
        return row.id;
    case ScanStatusRole:
        return text(row.scanStatus);
    case Qt::TextAlignmentRole:
        switch (column) {
        case VulNumColumn:
        case UnsafeSettingColumn:
        case MaliciousFileColumn:
        case ImageSizeColumn:
        case AssociationsColumn:
        case IdColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (isFindingsColumn(column) && !findingsKnown(row))
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::DecorationRole:
        // Colour is never the only signal: the same cell always says it in words too.
        if (isFindingsColumn(column) && !findingsKnown(row))
            return {};
        switch (column) {
        case ScanStatusColumn:
            return row.scanStatus ? colourIcon(ImageLabels::scanStatusColor(text(row.scanStatus)))
                                  : QVariant();
        case VulNumColumn:
            return colourIcon(ImageLabels::findingsColor(row.vulNum));
        case UnsafeSettingColumn:
            return colourIcon(ImageLabels::findingsColor(row.unsafeSettingNum));
        case MaliciousFileColumn:
            return colourIcon(ImageLabels::findingsColor(row.maliciousFileNum));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ImageTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case NamespaceColumn: return text(row.namespaceName);
    case ImageNameColumn: return text(row.imageName);
    case ImageVersionColumn: return text(row.imageVersion);
    case ScanStatusColumn: return ImageLabels::scanStatus(text(row.scanStatus));
    case ScanFailedColumn: return ImageLabels::scanFailure(text(row.scanFailedDesc));
    case VulNumColumn: return findingsKnown(row) ? QVariant(row.vulNum) : QVariant(unknownCount());
    case UnsafeSettingColumn:
        return findingsKnown(row) ? QVariant(row.unsafeSettingNum) : QVariant(unknownCount());
    case MaliciousFileColumn:
        return findingsKnown(row) ? QVariant(row.maliciousFileNum) : QVariant(unknownCount());
    case ImageSizeColumn:
        return QLocale().formattedDataSize(row.imageSize, 1, QLocale::DataSizeTraditionalFormat);
    case LatestUpdateColumn: return formattedTime(row.latestUpdateTime);
    case LatestScanColumn: return formattedTime(row.latestScanTime);
    case AssociationsColumn:
        return row.associations < 0 ? 0 : m_associations.at(row.associations).size();
    case ImageTypeColumn: return ImageLabels::imageType(text(row.imageType));
    case LatestVersionColumn: return row.latestVersion ? tr("Yes") : tr("No");
    case ScannableColumn: return row.scannable ? tr("Yes") : tr("No");
    case IdColumn: return row.id;
    case ImageIdColumn: return imageIdOf(row);
    case ImageDigestColumn: return digestOf(row);
    case DomainNameColumn: return text(row.domainName);
    case SharedStatusColumn: return ImageLabels::sharedStatus(text(row.sharedStatus));
    case InstanceNameColumn: return text(row.instanceName);
    case InstanceIdColumn: return text(row.instanceId);
    case InstanceUrlColumn: return text(row.instanceUrl);
    default: return {};
    }
}

QVariant ImageTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case VulNumColumn: return findingsKey(row, row.vulNum);
    case UnsafeSettingColumn: return findingsKey(row, row.unsafeSettingNum);
    case MaliciousFileColumn: return findingsKey(row, row.maliciousFileNum);
    case ImageSizeColumn: return row.imageSize;
    case LatestUpdateColumn: return row.latestUpdateTime;
    case LatestScanColumn: return row.latestScanTime;
    case LatestVersionColumn: return row.latestVersion;
    case ScannableColumn: return row.scannable;
    default: return display(row, column);
    }
}

QVariant ImageTableModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case AssociationsColumn: {
        if (row.associations < 0)
            return tr("Not a multi-arch image");
        QStringList lines;
        for (const ImageInfo::Association &a : m_associations.at(row.associations))
            lines.append(tr("%1/%2:%3 — %4 — %5")
                             .arg(a.namespaceName, a.imageName, a.imageVersion,
                                  ImageLabels::scanStatus(a.scanStatus), a.imageDigest));
        return lines.join(QLatin1Char('\n'));
    }
    case VulNumColumn:
    case UnsafeSettingColumn:
    case MaliciousFileColumn:
        if (!findingsKnown(row))
            return tr("Not known: the image has no successful scan");
        return display(row, column);
    case ScanStatusColumn:
    case ScanFailedColumn: {
        const QString failure = ImageLabels::scanFailure(text(row.scanFailedDesc));
        const QString status = ImageLabels::scanStatus(text(row.scanStatus));
        return failure.isEmpty() ? status : tr("%1: %2").arg(status, failure);
    }
    default: {
        const QVariant shown = display(row, column);
        return shown.toString().isEmpty() ? QVariant() : shown;
    }
    }
}

bool ImageTableModel::findingsKnown(const Row &row) const
{
    // Only a finished scan counted anything: the service reports 0 for images never scanned
    // or whose scan failed, which must not read as "clean".
    return text(row.scanStatus) == QLatin1String("success");
}

qint64 ImageTableModel::findingsKey(const Row &row, qint32 count) const
{
    return findingsKnown(row) ? count : -1;
}

QString ImageTableModel::unknownCount()
{
    return QStringLiteral("\u2014");
}

QIcon ImageTableModel::colourIcon(const QColor &colour) const
{
    auto it = m_icons.find(colour.rgb());
    if (it == m_icons.end()) {
        QPixmap pixmap(10, 10);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
        painter.end();
        it = m_icons.insert(colour.rgb(), QIcon(pixmap));
    }
    return *it;
}

ImageTableModel::Row ImageTableModel::toRow(const ImageInfo &image)
{
    Row row;
    row.id = image.id;
    row.imageSize = image.imageSize;
    row.latestUpdateTime = image.latestUpdateTime;
    row.latestScanTime = image.latestScanTime;
    row.vulNum = clampCount(image.vulNum);
    row.unsafeSettingNum = clampCount(image.unsafeSettingNum);
    row.maliciousFileNum = clampCount(image.maliciousFileNum);
    row.namespaceName = m_strings.intern(image.namespaceName);
    row.imageName = m_strings.intern(image.imageName);
    row.imageVersion = m_strings.intern(image.imageVersion);
    row.imageType = m_strings.intern(image.imageType);
    row.scanStatus = m_strings.intern(image.scanStatus);
    row.scanFailedDesc = m_strings.intern(image.scanFailedDesc);
    row.domainName = m_strings.intern(image.domainName);
    row.sharedStatus = m_strings.intern(image.sharedStatus);
    row.instanceName = m_strings.intern(image.instanceName);
    row.instanceId = m_strings.intern(image.instanceId);
    row.instanceUrl = m_strings.intern(image.instanceUrl);
    row.latestVersion = image.latestVersion;
    row.scannable = image.scannable;
    const QStringView digest(image.imageDigest);
    row.compactHashes = hexBytes(image.imageId, row.hashBytes.data())
        && digest.startsWith(QLatin1String(kShaPrefix.data(), qsizetype(kShaPrefix.size())))
        && hexBytes(digest.mid(qsizetype(kShaPrefix.size())), row.hashBytes.data() + 32);
    if (!row.compactHashes) {
        row.hashBytes = {};
        if (!image.imageId.isEmpty() || !image.imageDigest.isEmpty()) {
            QByteArray text = image.imageId.toUtf8();
            text.append('\0');
            text.append(image.imageDigest.toUtf8());
            row.asciiHashes = std::all_of(text.cbegin(), text.cend(),
                                          [](char c) { return static_cast<uchar>(c) < 0x80; });
            row.hashText = static_cast<qint32>(m_hashTexts.size());
            m_hashTexts.push_back(std::move(text));
        }
    }
    if (!image.associationImages.isEmpty()) {
        row.associations = static_cast<qint32>(m_associations.size());
        m_associations.append(image.associationImages);
    }
    return row;
}

std::string_view ImageTableModel::hashesOf(const Row &row, HashBuffer &buffer) const
{
    if (row.hashText >= 0) {
        const QByteArray &text = m_hashTexts[static_cast<size_t>(row.hashText)];
        return {text.constData(), static_cast<size_t>(text.size())};
    }
    if (!row.compactHashes)
        return {};
    char *out = writeHex(row.hashBytes.data(), buffer.data());
    *out++ = '\0';
    out = std::copy(kShaPrefix.cbegin(), kShaPrefix.cend(), out);
    writeHex(row.hashBytes.data() + 32, out);
    return {buffer.data(), buffer.size()};
}

QString ImageTableModel::imageIdOf(const Row &row) const
{
    HashBuffer buffer;
    const std::string_view part = hashPart(hashesOf(row, buffer), false);
    return QString::fromUtf8(part.data(), qsizetype(part.size()));
}

QString ImageTableModel::digestOf(const Row &row) const
{
    HashBuffer buffer;
    const std::string_view part = hashPart(hashesOf(row, buffer), true);
    return QString::fromUtf8(part.data(), qsizetype(part.size()));
}

void ImageTableModel::clear()
{
    beginResetModel();
    m_rows = {};
    m_strings.clear();
    m_associations.clear();
    m_hashTexts = {};
    m_pageSizes.clear();
    m_rowOfId.clear();
    m_idIndexDirty = false;
    m_collations = {};
    endResetModel();
}

void ImageTableModel::addPage(qint64 offset, const QList<ImageInfo> &images)
{
    if (images.isEmpty() || m_pageSizes.contains(offset))
        return;
    int first = 0;
    for (auto it = m_pageSizes.cbegin(); it != m_pageSizes.cend() && it.key() < offset; ++it)
        first += it.value();
    const int count = static_cast<int>(images.size());
    m_pageSizes.insert(offset, count);

    std::vector<Row> rows;
    rows.reserve(images.size());
    for (const ImageInfo &image : images)
        rows.push_back(toRow(image));

    beginInsertRows({}, first, first + count - 1);
    m_rows.insert(m_rows.begin() + first, std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    endInsertRows();
    m_idIndexDirty = true;
}

int ImageTableModel::updateImages(const QList<ImageInfo> &images)
{
    int changed = 0;
    for (const ImageInfo &image : images) {
        const int r = rowOfId(image.id);
        if (r < 0)
            continue;
        Row &row = m_rows[static_cast<size_t>(r)];
        const qint32 oldAssociations = row.associations;
        const qint32 oldHashText = row.hashText;
        Row updated = toRow(image);
        if (updated.associations >= 0 && oldAssociations >= 0) {
            // Reuse the row's slot so repeated polling does not grow the association store.
            m_associations[oldAssociations] = m_associations.takeLast();
            updated.associations = oldAssociations;
        }
        if (updated.hashText >= 0 && oldHashText >= 0) {
            m_hashTexts[size_t(oldHashText)] = std::move(m_hashTexts.back());
            m_hashTexts.pop_back();
            updated.hashText = oldHashText;
        }
        row = std::move(updated);
        for (Collation &collation : m_collations)
            collation.stale = true;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        ++changed;
    }
    return changed;
}

void ImageTableModel::rebuildIdIndex() const
{
    m_rowOfId.clear();
    m_rowOfId.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, static_cast<int>(i));
    m_idIndexDirty = false;
}

int ImageTableModel::rowOfId(qint64 id) const
{
    if (m_idIndexDirty)
        rebuildIdIndex();
    return m_rowOfId.value(id, -1);
}

qint64 ImageTableModel::idAt(int row) const
{
    return m_rows.at(static_cast<size_t>(row)).id;
}

QString ImageTableModel::scanStatusAt(int row) const
{
    return text(m_rows.at(static_cast<size_t>(row)).scanStatus);
}

ImageInfo ImageTableModel::imageAt(int r) const
{
    const Row &row = m_rows.at(static_cast<size_t>(r));
    ImageInfo image;
    image.id = row.id;
    image.namespaceName = text(row.namespaceName);
    image.imageName = text(row.imageName);
    image.imageId = imageIdOf(row);
    image.imageDigest = digestOf(row);
    image.imageVersion = text(row.imageVersion);
    image.imageType = text(row.imageType);
    image.latestVersion = row.latestVersion;
    image.scanStatus = text(row.scanStatus);
    image.scanFailedDesc = text(row.scanFailedDesc);
    image.imageSize = row.imageSize;
    image.latestUpdateTime = row.latestUpdateTime;
    image.latestScanTime = row.latestScanTime;
    image.vulNum = row.vulNum;
    image.unsafeSettingNum = row.unsafeSettingNum;
    image.maliciousFileNum = row.maliciousFileNum;
    image.domainName = text(row.domainName);
    image.sharedStatus = text(row.sharedStatus);
    image.scannable = row.scannable;
    image.instanceName = text(row.instanceName);
    image.instanceId = text(row.instanceId);
    image.instanceUrl = text(row.instanceUrl);
    if (row.associations >= 0)
        image.associationImages = m_associations.at(row.associations);
    return image;
}

BatchScanSwrImageRequest::Target ImageTableModel::scanTargetAt(int r, bool enterprise) const
{
    const Row &row = m_rows.at(static_cast<size_t>(r));
    BatchScanSwrImageRequest::Target target;
    target.namespaceName = text(row.namespaceName);
    target.imageName = text(row.imageName);
    target.imageVersion = text(row.imageVersion);
    if (enterprise) {
        target.instanceId = text(row.instanceId);
        target.instanceUrl = text(row.instanceUrl);
    }
    return target;
}

QString ImageTableModel::shown(quint32 index, TextKind kind) const
{
    switch (kind) {
    case TextKind::ScanStatus: return ImageLabels::scanStatus(text(index));
    case TextKind::ScanFailure: return ImageLabels::scanFailure(text(index));
    case TextKind::ImageType: return ImageLabels::imageType(text(index));
    case TextKind::SharedStatus: return ImageLabels::sharedStatus(text(index));
    default: return text(index);
    }
}

const std::vector<quint32> &ImageTableModel::collationRanks(TextKind kind) const
{
    Collation &c = m_collations[size_t(kind)];
    const auto poolSize = static_cast<quint32>(m_strings.size());
    if (kind == TextKind::Raw) {
        if (c.ranks.size() == poolSize)
            return c.ranks;
        QCollator collator;
        // Pool indexes only grow until clear(), so only the strings added since need a place.
        for (auto index = static_cast<quint32>(c.order.size()); index < poolSize; ++index) {
            const QString &added = m_strings.at(index);
            const auto before = [&](const QString &value, quint32 other) {
                return collator.compare(value, m_strings.at(other)) < 0;
            };
            c.order.insert(std::upper_bound(c.order.begin(), c.order.end(), added, before),
                           index);
        }
        c.ranks.resize(poolSize);
        for (quint32 rank = 0; rank < poolSize; ++rank)
            c.ranks[c.order[rank]] = rank;
        return c.ranks;
    }

    if (!c.stale && c.rowsSeen == m_rows.size() && c.ranks.size() == poolSize)
        return c.ranks;
    QCollator collator;
    quint32 Row::*field = &Row::scanStatus;
    switch (kind) {
    case TextKind::ScanFailure: field = &Row::scanFailedDesc; break;
    case TextKind::ImageType: field = &Row::imageType; break;
    case TextKind::SharedStatus: field = &Row::sharedStatus; break;
    default: break;
    }
    std::vector<bool> used(poolSize, false);
    for (const Row &row : m_rows)
        used[row.*field] = true;
    QList<QPair<QString, quint32>> labels;
    for (quint32 index = 0; index < poolSize; ++index) {
        if (used[index])
            labels.append({shown(index, kind), index});
    }
    std::sort(labels.begin(), labels.end(), [&](const auto &left, const auto &right) {
        return collator.compare(left.first, right.first) < 0;
    });
    c.ranks.assign(poolSize, 0);
    quint32 rank = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // Two codes can share a label; they then tie, as their shown text does.
        if (i > 0 && collator.compare(labels.at(i - 1).first, labels.at(i).first) != 0)
            ++rank;
        c.ranks[labels.at(i).second] = rank;
    }
    c.rowsSeen = m_rows.size();
    c.stale = false;
    return c.ranks;
}

int ImageTableModel::compareRows(int left, int right, int column) const
{
    const Row &a = m_rows.at(static_cast<size_t>(left));
    const Row &b = m_rows.at(static_cast<size_t>(right));
    const auto byText = [&](quint32 Row::*field, TextKind kind) {
        const std::vector<quint32> &ranks = collationRanks(kind);
        return threeWay(ranks[a.*field], ranks[b.*field]);
    };
    const auto associationCount = [this](const Row &row) {
        return row.associations < 0 ? qsizetype(0) : m_associations.at(row.associations).size();
    };
    switch (column) {
    case NamespaceColumn: return byText(&Row::namespaceName, TextKind::Raw);
    case ImageNameColumn: return byText(&Row::imageName, TextKind::Raw);
    case ImageVersionColumn: return byText(&Row::imageVersion, TextKind::Raw);
    case ScanStatusColumn: return byText(&Row::scanStatus, TextKind::ScanStatus);
    case ScanFailedColumn: return byText(&Row::scanFailedDesc, TextKind::ScanFailure);
    case VulNumColumn: return threeWay(findingsKey(a, a.vulNum), findingsKey(b, b.vulNum));
    case UnsafeSettingColumn:
        return threeWay(findingsKey(a, a.unsafeSettingNum), findingsKey(b, b.unsafeSettingNum));
    case MaliciousFileColumn:
        return threeWay(findingsKey(a, a.maliciousFileNum), findingsKey(b, b.maliciousFileNum));
    case ImageSizeColumn: return threeWay(a.imageSize, b.imageSize);
    case LatestUpdateColumn: return threeWay(a.latestUpdateTime, b.latestUpdateTime);
    case LatestScanColumn: return threeWay(a.latestScanTime, b.latestScanTime);
    case AssociationsColumn: return threeWay(associationCount(a), associationCount(b));
    case ImageTypeColumn: return byText(&Row::imageType, TextKind::ImageType);
    case LatestVersionColumn: return threeWay(a.latestVersion, b.latestVersion);
    case ScannableColumn: return threeWay(a.scannable, b.scannable);
    case IdColumn: return threeWay(a.id, b.id);
    case ImageIdColumn:
    case ImageDigestColumn: {
        HashBuffer first;
        HashBuffer second;
        const bool digest = column == ImageDigestColumn;
        return threeWay(hashPart(hashesOf(a, first), digest), hashPart(hashesOf(b, second), digest));
    }
    case DomainNameColumn: return byText(&Row::domainName, TextKind::Raw);
    case SharedStatusColumn: return byText(&Row::sharedStatus, TextKind::SharedStatus);
    case InstanceNameColumn: return byText(&Row::instanceName, TextKind::Raw);
    case InstanceIdColumn: return byText(&Row::instanceId, TextKind::Raw);
    case InstanceUrlColumn: return byText(&Row::instanceUrl, TextKind::Raw);
    default: return 0;
    }
}

std::vector<qint64> ImageTableModel::sortKeys(int column) const
{
    const auto keys = [this](auto key) {
        std::vector<qint64> result;
        result.reserve(m_rows.size());
        for (const Row &row : m_rows)
            result.push_back(static_cast<qint64>(key(row)));
        return result;
    };
    const auto byText = [&](quint32 Row::*field, TextKind kind) {
        const std::vector<quint32> &ranks = collationRanks(kind);
        return keys([&](const Row &row) { return ranks[row.*field]; });
    };
    switch (column) {
    case NamespaceColumn: return byText(&Row::namespaceName, TextKind::Raw);
    case ImageNameColumn: return byText(&Row::imageName, TextKind::Raw);
    case ImageVersionColumn: return byText(&Row::imageVersion, TextKind::Raw);
    case ScanStatusColumn: return byText(&Row::scanStatus, TextKind::ScanStatus);
    case ScanFailedColumn: return byText(&Row::scanFailedDesc, TextKind::ScanFailure);
    case VulNumColumn: return keys([this](const Row &row) { return findingsKey(row, row.vulNum); });
    case UnsafeSettingColumn:
        return keys([this](const Row &row) { return findingsKey(row, row.unsafeSettingNum); });
    case MaliciousFileColumn:
        return keys([this](const Row &row) { return findingsKey(row, row.maliciousFileNum); });
    case ImageSizeColumn: return keys([](const Row &row) { return row.imageSize; });
    case LatestUpdateColumn: return keys([](const Row &row) { return row.latestUpdateTime; });
    case LatestScanColumn: return keys([](const Row &row) { return row.latestScanTime; });
    case AssociationsColumn:
        return keys([this](const Row &row) {
            return row.associations < 0 ? 0 : m_associations.at(row.associations).size();
        });
    case ImageTypeColumn: return byText(&Row::imageType, TextKind::ImageType);
    case LatestVersionColumn: return keys([](const Row &row) { return row.latestVersion; });
    case ScannableColumn: return keys([](const Row &row) { return row.scannable; });
    case IdColumn: return keys([](const Row &row) { return row.id; });
    case ImageIdColumn: return hashRanks(false);
    case ImageDigestColumn: return hashRanks(true);
    case DomainNameColumn: return byText(&Row::domainName, TextKind::Raw);
    case SharedStatusColumn: return byText(&Row::sharedStatus, TextKind::SharedStatus);
    case InstanceNameColumn: return byText(&Row::instanceName, TextKind::Raw);
    case InstanceIdColumn: return byText(&Row::instanceId, TextKind::Raw);
    case InstanceUrlColumn: return byText(&Row::instanceUrl, TextKind::Raw);
    default: return {};
    }
}

std::function<std::vector<qint64>()> ImageTableModel::sortKeysJob(int column) const
{
    const bool hashColumn = column == ImageIdColumn || column == ImageDigestColumn;
    if (!hashColumn
        || !std::all_of(m_rows.cbegin(), m_rows.cend(),
                        [](const Row &row) { return row.compactHashes; })) {
        auto keys = std::make_shared<std::vector<qint64>>(sortKeys(column));
        return [keys] { return std::move(*keys); };
    }
    auto bytes = std::make_shared<std::vector<HashBytes>>(compactHashBytes(column == ImageDigestColumn));
    return [bytes] { return compactHashRanks(*bytes); };
}

std::vector<ImageTableModel::HashBytes> ImageTableModel::compactHashBytes(bool digest) const
{
    std::vector<HashBytes> bytes(m_rows.size());
    const size_t from = digest ? 32 : 0;
    for (size_t row = 0; row < m_rows.size(); ++row)
        std::memcpy(bytes[row].data(), m_rows[row].hashBytes.data() + from, 32);
    return bytes;
}

std::vector<qint64> ImageTableModel::compactHashRanks(const std::vector<HashBytes> &bytes)
{
    // The service's form in every row: its bytes order as its text does.
    std::vector<quint32> order(bytes.size());
    for (size_t row = 0; row < order.size(); ++row)
        order[row] = static_cast<quint32>(row);
    std::sort(order.begin(), order.end(),
              [&](quint32 left, quint32 right) { return bytes[left] < bytes[right]; });
    std::vector<qint64> ranks(bytes.size());
    qint64 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && bytes[order[i - 1]] != bytes[order[i]])
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

std::vector<qint64> ImageTableModel::hashRanks(bool digest) const
{
    if (std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.compactHashes; }))
        return compactHashRanks(compactHashBytes(digest));
    std::vector<quint32> order(m_rows.size());
    for (size_t row = 0; row < order.size(); ++row)
        order[row] = static_cast<quint32>(row);
    std::vector<qint64> ranks(m_rows.size());
    std::vector<std::string> parts(m_rows.size());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        HashBuffer buffer;
        parts[row] = std::string(hashPart(hashesOf(m_rows[row], buffer), digest));
    }
    std::sort(order.begin(), order.end(),
              [&](quint32 left, quint32 right) { return parts[left] < parts[right]; });
    qint64 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && parts[order[i - 1]] != parts[order[i]])
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

bool ImageTableModel::hashesContain(const Row &row, const QString &needle) const
{
    if (!row.compactHashes && row.hashText < 0)
        return false;
    if (!row.asciiHashes || !isAscii(needle))
        return imageIdOf(row).contains(needle, Qt::CaseInsensitive)
            || digestOf(row).contains(needle, Qt::CaseInsensitive);
    // The service's hashes hold hex digits and "sha256:" only, which most typed text is not.
    const auto hashCharacter = [](QChar typed) {
        const char16_t c = asciiLower(typed.unicode());
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u's' || c == u'h'
            || c == u':';
    };
    if (row.compactHashes && !std::all_of(needle.cbegin(), needle.cend(), hashCharacter))
        return false;
    // Both sides ASCII: fold case byte by byte instead of decoding two hashes per row. The
    // separator cannot be part of a match, as no typed text holds a NUL.
    HashBuffer buffer;
    const std::string_view hashes = hashesOf(row, buffer);
    const auto found = std::search(hashes.cbegin(), hashes.cend(), needle.cbegin(), needle.cend(),
                                   [](char hay, QChar typed) {
                                       return asciiLower(char16_t(static_cast<uchar>(hay)))
                                           == asciiLower(typed.unicode());
                                   });
    return found != hashes.cend();
}

bool ImageTableModel::rowContains(int r, const QString &needle,
                                  std::vector<quint8> &matches) const
{
    if (needle.isEmpty())
        return true;
    const Row &row = m_rows.at(static_cast<size_t>(r));
    const auto poolSize = static_cast<size_t>(m_strings.size());
    if (matches.size() < poolSize)
        matches.resize(poolSize, 0);
    // Two bits per way of showing a string: searched yet, and found.
    const auto contains = [&](quint32 index, TextKind kind) {
        const auto searched = static_cast<quint8>(1u << (2 * int(kind)));
        const auto found = static_cast<quint8>(searched << 1);
        quint8 &state = matches[index];
        if (!(state & searched)) {
            state |= searched;
            if (shown(index, kind).contains(needle, Qt::CaseInsensitive))
                state |= found;
        }
        return (state & found) != 0;
    };
    return contains(row.namespaceName, TextKind::Raw) || contains(row.imageName, TextKind::Raw)
        || contains(row.imageVersion, TextKind::Raw)
        || contains(row.scanStatus, TextKind::ScanStatus)
        || contains(row.scanFailedDesc, TextKind::ScanFailure)
        || contains(row.imageType, TextKind::ImageType) || contains(row.domainName, TextKind::Raw)
        || contains(row.instanceName, TextKind::Raw) || contains(row.instanceId, TextKind::Raw)
        || hashesContain(row, needle);
}

void ImageTableModel::upsertImages(const QList<ImageInfo> &images)
{
    QList<ImageInfo> known;
    std::vector<Row> added;
    QSet<qint64> addedIds;
    for (const ImageInfo &image : images) {
        if (rowOfId(image.id) >= 0)
            known.append(image);
        else if (!addedIds.contains(image.id)) {
            addedIds.insert(image.id);
            added.push_back(toRow(image));
        }
    }
    updateImages(known);
    if (added.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()),
                  std::make_move_iterator(added.end()));
    // Rows only ever join at the end here, so the index grows with them: rebuilding it for
    // every batch made opening a long list quadratic.
    if (!m_idIndexDirty) {
        for (size_t r = size_t(first); r < m_rows.size(); ++r)
            m_rowOfId.insert(m_rows[r].id, int(r));
    }
    endInsertRows();
}

void ImageTableModel::removeImages(const QList<qint64> &ids)
{
    std::vector<int> rows;
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const bool oneRun = rows.back() - rows.front() + 1 == static_cast<int>(rows.size());
    // Views and the proxy rebuild on every removal: rows from all over go in one reset.
    if (oneRun)
        beginRemoveRows({}, rows.front(), rows.back());
    else
        beginResetModel();
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [&gone](const Row &row) { return gone.contains(row.id); }),
                 m_rows.end());
    m_idIndexDirty = true;
    for (Collation &collation : m_collations)
        collation.stale = true;
    if (oneRun)
        endRemoveRows();
    else
        endResetModel();
}
