#include "app/images/imagesource.h"

#include "app/base/logging.h"
#include "app/images/imageinventory.h"
#include "app/images/inventoryworker.h"

#include <QLocale>
#include <QSignalBlocker>

#include <utility>

ImageSource::ImageSource(HssClient *client, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_refresher(new InventoryRefresher(client, this))
{
    connect(m_refresher, &InventoryRefresher::pageFetched, this,
            [this](const QList<ImageInfo> &images) { take(images, m_refresher->startedAt()); });
    connect(m_refresher, &InventoryRefresher::finished, this, &ImageSource::onRefreshFinished);
    m_storedPace.setSingleShot(true);
    m_storedPace.setInterval(0);
    connect(&m_storedPace, &QTimer::timeout, this, &ImageSource::deliverStoredRows);
    connect(m_refresher, &InventoryRefresher::failed, this, [this](const HssError &error) {
        setState(State::RefreshFailed);
        emit refreshFailed(error);
    });
    connect(m_refresher, &InventoryRefresher::canceled, this, [this] {
        setState(State::Idle);
        emit canceled();
    });
    if (databasePath.isEmpty())
        return;

    m_thread.setObjectName(QStringLiteral("image inventory"));
    m_worker = new InventoryWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &InventoryWorker::opened, this, &ImageSource::onOpened);
    connect(m_worker, &InventoryWorker::rowsRead, this, &ImageSource::onRowsRead);
    connect(m_worker, &InventoryWorker::readFinished, this, &ImageSource::onReadFinished);
    connect(m_worker, &InventoryWorker::fullFinished, this, &ImageSource::onStoreFinished);
    connect(m_worker, &InventoryWorker::incrementalFinished, this,
            [this](quint64 generation, const QDateTime &asOf) {
                onStoreFinished(generation, {}, asOf);
            });
    m_thread.start();
    m_hasStore = true; // until the worker says otherwise; loads queue behind the opening
    QMetaObject::invokeMethod(m_worker, &InventoryWorker::open);
}

ImageSource::~ImageSource()
{
    stopRefresh();
    if (!m_worker)
        return;
    // The connection is closed in its own thread, and before the thread's loop ends: a queued
    // call could be left unrun once quit() is posted. A read under way stops at its next batch.
    m_worker->setGeneration(0);
    QMetaObject::invokeMethod(m_worker, &InventoryWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QDateTime ImageSource::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ImageSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void ImageSource::onOpened(bool usable, const QString &problem)
{
    m_hasStore = usable;
    if (!problem.isEmpty())
        emit inventoryProblem(problem);
}

void ImageSource::stopRefresh()
{
    // A restart is not a cancellation the window should hear about.
    const QSignalBlocker quiet(m_refresher);
    m_refresher->cancel();
}

void ImageSource::load(const ImageFilter &filter)
{
    stopRefresh();
    ++m_generation;
    m_filter = filter;
    m_baseAt = {};
    m_asOf = {};
    if (!m_worker) {
        emit storedRowsFinished(0, {});
        startRefresh();
        return;
    }
    setState(State::ReadingStore);
    m_worker->setGeneration(m_generation);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation, filter,
                                         batch = m_batchSize] {
        worker->read(generation, filter, batch);
    });
}

void ImageSource::onRowsRead(quint64 generation, const QList<ImageInfo> &images)
{
    if (generation != m_generation)
        return;
    // Batches queued behind each other were all delivered in one go, holding the UI thread for
    // many frames while a long list opened.
    m_storedRows.append({generation, images});
    if (!m_storedPace.isActive())
        m_storedPace.start();
}

void ImageSource::onReadFinished(quint64 generation, qint64 count, const QDateTime &baseAt,
                                 const QDateTime &asOf)
{
    if (generation != m_generation)
        return;
    if (!m_storedRows.isEmpty()) {
        m_storedEnd = StoredEnd{generation, count, baseAt, asOf};
        return;
    }
    finishRead(count, baseAt, asOf);
}

void ImageSource::deliverStoredRows()
{
    while (!m_storedRows.isEmpty() && m_storedRows.constFirst().first != m_generation)
        m_storedRows.removeFirst();
    if (!m_storedRows.isEmpty())
        emit storedRowsLoaded(m_storedRows.takeFirst().second);
    if (!m_storedRows.isEmpty()) {
        m_storedPace.start();
        return;
    }
    if (!m_storedEnd)
        return;
    const StoredEnd end = *std::exchange(m_storedEnd, std::nullopt);
    if (end.generation == m_generation)
        finishRead(end.count, end.baseAt, end.asOf);
}

