#pragma once

#include <QSortFilterProxyModel>

#include <vector>

class ImageTableModel;

// Sorting and the quick text filter over the image table. The filter looks at the columns an
// analyst types into it (names, tags, states, ids) and skips formatted numbers and times,
// which would cost most of the time on large lists and never be what was meant. Over an
// ImageTableModel both work on its compact rows rather than on QVariant data, so 100,000 rows
// sort and filter without stalling the UI.
class ImageProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Case-insensitive text the shown rows must contain in one of the text columns.
    void setQuickFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ImageTableModel *m_table = nullptr;
    QMetaObject::Connection m_resetConnection;
    QString m_quickFilter;
    // Per pooled string of the table, whether it matched m_quickFilter (see rowContains).
    mutable std::vector<quint8> m_poolMatches;
    // Per source row, the key of the sorted column, only while sort() or setQuickFilter()
    // runs: rows that arrive later are placed through compareRows.
    std::vector<qint64> m_sortKeys;
};
