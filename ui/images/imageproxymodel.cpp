#include "ui/images/imageproxymodel.h"

#include "ui/images/imagetablemodel.h"

ImageProxyModel::ImageProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageTableModel::SortRole);
    setSortLocaleAware(true);
}

void ImageProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    disconnect(m_resetConnection);
    m_table = qobject_cast<ImageTableModel *>(source);
    m_poolMatches.clear();
    // A reset empties the string pool, so remembered matches would point at other strings.
    if (m_table)
        m_resetConnection = connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                                    [this] { m_poolMatches.clear(); });
    QSortFilterProxyModel::setSourceModel(source);
}

void ImageProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_table && column >= 0)
        m_sortKeys = m_table->sortKeys(column);
    QSortFilterProxyModel::sort(column, order);
    m_sortKeys = {};
}

void ImageProxyModel::setQuickFilter(const QString &text)
{
    if (text == m_quickFilter)
        return;
    m_quickFilter = text;
    m_poolMatches.clear();
    // The sorted column's keys serve the re-sort of the rows that now pass.
    if (m_table && sortColumn() >= 0)
        m_sortKeys = m_table->sortKeys(sortColumn());
    // One layout change instead of a removal or insertion per run of rows: with a view on
    // 100,000 rows those signals cost far more than filtering itself.
    invalidate();
    m_sortKeys = {};
}

bool ImageProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_table || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return m_table->rowContains(sourceRow, m_quickFilter, m_poolMatches);
}

bool ImageProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table || left.model() != m_table || right.model() != m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    if (!m_sortKeys.empty())
        return m_sortKeys[static_cast<size_t>(left.row())]
            < m_sortKeys[static_cast<size_t>(right.row())];
    return m_table->compareRows(left.row(), right.row(), left.column()) < 0;
}