void ImageSource::finishRead(qint64 count, const QDateTime &baseAt, const QDateTime &asOf)
{
    m_baseAt = baseAt;
    m_asOf = asOf;
    emit storedRowsFinished(count, asOf);
    startRefresh();
}

void ImageSource::refresh()
{
    if (m_state == State::ReadingStore)
        return; // the refresh follows the read anyway
    stopRefresh();
    ++m_generation;
    startRefresh();
}

void ImageSource::cancel()
{
    ++m_generation;
    if (m_refresher->isRunning()) {
        m_refresher->cancel();
        return;
    }
    if (m_state == State::ReadingStore) {
        setState(State::Idle);
        emit canceled();
    }
}

void ImageSource::startRefresh()
{
    const bool full = !m_hasStore || !m_baseAt.isValid() || !m_asOf.isValid()
        || m_baseAt.msecsTo(now()) > m_fullRefreshAgeMs;
    m_refreshKind = full ? InventoryRefresher::Kind::Full : InventoryRefresher::Kind::Incremental;
    setState(State::Refreshing);
    emit refreshStarted(m_refreshKind);
    if (full)
        m_refresher->startFull(m_filter);
    else
        m_refresher->startIncremental(m_filter.imageType, m_asOf);
}

void ImageSource::remember(const QList<ImageInfo> &images)
{
    take(images, QDateTime::currentDateTimeUtc());
}

void ImageSource::take(const QList<ImageInfo> &images, const QDateTime &seenAt)
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, images, seenAt] {
            worker->store(images, seenAt);
        });
    }
    QList<ImageInfo> matching;
    QList<qint64> leaving;
    for (const ImageInfo &image : images) {
        if (ImageInventory::matches(image, m_filter))
            matching.append(image);
        else
            leaving.append(image.id);
    }
    if (!matching.isEmpty())
        emit rowsChanged(matching);
    if (!leaving.isEmpty())
        emit rowsRemoved(leaving);
}

void ImageSource::onRefreshFinished()
{
    const QDateTime startedAt = m_refresher->startedAt();
    if (!m_worker) {
        onStoreFinished(m_generation, {}, startedAt);
        return;
    }
    // Queued behind the pages' writes, so it runs once they are stored.
    if (m_refreshKind == InventoryRefresher::Kind::Full) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation,
                                             filter = m_filter, startedAt] {
            worker->finishFull(generation, filter, startedAt);
        });
    } else {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation,
                                             type = m_filter.imageType, since = m_refresher->since(),
                                             startedAt] {
            worker->finishIncremental(generation, type, since, startedAt);
        });
    }
}

void ImageSource::onStoreFinished(quint64 generation, const QList<qint64> &removed,
                                  const QDateTime &asOf)
{
    if (generation != m_generation)
        return;
    if (m_refreshKind == InventoryRefresher::Kind::Full)
        m_baseAt = asOf;
    m_asOf = asOf;
    if (!removed.isEmpty())
        emit rowsRemoved(removed);
    setState(State::Refreshed);
    emit refreshed(asOf);
}

QString ImageSource::statusText() const
{
    const auto when = [](const QDateTime &time) {
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    switch (m_state) {
    case State::Idle:
        return {};
    case State::ReadingStore:
        return tr("Reading the stored image list…");
    case State::Refreshing:
        if (!m_asOf.isValid())
            return tr("Listing every image of the filter…");
        if (m_refreshKind == InventoryRefresher::Kind::Full)
            return tr("Showing the stored list of %1; listing every image again…").arg(when(m_asOf));
        return tr("Showing the stored list of %1; fetching what changed since…").arg(when(m_asOf));
    case State::Refreshed:
        return tr("Up to date: refreshed at %1.").arg(when(m_asOf));
    case State::RefreshFailed:
        if (!m_asOf.isValid())
            return tr("The list could not be fetched, and nothing is stored for this filter.");
        return tr("Refresh failed; showing the stored list of %1.").arg(when(m_asOf));
    }
    return {};
}
