#pragma once

#include <QAbstractProxyModel>
#include <QThreadPool>
#include <QTimer>

#include <vector>

class ImageTableModel;

// Sorting and the quick text filter over the image table, without freezing the window on
// hundreds of thousands of rows. The rows shown are an order of all source rows (by the sorted
// column) less those the quick filter rejects; a new order is sorted by a worker thread from a
// copy of the column's keys, a new filter is matched in slices between events, and either
// result then replaces the rows in one layout change that keeps the selection. Up to
// synchronousLimit() rows both finish before sort() or setQuickFilter() return. Arriving
// rows are placed in the order and through the filter shown: at once up to
// synchronousLimit() rows, beyond that gathered and shown together every 100 ms at most, as a
// view re-lays out and repaints all it shows for every change.
//
// The filter looks at the columns an analyst types into it (names, tags, states, ids) and skips
// formatted numbers and times, which would cost most of the time on large lists and never be
// what was meant. Over another source model than ImageTableModel, rows are shown as they are.
class ImageProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ImageProxyModel(QObject *parent = nullptr);
    ~ImageProxyModel() override;

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // What was asked for last, even while it is still being sorted.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Case-insensitive text the shown rows must contain in one of the text columns.
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_pendingFilter; }

    int synchronousLimit() const { return m_synchronousLimit; }
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }
    // Whether a sort, a filter or arrived rows have not been applied yet.
    bool isPending() const;
    // Shows the rows that arrived without waiting for the next batch, e.g. to select them.
    void showArrivedRows();

signals:
    // A sort or quick filter asked for has been applied to the rows shown.
    void arranged();

private:
    void reset();
    void onRowsInserted(int first, int last);
    // Merges the rows that arrived since the last change shown into m_order.
    void takeArrivals();
    // Merges arrivals for one slice of a frame; shows them all once none is left.
    void showArrivalsInSlices();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void replaceChanged();
    bool lessThan(int left, int right, int column, Qt::SortOrder order) const;
    // `rows`, sorted by the order shown, merged into m_order.
    void mergeIntoOrder(std::vector<int> rows);
    void startSort();
    void applySort(quint64 job, std::vector<int> order);
    // Matches the pending filter against the next rows; to the end, or for about one frame.
    void filterSlice(bool toTheEnd);
    // Shows m_order less the rejected rows, in one layout change (or one insertion).
    void showRows(const std::vector<int> &inserted = {});
    bool accepts(int sourceRow, const QString &needle, std::vector<quint8> &poolMatches) const;

    ImageTableModel *m_table = nullptr;
    QList<QMetaObject::Connection> m_connections;
    int m_synchronousLimit = 20000;

    // Every source row in the order shown, the rows of it that pass the filter, and the way back.
    std::vector<int> m_order;
    std::vector<quint8> m_accepted; // per source row
    std::vector<int> m_shown;       // proxy row -> source row
    std::vector<int> m_proxyRow;    // source row -> proxy row, -1 when filtered out

    int m_sortColumn = -1; // asked for
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_orderColumn = -1; // what m_order is sorted by
    Qt::SortOrder m_orderOrder = Qt::AscendingOrder;
    quint64 m_sortJob = 0;
    bool m_sortPending = false;
    // Source rows inserted while a sort job runs: (first, count), to map its result.
    std::vector<std::pair<int, int>> m_insertedSinceSort;
    QThreadPool m_sorter;

    QString m_quickFilter; // applied
    // Per pooled string of the table, whether it matched m_quickFilter (see rowContains).
    std::vector<quint8> m_poolMatches;
    QString m_pendingFilter; // asked for; m_quickFilter while no filter job runs
    std::vector<quint8> m_pendingPoolMatches;
    std::vector<quint8> m_pendingAccepted;
    int m_filterCursor = -1; // next source row the filter job matches, -1 when none runs
    QTimer m_filterSlices;

    std::vector<int> m_changed; // source rows whose data changed, to place again
    QTimer m_replace;

    // Source rows arrived but not merged into m_order yet, the accepted arrivals not shown yet,
    // and whether some of those were merged already.
    std::vector<int> m_arrived;
    std::vector<int> m_arrivedShown;
    bool m_mergedUnshown = false;
    QTimer m_arrivals;
    QTimer m_arrivalSlices;
};
