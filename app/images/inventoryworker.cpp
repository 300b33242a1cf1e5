#include "app/images/inventoryworker.h"

#include "app/base/logging.h"
#include "app/images/imageinventory.h"

InventoryWorker::InventoryWorker(const QString &path)
    : m_path(path)
{
}

InventoryWorker::~InventoryWorker() = default;

void InventoryWorker::open()
{
    m_inventory = std::make_unique<ImageInventory>(m_path);
    QString error;
    if (!m_inventory->open(&error)) {
        qCWarning(lcInventory).noquote() << "inventory unusable:" << error;
        m_inventory.reset();
        emit opened(false, error);
        return;
    }
    emit opened(true, m_inventory->setAsideMessage());
}

void InventoryWorker::read(quint64 generation, const ImageFilter &filter, int batchSize)
{
    if (!m_inventory) {
        emit readFinished(generation, 0, {}, {});
        return;
    }
    qint64 count = 0;
    m_inventory->read(filter, batchSize, [&](const QList<ImageInfo> &images) {
        if (m_generation != generation)
            return false;
        count += images.size();
        emit rowsRead(generation, images);
        return true;
    });
    const ImageInventory::Listing listing = m_inventory->listing(filter);
    emit readFinished(generation, count, listing.baseAt, listing.asOf);
}

void InventoryWorker::store(const QList<ImageInfo> &images, const QDateTime &seenAt)
{
    if (m_inventory && !m_inventory->store(images, seenAt))
        qCWarning(lcInventory) << "could not store" << images.size() << "images";
}

void InventoryWorker::finishFull(quint64 generation, const ImageFilter &filter,
                                 const QDateTime &startedAt)
{
    QList<qint64> removed;
    if (m_inventory) {
        if (ImageInventory::isStable(filter))
            removed = m_inventory->removeUnseen(filter, startedAt);
        m_inventory->setListed(filter, startedAt);
    }
    emit fullFinished(generation, removed, startedAt);
}

void InventoryWorker::finishIncremental(quint64 generation, const QString &imageType,
                                        const QDateTime &since, const QDateTime &startedAt)
{
    if (m_inventory)
        m_inventory->setRefreshed(imageType, since, startedAt);
    emit incrementalFinished(generation, startedAt);
}

void InventoryWorker::close()
{
    m_inventory.reset();
}
