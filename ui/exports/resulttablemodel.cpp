#include "ui/exports/resulttablemodel.h"

#include <algorithm>

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setRows(const QList<QStringList> &rowsWithHeader)
{
    beginResetModel();
    m_header = rowsWithHeader.isEmpty() ? QStringList() : rowsWithHeader.first();
    m_rows = rowsWithHeader.mid(1);
    m_columns = int(m_header.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void ResultTableModel::clear()
{
    setRows({});
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QStringList &row = m_rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_header.size() ? m_header.at(section) : QString::number(section + 1);
}
