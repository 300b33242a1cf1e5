#include "ui/images/imageproxymodel.h"

#include "ui/images/imagetablemodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace {

// A slice of filtering or of placing arrivals gives the event loop back after this long: well
// inside one frame, with room for the repaint that follows and for a core shared with other work.
constexpr int kSliceMs = 4;
constexpr int kSliceRows = 512;
// Arrivals are placed this many at a time between two looks at the clock.
constexpr std::ptrdiff_t kMergeRows = 256;

// `order` stably sorted by `keys` (indexed by source row): ties keep the order they had, as
// QSortFilterProxyModel's do.
std::vector<int> sortedBy(std::vector<int> order, const std::vector<qint64> &keys,
                          Qt::SortOrder direction)
{
    if (direction == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(),
                         [&](int left, int right) { return keys[size_t(left)] < keys[size_t(right)]; });
    else
        std::stable_sort(order.begin(), order.end(),
                         [&](int left, int right) { return keys[size_t(right)] < keys[size_t(left)]; });
    return order;
}

} // namespace

ImageProxyModel::ImageProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_sorter.setMaxThreadCount(1);
    m_filterSlices.setInterval(0);
    connect(&m_filterSlices, &QTimer::timeout, this, [this] { filterSlice(false); });
    m_replace.setSingleShot(true);
    m_replace.setInterval(0);
    connect(&m_replace, &QTimer::timeout, this, &ImageProxyModel::replaceChanged);
    m_arrivals.setSingleShot(true);
    m_arrivals.setInterval(100);
    connect(&m_arrivals, &QTimer::timeout, this, &ImageProxyModel::showArrivalsInSlices);
    m_arrivalSlices.setSingleShot(true);
    m_arrivalSlices.setInterval(0);
    connect(&m_arrivalSlices, &QTimer::timeout, this, &ImageProxyModel::showArrivalsInSlices);
}

ImageProxyModel::~ImageProxyModel()
{
    // A running sort posts its result to this object.
    ++m_sortJob;
    m_sorter.waitForDone();
}

void ImageProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_table = qobject_cast<ImageTableModel *>(source);
    if (source) {
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            reset();
            endResetModel();
        };
        // The table only resets, inserts and changes rows; anything else is followed by a reset.
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(source, &QAbstractItemModel::modelReset, this, end),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(source, &QAbstractItemModel::rowsRemoved, this, end),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(source, &QAbstractItemModel::rowsMoved, this, end),
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, begin),
            connect(source, &QAbstractItemModel::columnsInserted, this, end),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin),
            connect(source, &QAbstractItemModel::columnsRemoved, this, end),
            connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, begin),
            connect(source, &QAbstractItemModel::columnsMoved, this, end),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(source, &QAbstractItemModel::layoutChanged, this, end),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            onRowsInserted(first, last);
                    }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    &ImageProxyModel::onDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    reset();
    endResetModel();
}

