#include "ui/exports/resultproxymodel.h"

#include "ui/exports/resulttablemodel.h"

ResultProxyModel::ResultProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResultProxyModel::setColumnFilter(int column, const QString &text)
{
    if (m_filters.value(column) == text)
        return;
    if (text.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, text);
    invalidateRowsFilter();
}

void ResultProxyModel::clearColumnFilters()
{
    if (m_filters.isEmpty())
        return;
    m_filters.clear();
    invalidateRowsFilter();
}

bool ResultProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QModelIndex cell = sourceModel()->index(sourceRow, it.key(), sourceParent);
        if (!cell.data().toString().contains(it.value(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}
