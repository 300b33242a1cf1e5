// Memory and time for the image table with realistic rows: how many bytes one row costs
// (model + sort/filter proxy) and how long inserting pages and sorting takes.
#include "imageproxymodel.h"
#include "imagetablemodel.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <malloc.h>

#include <cstdio>

namespace {

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

QString sha256Of(qint64 n, char salt)
{
    QByteArray seed = QByteArray::number(n);
    seed.append(salt);
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QList<ImageInfo> page(qint64 first, int count)
{
    static const QStringList statuses = {QStringLiteral("success"), QStringLiteral("unscan"),
                                         QStringLiteral("failed"), QStringLiteral("scanning")};
    QList<ImageInfo> images;
    images.reserve(count);
    for (qint64 id = first; id < first + count; ++id) {
        ImageInfo i;
        i.id = id;
        i.namespaceName = QStringLiteral("team-%1").arg(id % 20);
        i.imageName = QStringLiteral("service-%1").arg(id % 500);
        i.imageVersion = QStringLiteral("1.%1.%2").arg(id % 10).arg(id % 7);
        i.imageType = QStringLiteral("private_image");
        i.scanStatus = statuses.at(int(id % statuses.size()));
        if (i.scanStatus == QLatin1String("failed"))
            i.scanFailedDesc = QStringLiteral("download_failed");
        i.imageId = sha256Of(id, 'i');
        i.imageDigest = sha256Of(id, 'd');
        i.imageSize = 10'000'000 + id * 977 % 900'000'000;
        i.latestUpdateTime = 1767225600000LL - id * 60'000;
        i.latestScanTime = 1767225600000LL - id * 30'000;
        i.vulNum = id % 40;
        i.scannable = true;
        i.latestVersion = id % 3 == 0;
        images.append(i);
    }
    return images;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int pageSize = 200;

    QList<QList<ImageInfo>> pages;
    for (int offset = 0; offset < rows; offset += pageSize)
        pages.append(page(offset, std::min(pageSize, rows - offset)));

    const size_t before = heapInUse();
    QElapsedTimer timer;
    timer.start();
    auto *model = new ImageTableModel;
    auto *proxy = new ImageProxyModel;
    proxy->setSourceModel(model);
    // Reverse order: the worst case for placing pages by offset.
    for (qsizetype i = pages.size() - 1; i >= 0; --i)
        model->addPage(i * pageSize, pages.at(i));
    const qint64 insertMs = timer.restart();
    proxy->sort(ImageTableModel::VulNumColumn);
    const qint64 sortMs = timer.elapsed();
    const size_t after = heapInUse();
    timer.restart();
    proxy->setQuickFilter(QStringLiteral("service-42"));
    const qint64 filterMs = timer.elapsed();

    std::printf("rows: %d\nbytes per row (model + proxy): %.1f\ninsert %lld ms, sort %lld ms, "
                "quick filter %lld ms (%d rows match)\n",
                model->rowCount(), double(after - before) / rows, static_cast<long long>(insertMs),
                static_cast<long long>(sortMs), static_cast<long long>(filterMs), proxy->rowCount());
    delete proxy;
    delete model;
    return 0;
}