void ImageProxyModel::reset()
{
    ++m_sortJob;
    m_sortPending = false;
    m_insertedSinceSort.clear();
    m_filterSlices.stop();
    m_filterCursor = -1;
    m_quickFilter = m_pendingFilter;
    // A reset empties the string pool, so remembered matches would point at other strings.
    m_poolMatches.clear();
    m_pendingPoolMatches.clear();
    m_pendingAccepted.clear();
    m_changed.clear();
    m_replace.stop();
    m_arrived.clear();
    m_arrivedShown.clear();
    m_mergedUnshown = false;
    m_arrivals.stop();
    m_arrivalSlices.stop();

    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_orderColumn = -1;
    m_orderOrder = Qt::AscendingOrder;
    if (m_table && m_sortColumn >= 0 && rows > 0) {
        m_order = sortedBy(std::move(m_order), m_table->sortKeys(m_sortColumn), m_sortOrder);
        m_orderColumn = m_sortColumn;
        m_orderOrder = m_sortOrder;
    }
    m_accepted.resize(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_accepted[size_t(row)] = accepts(row, m_quickFilter, m_poolMatches);
    m_shown.clear();
    for (int row : m_order) {
        if (m_accepted[size_t(row)])
            m_shown.push_back(row);
    }
    m_proxyRow.assign(size_t(rows), -1);
    for (size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow)
        m_proxyRow[size_t(m_shown[proxyRow])] = int(proxyRow);
}

QModelIndex ImageProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_shown.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ImageProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int ImageProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImageProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex ImageProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ImageProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant ImageProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

bool ImageProxyModel::isPending() const
{
    return m_sortPending || m_filterCursor >= 0 || !m_arrived.empty() || m_mergedUnshown;
}

bool ImageProxyModel::accepts(int sourceRow, const QString &needle,
                              std::vector<quint8> &poolMatches) const
{
    return !m_table || m_table->rowContains(sourceRow, needle, poolMatches);
}

bool ImageProxyModel::lessThan(int left, int right, int column, Qt::SortOrder order) const
{
    if (column < 0 || !m_table)
        return left < right;
    const int compared = m_table->compareRows(left, right, column);
    return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
}

void ImageProxyModel::mergeIntoOrder(std::vector<int> rows)
{
    if (rows.empty())
        return;
    const auto less = [this](int left, int right) {
        return lessThan(left, right, m_orderColumn, m_orderOrder);
    };
    std::stable_sort(rows.begin(), rows.end(), less);
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    auto from = m_order.cbegin();
    for (int row : rows) {
        // After the rows already there that tie with it, as they arrived first.
        const auto to = std::upper_bound(from, m_order.cend(), row, less);
        merged.insert(merged.end(), from, to);
        merged.push_back(row);
        from = to;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order.swap(merged);
}

void ImageProxyModel::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const auto shift = [&](std::vector<int> &rows) {
        for (int &row : rows) {
            if (row >= first)
                row += count;
        }
    };
    shift(m_order);
    shift(m_shown);
    shift(m_changed);
    shift(m_arrived);
    shift(m_arrivedShown);
    m_proxyRow.insert(m_proxyRow.begin() + first, size_t(count), -1);
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    std::vector<int> added;
    std::vector<int> shownAdded;
    for (int row = first; row <= last; ++row) {
        added.push_back(row);
        m_accepted[size_t(row)] = accepts(row, m_quickFilter, m_poolMatches);
        if (m_accepted[size_t(row)])
            shownAdded.push_back(row);
    }
    if (m_filterCursor >= 0) {
        m_pendingAccepted.insert(m_pendingAccepted.begin() + first, size_t(count), 0);
        for (int row = first; row <= last; ++row)
            m_pendingAccepted[size_t(row)] = accepts(row, m_pendingFilter, m_pendingPoolMatches);
        if (m_filterCursor >= first)
            m_filterCursor += count;
    }
    if (m_sortPending)
        m_insertedSinceSort.emplace_back(first, count);
    m_arrived.insert(m_arrived.end(), added.cbegin(), added.cend());
    m_arrivedShown.insert(m_arrivedShown.end(), shownAdded.cbegin(), shownAdded.cend());
    if (int(m_accepted.size()) <= m_synchronousLimit)
        showArrivedRows();
    else if (!m_arrivals.isActive())
        m_arrivals.start();
}

void ImageProxyModel::takeArrivals()
{
    m_arrivals.stop();
    m_arrivalSlices.stop();
    m_arrivedShown.clear();
    m_mergedUnshown = false;
    std::vector<int> arrived;
    arrived.swap(m_arrived);
    mergeIntoOrder(std::move(arrived));
}

void ImageProxyModel::showArrivalsInSlices()
{
    // Thousands of rows placed into a sorted 100,000 at once held the UI thread for longer than
    // a frame; a slice at a time, the view only changes once, when all are placed.
    QElapsedTimer slice;
    slice.start();
    while (!m_arrived.empty() && slice.elapsed() < kSliceMs) {
        const auto end = m_arrived.begin() + std::min<std::ptrdiff_t>(kMergeRows, std::ptrdiff_t(m_arrived.size()));
        std::vector<int> rows(m_arrived.begin(), end);
        m_arrived.erase(m_arrived.begin(), end);
        mergeIntoOrder(std::move(rows));
        m_mergedUnshown = true;
    }
    if (!m_arrived.empty()) {
        m_arrivalSlices.start();
        return;
    }
    showArrivedRows();
}

void ImageProxyModel::showArrivedRows()
{
    if (m_arrived.empty() && !m_mergedUnshown)
        return;
    std::vector<int> shown;
    shown.swap(m_arrivedShown);
    takeArrivals();
    showRows(shown);
}

void ImageProxyModel::showRows(const std::vector<int> &inserted)
{
    std::vector<int> shown;
    shown.reserve(m_shown.size() + inserted.size());
    for (int row : m_order) {
        if (m_accepted[size_t(row)])
            shown.push_back(row);
    }
    const auto placeAll = [this] {
        m_proxyRow.assign(m_accepted.size(), -1);
        for (size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow)
            m_proxyRow[size_t(m_shown[proxyRow])] = int(proxyRow);
    };
    if (shown == m_shown) {
        placeAll();
        return;
    }
    // Rows that only arrived, next to each other: an insertion, which views handle cheaply.
    if (!inserted.empty() && shown.size() == m_shown.size() + inserted.size()) {
        std::vector<quint8> isNew(m_accepted.size(), 0);
        for (int row : inserted)
            isNew[size_t(row)] = 1;
        int first = -1;
        int last = -1;
        for (size_t proxyRow = 0; proxyRow < shown.size(); ++proxyRow) {
            if (isNew[size_t(shown[proxyRow])]) {
                first = first < 0 ? int(proxyRow) : first;
                last = int(proxyRow);
            }
        }
        if (last - first + 1 == int(inserted.size())) {
            beginInsertRows({}, first, last);
            m_shown.swap(shown);
            placeAll();
            endInsertRows();
            return;
        }
    }
    // Anything else in one layout change: with a view on 100,000 rows, a removal or insertion
    // per run of rows costs far more than rebuilding the order. The selection follows its rows.
    // Only rows move, so views keep their columns as they are and track one index per row.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(m_shown[size_t(index.row())]);
    m_shown.swap(shown);
    placeAll();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_proxyRow[size_t(sources[size_t(i)])];
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ImageProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_table || column < 0) {
        ++m_sortJob;
        m_sortPending = false;
        takeArrivals();
        std::sort(m_order.begin(), m_order.end());
        m_orderColumn = -1;
        showRows();
        if (!isPending())
            emit arranged();
        return;
    }
    startSort();
}

