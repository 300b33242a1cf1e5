#include "app/images/imagelistloader.h"

#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/base/logging.h"
#include "app/net/hssclient.h"

#include <algorithm>

namespace {

// A request whose budget slot is at most this far away is worth starting now.
constexpr qint64 kSoonMs = 1000;

} // namespace

ImageListLoader::ImageListLoader(HssClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ImageListLoader::~ImageListLoader()
{
    abortAll();
}

void ImageListLoader::setMaxInFlight(int requests)
{
    m_maxInFlight = std::max(1, requests);
}

void ImageListLoader::setPageSize(int limit)
{
    m_pageSize = std::clamp(limit, ApiEnums::MinLimit, ApiEnums::MaxLimit);
}

void ImageListLoader::start(const ImageFilter &filter)
{
    abortAll();
    ++m_generation;
    m_filter = filter;
    m_total = -1;
    m_nextOffset = 0;
    m_loaded = 0;
    m_running = true;
    // One page first: its total_num decides how many more there are.
    request(m_nextOffset);
    m_nextOffset += m_pageSize;
}

void ImageListLoader::cancel()
{
    if (!m_running)
        return;
    abortAll();
    ++m_generation;
    m_running = false;
    emit canceled();
}

void ImageListLoader::abortAll()
{
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<PageReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}

void ImageListLoader::request(qint64 offset)
{
    ListSwrImageRepositoryRequest query;
    query.filter = m_filter;
    query.offset = offset;
    query.limit = m_pageSize;
    auto *reply = m_client->send(query);
    m_replies.append(reply);
    connect(reply, &HssReply::finished, this,
            [this, reply, offset] { onReplyFinished(reply, offset); });
    connect(reply, &HssReply::waitingForBudget, this, [this](int delayMs) {
        emit waitingForBudget(delayMs, std::max<qint64>(delayMs, estimatedRemainingMs()));
    });
}

qint64 ImageListLoader::pagesLeft() const
{
    if (m_total < 0)
        return m_replies.size();
    const qint64 end = std::min(m_total, ApiEnums::MaxOffset + 1);
    const qint64 unrequested = std::max<qint64>(0, end - m_nextOffset);
    return (unrequested + m_pageSize - 1) / m_pageSize + m_replies.size();
}

qint64 ImageListLoader::estimatedRemainingMs() const
{
    const qint64 interval = m_client->callBudget()->intervalMs(ListSwrImageRepositoryRequest::Operation);
    const qint64 nextSlot = m_client->callBudget()->waitMs(ListSwrImageRepositoryRequest::Operation);
    // Pages already booked are part of nextSlot; the others follow one interval apart.
    const qint64 unbooked = std::max<qint64>(0, pagesLeft() - m_replies.size());
    return nextSlot + unbooked * interval;
}

void ImageListLoader::fillPipeline()
{
    // The API refuses offsets beyond its maximum; what lies past it cannot be listed.
    const qint64 end = std::min(m_total, ApiEnums::MaxOffset + 1);
    while (m_replies.size() < m_maxInFlight && m_nextOffset < end) {
        // More requests than the budget serves soon would only sit waiting, each holding a
        // slot a cancel or a new filter then has to give back.
        if (!m_replies.isEmpty()
            && m_client->callBudget()->waitMs(ListSwrImageRepositoryRequest::Operation) > kSoonMs)
            break;
        request(m_nextOffset);
        m_nextOffset += m_pageSize;
    }
}

void ImageListLoader::onReplyFinished(PageReply *reply, qint64 offset)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (!m_running)
        return;
    if (!reply->isOk()) {
        const HssError error = reply->error();
        qCInfo(lcNet).noquote() << "image list page at offset" << offset
                                << "failed:" << error.toString();
        abortAll();
        m_running = false;
        if (error.kind == HssError::Kind::Canceled)
            emit canceled();
        else
            emit failed(error);
        return;
    }

    const quint64 generation = m_generation;
    const ListSwrImageRepositoryResponse page = reply->response();
    if (m_total < 0)
        m_total = page.totalNum;
    m_loaded += page.images.size();
    if (!page.images.isEmpty())
        emit pageLoaded(offset, page.images);
    emit progress(m_loaded, m_total);
    if (generation != m_generation)
        return; // a receiver canceled or restarted us

    fillPipeline();
    if (m_replies.isEmpty()) {
        m_running = false;
        emit finished();
    }
}
