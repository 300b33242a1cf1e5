#include "ui/exports/resulttablemodel.h"

#include "app/results/severity.h"

#include <algorithm>

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setRows(const QList<QStringList> &rowsWithHeader)
{
    const QStringList header = rowsWithHeader.value(0);
    const QList<QStringList> rows = rowsWithHeader.mid(1);
    setRows(header, rows, Severity::columns(header, rows));
}

void ResultTableModel::setRows(QStringList header, QList<QStringList> rows, QList<int> severityColumns)
{
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    m_severityColumns = std::move(severityColumns);
    m_columns = int(m_header.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void ResultTableModel::clear()
{
    setRows({}, {}, {});
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
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole))
        return {};
    const QStringList &row = m_rows.at(index.row());
    const QString text = row.value(index.column());
    if (role == SortRole && isSeverityColumn(index.column()))
        return Severity::rank(text);
    return text;
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section < m_header.size() ? m_header.at(section) : QString::number(section + 1);
}
