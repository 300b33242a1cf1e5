#include "imageproxymodel.h"

#include "imagetablemodel.h"

namespace {

constexpr int kTextColumns[] = {
    ImageTableModel::NamespaceColumn,    ImageTableModel::ImageNameColumn,
    ImageTableModel::ImageVersionColumn, ImageTableModel::ScanStatusColumn,
    ImageTableModel::ScanFailedColumn,   ImageTableModel::ImageTypeColumn,
    ImageTableModel::ImageIdColumn,      ImageTableModel::ImageDigestColumn,
    ImageTableModel::DomainNameColumn,   ImageTableModel::InstanceNameColumn,
    ImageTableModel::InstanceIdColumn,
};

} // namespace

ImageProxyModel::ImageProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool ImageProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QRegularExpression pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (int column : kTextColumns) {
        const QString text = source->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(pattern))
            return true;
    }
    return false;
}
