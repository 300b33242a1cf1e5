#include "app/images/scanstatuspoller.h"

#include "app/api/apienums.h"
#include "app/base/logging.h"
#include "app/images/imagelistloader.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

ScanStatusPoller::ScanStatusPoller(HssClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new ImageListLoader(client, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScanStatusPoller::poll);
    connect(m_loader, &ImageListLoader::pageLoaded, this,
            [this](qint64, const QList<ImageInfo> &images) {
                for (const ImageInfo &image : images) {
                    if (m_pending.contains(image.id))
                        m_seen.append(image);
                }
            });
    connect(m_loader, &ImageListLoader::finished, this, &ScanStatusPoller::listNext);
    connect(m_loader, &ImageListLoader::failed, this, [this](const HssError &error) {
        stop();
        emit failed(error);
    });
}

void ScanStatusPoller::start(const QList<ImageFilter> &filters, const QSet<qint64> &ids)
{
    stop();
    m_filters = filters;
    m_sinceMs = QDateTime::currentMSecsSinceEpoch() - m_marginMs;
    m_pending = ids;
    m_polls = 0;
    m_running = !filters.isEmpty() && !ids.isEmpty();
    if (!m_running) {
        emit finished();
        return;
    }
    m_timer.start(delayForPoll(0));
}

void ScanStatusPoller::stop()
{
    m_timer.stop();
    m_loader->cancel();
    m_running = false;
}

int ScanStatusPoller::delayForPoll(int poll) const
{
    qint64 delay = m_initialDelayMs;
    for (int i = 0; i < poll && delay < m_maxDelayMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, m_maxDelayMs));
}

void ScanStatusPoller::poll()
{
    ++m_polls;
    m_seen.clear();
    m_filterIndex = 0;
    m_round = m_polls == 1 ? m_filters : finishedSince(m_filters, m_sinceMs);
    qCDebug(lcTasks) << "scan poll" << m_polls << "for" << m_pending.size() << "images";
    m_loader->start(m_round.at(m_filterIndex));
}

void ScanStatusPoller::listNext()
{
    if (!m_running)
        return;
    ++m_filterIndex;
    if (m_filterIndex < m_round.size()) {
        m_loader->start(m_round.at(m_filterIndex));
        return;
    }
    endRound();
}

void ScanStatusPoller::endRound()
{
    const QStringList finalStates = ApiEnums::finalScanStatuses();
    if (m_polls == 1) {
        // An image the first round did not list was deleted meanwhile: nothing to wait for.
        QSet<qint64> listed;
        for (const ImageInfo &image : std::as_const(m_seen))
            listed.insert(image.id);
        m_pending.intersect(listed);
    }
    // Later rounds list only finished scans; an image they do not list is still under way.
    for (const ImageInfo &image : std::as_const(m_seen)) {
        if (finalStates.contains(image.scanStatus))
            m_pending.remove(image.id);
    }
    emit imagesUpdated(m_seen);
    if (!m_running)
        return;
    if (m_pending.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    if (m_polls >= m_maxPolls) {
        m_running = false;
        emit gaveUp(m_pending);
        return;
    }
    m_timer.start(delayForPoll(m_polls));
}

QList<ImageFilter> ScanStatusPoller::finishedSince(const QList<ImageFilter> &filters,
                                                   qint64 sinceMs)
{
    QList<ImageFilter> result;
    for (const ImageFilter &filter : filters) {
        ImageFilter finished;
        finished.imageType = filter.imageType;
        finished.instanceId = filter.instanceId;
        finished.instanceName = filter.instanceName;
        finished.startLatestScanTime = std::max<qint64>(0, sinceMs);
        if (!result.contains(finished))
            result.append(finished);
    }
    return result;
}

ImageFilter ScanStatusPoller::stableFilter(const ImageFilter &filter)
{
    ImageFilter stable = filter;
    stable.scanStatus.clear();
    stable.startLatestScanTime.reset();
    stable.endLatestScanTime.reset();
    stable.hasVul.reset();
    stable.hasMaliciousFile.reset();
    stable.hasUnsafeSetting.reset();
    return stable;
}

QList<ImageFilter> ScanStatusPoller::narrowFilters(const ImageFilter &broad,
                                                   const QList<ImageInfo> &images, int maxFilters)
{
    QMap<QPair<QString, QString>, QSet<QString>> tagsByName;
    for (const ImageInfo &image : images)
        tagsByName[{image.namespaceName, image.imageName}].insert(image.imageVersion);
    if (tagsByName.size() > maxFilters)
        return {stableFilter(broad)};

    QList<ImageFilter> filters;
    for (auto it = tagsByName.cbegin(); it != tagsByName.cend(); ++it) {
        ImageFilter f;
        f.imageType = broad.imageType;
        f.instanceId = broad.instanceId;
        f.instanceName = broad.instanceName;
        f.namespaceName = it.key().first;
        f.imageName = it.key().second;
        if (it.value().size() == 1)
            f.imageVersion = *it.value().cbegin();
        filters.append(f);
    }
    return filters;
}
