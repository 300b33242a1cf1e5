#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

// The result table's sorting and filtering: one text filter per column, all of which a row must
// match, so "failed" typed over the result column no longer finds rules whose name says
// "failed". Sorting uses ResultTableModel::SortRole (severity by rank).
class ResultProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultProxyModel(QObject *parent = nullptr);

    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_filters.value(column); }
    void clearColumnFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_filters;
};
