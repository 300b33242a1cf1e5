#include "app/images/inventoryrefresher.h"

#include "app/base/logging.h"
#include "app/images/imagelistloader.h"

InventoryRefresher::InventoryRefresher(HssClient *client, QObject *parent)
    : QObject(parent)
    , m_loader(new ImageListLoader(client, this))
{
    connect(m_loader, &ImageListLoader::pageLoaded, this,
            [this](qint64, const QList<ImageInfo> &images) {
                m_fetched += images.size();
                emit pageFetched(images);
            });
    connect(m_loader, &ImageListLoader::finished, this, &InventoryRefresher::nextPass);
    connect(m_loader, &ImageListLoader::failed, this, [this](const HssError &error) {
        m_running = false;
        emit failed(error);
    });
    connect(m_loader, &ImageListLoader::canceled, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        emit canceled();
    });
}

void InventoryRefresher::startFull(const ImageFilter &filter)
{
    m_since = {};
    startPasses(Kind::Full, {filter});
}

void InventoryRefresher::startIncremental(const QString &imageType, const QDateTime &since)
{
    m_since = since;
    const qint64 from = std::max<qint64>(0, since.toMSecsSinceEpoch() - m_marginMs);
    // A push moves latest_update_time, a finished scan latest_scan_time; a row can change
    // through either, so both are asked for.
    ImageFilter updated;
    updated.imageType = imageType;
    updated.startLatestUpdateTime = from;
    ImageFilter scanned;
    scanned.imageType = imageType;
    scanned.startLatestScanTime = from;
    startPasses(Kind::Incremental, {updated, scanned});
}

void InventoryRefresher::startPasses(Kind kind, const QList<ImageFilter> &passes)
{
    m_running = false;
    m_loader->cancel();
    m_kind = kind;
    m_passes = passes;
    m_fetched = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    qCDebug(lcInventory) << (kind == Kind::Full ? "full" : "incremental") << "refresh";
    m_loader->start(m_passes.takeFirst());
}

void InventoryRefresher::nextPass()
{
    if (!m_running)
        return;
    if (!m_passes.isEmpty()) {
        m_loader->start(m_passes.takeFirst());
        return;
    }
    m_running = false;
    emit finished();
}

void InventoryRefresher::cancel()
{
    if (!m_running)
        return;
    m_loader->cancel();
}