void ImageProxyModel::startSort()
{
    const quint64 job = ++m_sortJob;
    // Rows waiting to be shown are sorted with the rest; later ones are placed in applySort().
    takeArrivals();
    m_insertedSinceSort.clear();
    std::function<std::vector<qint64>()> keys = m_table->sortKeysJob(m_sortColumn);
    const Qt::SortOrder order = m_sortOrder;
    if (int(m_order.size()) <= m_synchronousLimit) {
        applySort(job, sortedBy(m_order, keys(), order));
        return;
    }
    m_sortPending = true;
    // Ties keep the order shown, so the sort starts from it.
    m_sorter.start([this, job, keys, base = m_order, order] {
        std::vector<int> sorted = sortedBy(base, keys(), order);
        QMetaObject::invokeMethod(
            this, [this, job, sorted] { applySort(job, sorted); }, Qt::QueuedConnection);
    });
}

void ImageProxyModel::applySort(quint64 job, std::vector<int> order)
{
    if (job != m_sortJob)
        return;
    m_sortPending = false;
    // Rows that arrived meanwhile: the sorted ones moved up past them, and they are placed now.
    std::vector<int> arrived;
    if (!m_insertedSinceSort.empty()) {
        for (int &row : order) {
            for (const auto &[first, count] : m_insertedSinceSort) {
                if (row >= first)
                    row += count;
            }
        }
        std::vector<quint8> sorted(m_accepted.size(), 0);
        for (int row : order)
            sorted[size_t(row)] = 1;
        for (size_t row = 0; row < sorted.size(); ++row) {
            if (!sorted[row])
                arrived.push_back(int(row));
        }
        m_insertedSinceSort.clear();
    }
    // Rows waiting to be shown arrived during the sort, so they are placed with those.
    m_arrivals.stop();
    m_arrivalSlices.stop();
    m_arrived.clear();
    m_arrivedShown.clear();
    m_mergedUnshown = false;
    m_order = std::move(order);
    m_orderColumn = m_sortColumn;
    m_orderOrder = m_sortOrder;
    mergeIntoOrder(std::move(arrived));
    if (m_changed.empty())
        showRows();
    else
        replaceChanged();
    if (!isPending())
        emit arranged();
}

