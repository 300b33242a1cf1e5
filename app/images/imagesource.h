#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/images/inventoryrefresher.h"
#include "app/net/hsserror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

class HssClient;
class InventoryWorker;

// The image list as the window sees it: first the rows stored for a filter, at once and
// without a call, then a refresh in the background that stores and reports what changed.
// A filter listed before is refreshed incrementally (only rows whose update or scan time
// moved); one never listed, or whose last full listing is older than fullRefreshAge, is
// listed in full, which also removes the rows that disappeared.
class ImageSource : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        ReadingStore,
        Refreshing,
        Refreshed,
        RefreshFailed,
    };
    Q_ENUM(State)

    static constexpr qint64 DefaultFullRefreshAgeMs = 24LL * 60 * 60 * 1000;
    // Stored rows arrive in batches this big: small enough for a frame of the receiver.
    static constexpr int DefaultBatchSize = 500;

    // `databasePath` empty: no store, every load lists in full (as without an inventory).
    ImageSource(HssClient *client, const QString &databasePath, QObject *parent = nullptr);
    ~ImageSource() override;

    void setFullRefreshAgeMs(qint64 ms) { m_fullRefreshAgeMs = ms; }
    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }
    // For the full-refresh age only; what goes to the service is always the real time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    InventoryRefresher *refresher() const { return m_refresher; }

    // Shows what is stored for `filter`, then refreshes it. Restarting drops the earlier load.
    void load(const ImageFilter &filter);
    // Refreshes the current filter again (incremental or full by the same rule).
    void refresh();
    void cancel();
    // Rows the service sent elsewhere (the scan follow-up): stored, and reported when they
    // match the filter.
    void remember(const QList<ImageInfo> &images);

    const ImageFilter &filter() const { return m_filter; }
    State state() const { return m_state; }
    bool hasStore() const { return m_hasStore; }
    // Up to when the rows shown are known to be complete; invalid: nothing stored for the filter.
    QDateTime asOf() const { return m_asOf; }
    // One line for a status bar: where the rows come from and how old they are.
    QString statusText() const;

signals:
    void storedRowsLoaded(const QList<ImageInfo> &images);
    // The stored answer is complete; asOf invalid when the filter was never listed to the end.
    void storedRowsFinished(qint64 count, const QDateTime &asOf);
    void refreshStarted(InventoryRefresher::Kind kind);
    // Rows from the service that match the filter: new ones, or newer states of shown ones.
    void rowsChanged(const QList<ImageInfo> &images);
    // Rows that no longer match the filter, or are gone from the service.
    void rowsRemoved(const QList<qint64> &ids);
    void refreshed(const QDateTime &asOf);
    void refreshFailed(const HssError &error);
    void canceled();
    void stateChanged();
    // The store was set aside or cannot be used; the list still works, from the service.
    void inventoryProblem(const QString &message);

private:
    void onOpened(bool usable, const QString &problem);
    void onRowsRead(quint64 generation, const QList<ImageInfo> &images);
    void onReadFinished(quint64 generation, qint64 count, const QDateTime &baseAt,
                        const QDateTime &asOf);
    void deliverStoredRows();
    void finishRead(qint64 count, const QDateTime &baseAt, const QDateTime &asOf);
    void take(const QList<ImageInfo> &images, const QDateTime &seenAt);
    void onRefreshFinished();
    void onStoreFinished(quint64 generation, const QList<qint64> &removed, const QDateTime &asOf);
    void startRefresh();
    void stopRefresh();
    void setState(State state);
    QDateTime now() const;

    InventoryRefresher *m_refresher;
    QThread m_thread;
    InventoryWorker *m_worker = nullptr;
    std::function<QDateTime()> m_clock;
    ImageFilter m_filter;
    QDateTime m_baseAt;
    QDateTime m_asOf;
    qint64 m_fullRefreshAgeMs = DefaultFullRefreshAgeMs;
    int m_batchSize = DefaultBatchSize;
    quint64 m_generation = 0;
    // Stored rows read but not handed on yet, and the end of that read: the worker reads far
    // faster than a view takes rows, so batches are handed on one per event-loop turn.
    struct StoredEnd
    {
        quint64 generation;
        qint64 count;
        QDateTime baseAt;
        QDateTime asOf;
    };
    QList<std::pair<quint64, QList<ImageInfo>>> m_storedRows;
    std::optional<StoredEnd> m_storedEnd;
    QTimer m_storedPace;
    State m_state = State::Idle;
    InventoryRefresher::Kind m_refreshKind = InventoryRefresher::Kind::Full;
    bool m_hasStore = false;
};
