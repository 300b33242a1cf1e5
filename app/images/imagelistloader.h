#pragma once

#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "app/net/apireply.h"
#include "app/net/hsserror.h"

#include <QList>
#include <QObject>
#include <QPointer>

class HssClient;

// Loads every page of ListSwrImageRepository for one filter: the first page tells the total,
// then the rest go out with a bounded number of requests in flight. Pages are reported as
// they arrive (possibly out of order) with their offset, so a view can show rows at once and
// still keep list order. Under a call budget only the requests the budget can serve soon are
// started, and waiting for it is announced with an estimate for the rest of the list.
class ImageListLoader : public QObject
{
    Q_OBJECT

public:
    explicit ImageListLoader(HssClient *client, QObject *parent = nullptr);
    ~ImageListLoader() override;

    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }
    void setPageSize(int limit);
    int pageSize() const { return m_pageSize; }

    // Restarting drops whatever an earlier start still had in flight.
    void start(const ImageFilter &filter);
    bool isRunning() const { return m_running; }
    const ImageFilter &filter() const { return m_filter; }
    qint64 totalNum() const { return m_total; }
    qint64 loadedCount() const { return m_loaded; }
    int inFlight() const { return static_cast<int>(m_replies.size()); }
    // How long the pages not yet loaded will take at the budget's pace; 0 when unlimited.
    qint64 estimatedRemainingMs() const;

public slots:
    void cancel();

signals:
    void pageLoaded(qint64 offset, const QList<ImageInfo> &images);
    void progress(qint64 loaded, qint64 total);
    // The next page waits nextPageMs for the call budget; the whole rest of the list needs
    // about remainingMs ("next page in 12 s, about 3 min left").
    void waitingForBudget(int nextPageMs, qint64 remainingMs);
    void finished();
    void failed(const HssError &error);
    void canceled();

private:
    void request(qint64 offset);
    qint64 pagesLeft() const;
    void fillPipeline();
    using PageReply = ApiReply<ListSwrImageRepositoryResponse>;

    void onReplyFinished(PageReply *reply, qint64 offset);
    void abortAll();

    HssClient *m_client;
    ImageFilter m_filter;
    QList<QPointer<PageReply>> m_replies;
    int m_maxInFlight = 4;
    int m_pageSize = 200;
    qint64 m_total = -1; // unknown until the first page arrived
    qint64 m_nextOffset = 0;
    qint64 m_loaded = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};