void ImageProxyModel::setQuickFilter(const QString &text)
{
    if (text == m_pendingFilter)
        return;
    m_pendingFilter = text;
    m_pendingPoolMatches.clear();
    m_pendingAccepted.assign(m_accepted.size(), 0);
    m_filterCursor = 0;
    if (int(m_accepted.size()) <= m_synchronousLimit)
        filterSlice(true);
    else
        m_filterSlices.start();
}

void ImageProxyModel::filterSlice(bool toTheEnd)
{
    QElapsedTimer timer;
    timer.start();
    const int rows = int(m_pendingAccepted.size());
    while (m_filterCursor < rows) {
        const int end = std::min(rows, m_filterCursor + kSliceRows);
        for (int row = m_filterCursor; row < end; ++row)
            m_pendingAccepted[size_t(row)] = accepts(row, m_pendingFilter, m_pendingPoolMatches);
        m_filterCursor = end;
        if (!toTheEnd && m_filterCursor < rows && timer.elapsed() >= kSliceMs)
            return;
    }
    m_filterSlices.stop();
    m_filterCursor = -1;
    m_quickFilter = m_pendingFilter;
    m_accepted.swap(m_pendingAccepted);
    m_poolMatches.swap(m_pendingPoolMatches);
    m_pendingAccepted = {};
    m_pendingPoolMatches = {};
    takeArrivals();
    showRows();
    if (!isPending())
        emit arranged();
}

void ImageProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = m_proxyRow[size_t(row)];
        if (shown >= 0)
            emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()));
        m_changed.push_back(row);
    }
    // Newer data can move a row or pass it through the filter; placed once per batch of
    // changes, as updates come a row at a time.
    if (int(m_accepted.size()) <= m_synchronousLimit)
        replaceChanged();
    else
        m_replace.start();
}

void ImageProxyModel::replaceChanged()
{
    if (m_changed.empty())
        return;
    takeArrivals();
    std::vector<int> changed;
    changed.swap(m_changed);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    std::vector<quint8> moving(m_accepted.size(), 0);
    for (int row : changed) {
        moving[size_t(row)] = 1;
        m_accepted[size_t(row)] = accepts(row, m_quickFilter, m_poolMatches);
        if (m_filterCursor > row)
            m_pendingAccepted[size_t(row)] = accepts(row, m_pendingFilter, m_pendingPoolMatches);
    }
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [&](int row) { return moving[size_t(row)] != 0; }),
                  m_order.end());
    mergeIntoOrder(changed);
    // A sort under way read the old data; it places these rows again once it is applied.
    if (m_sortPending)
        m_changed = changed;
    showRows();
}
