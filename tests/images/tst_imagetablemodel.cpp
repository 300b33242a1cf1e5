#include "app/api/batchscanswrimagerequest.h"
#include "ui/images/imagelabels.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

namespace {

ImageInfo makeImage(qint64 id, const QString &name, const QString &version)
{
    ImageInfo i;
    i.id = id;
    i.namespaceName = QStringLiteral("team-a");
    i.imageName = name;
    i.imageVersion = version;
    i.imageType = QStringLiteral("private_image");
    i.scanStatus = QStringLiteral("success");
    i.imageSize = 73400320;
    i.latestUpdateTime = 1735600000000;
    i.latestScanTime = 1735603600000;
    i.vulNum = id % 7;
    i.scannable = true;
    i.imageId = QStringLiteral("sha256:%1").arg(id, 64, 16, QLatin1Char('0'));
    i.imageDigest = QStringLiteral("sha256:%1").arg(id * 3, 64, 16, QLatin1Char('0'));
    return i;
}

QList<ImageInfo> makePage(qint64 firstId, int count)
{
    QList<ImageInfo> page;
    for (int i = 0; i < count; ++i)
        page.append(makeImage(firstId + i, QStringLiteral("img%1").arg(firstId + i), QStringLiteral("1.%1").arg(i)));
    return page;
}

// Rows with ties and empty values in every column kind: numbers, times, flags, plain text,
// labelled codes and hashes.
QList<ImageInfo> variedPage(qint64 firstId, int count)
{
    static const QStringList statuses = {QStringLiteral("success"), QStringLiteral("unscan"),
                                         QStringLiteral("failed"), QString()};
    QList<ImageInfo> page;
    for (qint64 id = firstId; id < firstId + count; ++id) {
        ImageInfo i = makeImage(id, id % 5 ? QStringLiteral("svc-%1").arg(id % 4) : QString(),
                                QStringLiteral("v%1").arg(id % 3));
        i.namespaceName = id % 2 ? QStringLiteral("Team-B") : QStringLiteral("team-a");
        i.scanStatus = statuses.at(int(id % statuses.size()));
        if (i.scanStatus == QLatin1String("failed"))
            i.scanFailedDesc = id % 8 < 4 ? QStringLiteral("response_timed_out")
                                          : QStringLiteral("download_failed");
        i.imageSize = (id % 4) * 1000;
        i.latestUpdateTime = id % 3 ? 1735600000000 + (id % 5) * 1000 : 0;
        i.latestScanTime = (id % 2) * 1735603600000;
        i.latestVersion = id % 2;
        i.scannable = id % 3 == 0;
        i.domainName = id % 4 ? QStringLiteral("dom%1").arg(id % 2) : QString();
        if (id % 6 == 0)
            i.imageId.clear();
        if (id % 4 == 0)
            i.associationImages = {ImageInfo::Association{}};
        page.append(i);
    }
    return page;
}

// An image whose hashes have the service's form: image_id in hex, the digest "sha256:" and hex.
ImageInfo serviceImage(qint64 id)
{
    ImageInfo i = makeImage(id, QStringLiteral("svc-%1").arg(id % 3), QStringLiteral("1.0"));
    i.imageId = QStringLiteral("%1").arg((id * 7919) % 1000, 64, 10, QLatin1Char('0'));
    i.imageId.replace(QLatin1Char('9'), QLatin1Char('f'));
    i.imageDigest = QStringLiteral("sha256:%1").arg((id * 104729) % 997, 64, 16, QLatin1Char('a'));
    return i;
}

QList<qint64> idsInOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(ImageTableModel::ImageIdRole).toLongLong());
    return ids;
}

// The values of `column` down the rows, shown, or as Qt's own sorting proxy orders the model:
// rows with equal values may stand in another order, so the values are what is compared.
QVariantList columnValues(const QAbstractItemModel &shown, int column)
{
    QVariantList values;
    for (int r = 0; r < shown.rowCount(); ++r)
        values.append(shown.index(r, column).data());
    return values;
}

QVariantList sortedByQt(ImageTableModel &model, int column, Qt::SortOrder order)
{
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(ImageTableModel::SortRole);
    reference.setSortLocaleAware(true);
    reference.sort(column, order);
    return columnValues(reference, column);
}

} // namespace

class TestImageTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void keepsOffsetOrderWhenPagesArriveOutOfOrder();
    void keepsEveryFieldOfTheItem();
    void showsHumanSizesTimesAndStatus();
    void showsAssociationsAsCountAndTooltip();
    void updatesRowsById();
    void upsertsAndRemovesRowsById();
    void buildsScanTargets();
    void sortsNumbersAsNumbers();
    void quickFilterMatchesTextColumnsOnly();
    void sortsEveryColumnAsItsSortRoleDoes();
    void keepsSortOrderWhilePagesArrive();
    void placesArrivingRowsByEveryColumn();
    void keepsSortOrderWhenTheQuickFilterChanges();
    void keepsTheSelectionByIdAcrossASort();
    void copyAsTsvDefusesFormulas();
    void quickFilterMatchesTheShownTextIgnoringCase();
    void quickFilterAppliesToLaterPagesAndReloads();
    void sortsInAWorkerKeepingTheSelection();
    void placesRowsThatArriveWhileAWorkerSorts();
    void filtersInSlices();
    void keepsServiceHashesExact();
    void showsArrivingRowsInBatchesOnLongLists();
    void placesThousandsOfArrivingRowsInOneViewChange();
};

void TestImageTableModel::passesTheModelTester()
{
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addPage(20, makePage(20, 10));
    model.addPage(0, makePage(0, 10));
    model.addPage(10, makePage(10, 10));
    ImageInfo changed = makeImage(15, QStringLiteral("img15"), QStringLiteral("1.5"));
    changed.scanStatus = QStringLiteral("scanning");
    QCOMPARE(model.updateImages({changed}), 1);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                             int(ImageTableModel::SortRole)})
                model.index(r, c).data(role);
        }
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestImageTableModel::keepsOffsetOrderWhenPagesArriveOutOfOrder()
{
    ImageTableModel model;
    model.addPage(400, makePage(400, 3));
    model.addPage(0, makePage(0, 200));
    model.addPage(200, makePage(200, 200));
    model.addPage(200, makePage(200, 200)); // a page delivered twice is placed once
    QCOMPARE(model.rowCount(), 403);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.idAt(r), qint64(r));
    QCOMPARE(model.rowOfId(250), 250);
}

void TestImageTableModel::keepsEveryFieldOfTheItem()
{
    ImageInfo full = makeImage(42, QStringLiteral("nginx"), QStringLiteral("1.25"));
    full.latestVersion = true;
    full.scanStatus = QStringLiteral("failed");
    full.scanFailedDesc = QStringLiteral("download_failed");
    full.unsafeSettingNum = 3;
    full.maliciousFileNum = 1;
    full.domainName = QStringLiteral("owner-domain");
    full.sharedStatus = QStringLiteral("effective");
    full.instanceName = QStringLiteral("ee-1");
    full.instanceId = QStringLiteral("inst-1");
    full.instanceUrl = QStringLiteral("swr.example/ee-1");
    ImageInfo::Association arm;
    arm.imageName = QStringLiteral("nginx");
    arm.imageVersion = QStringLiteral("1.25-arm64");
    arm.namespaceName = QStringLiteral("team-a");
    arm.imageType = QStringLiteral("private_image");
    arm.imageDigest = QStringLiteral("sha256:abc");
    arm.scanStatus = QStringLiteral("unscan");
    full.associationImages = {arm};

    ImageTableModel model;
    model.addPage(0, {full});
    QCOMPARE(model.imageAt(0), full);
    QCOMPARE(model.index(0, ImageTableModel::ImageIdColumn).data().toString(), full.imageId);
    QCOMPARE(model.index(0, ImageTableModel::ImageDigestColumn).data().toString(), full.imageDigest);
    QCOMPARE(model.index(0, ImageTableModel::InstanceUrlColumn).data().toString(), full.instanceUrl);
    QCOMPARE(model.index(0, ImageTableModel::ScanFailedColumn).data().toString(),
             ImageLabels::scanFailure(QStringLiteral("download_failed")));
    QVERIFY(!model.index(0, ImageTableModel::ScanFailedColumn).data().toString().contains(u'_'));
}

void TestImageTableModel::showsHumanSizesTimesAndStatus()
{
    ImageTableModel model;
    model.addPage(0, {makeImage(1, QStringLiteral("a"), QStringLiteral("1"))});
    QCOMPARE(model.index(0, ImageTableModel::ImageSizeColumn).data().toString(),
             QLocale().formattedDataSize(73400320, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(model.index(0, ImageTableModel::LatestScanColumn).data().toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(1735603600000), QLocale::ShortFormat));
    const QModelIndex status = model.index(0, ImageTableModel::ScanStatusColumn);
    QCOMPARE(status.data().toString(), ImageLabels::scanStatus(QStringLiteral("success")));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(status.data(ImageTableModel::ScanStatusRole).toString(), QStringLiteral("success"));
}

void TestImageTableModel::showsAssociationsAsCountAndTooltip()
{
    ImageInfo multi = makeImage(1, QStringLiteral("app"), QStringLiteral("2.0"));
    for (const char *arch : {"arm64", "s390x"}) {
        ImageInfo::Association a;
        a.namespaceName = multi.namespaceName;
        a.imageName = multi.imageName;
        a.imageVersion = QStringLiteral("2.0-%1").arg(QLatin1String(arch));
        a.scanStatus = QStringLiteral("success");
        multi.associationImages.append(a);
    }
    ImageTableModel model;
    model.addPage(0, {multi, makeImage(2, QStringLiteral("b"), QStringLiteral("1"))});
    const QModelIndex cell = model.index(0, ImageTableModel::AssociationsColumn);
    QCOMPARE(cell.data().toInt(), 2);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2.0-s390x")));
    QCOMPARE(model.index(1, ImageTableModel::AssociationsColumn).data().toInt(), 0);
}

void TestImageTableModel::updatesRowsById()
{
    ImageTableModel model;
    model.addPage(0, makePage(100, 5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ImageInfo later = makeImage(103, QStringLiteral("img103"), QStringLiteral("1.3"));
    later.scanStatus = QStringLiteral("failed");
    later.scanFailedDesc = QStringLiteral("response_timed_out");
    ImageInfo unknown = makeImage(999, QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(model.updateImages({later, unknown}), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.scanStatusAt(3), QStringLiteral("failed"));
    QCOMPARE(model.imageAt(3), later);
}

void TestImageTableModel::upsertsAndRemovesRowsById()
{
    ImageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsertImages(makePage(100, 6));
    QCOMPARE(model.rowCount(), 6);

    // Known ones change in place, unknown ones come last in one insertion, a repeat once.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ImageInfo later = makeImage(102, QStringLiteral("img102"), QStringLiteral("1.2"));
    later.scanStatus = QStringLiteral("success");
    const ImageInfo fresh = makeImage(500, QStringLiteral("new"), QStringLiteral("1"));
    model.upsertImages({fresh, later, makeImage(501, QStringLiteral("newer"), QStringLiteral("1")), fresh});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.imageAt(2), later);
    QCOMPARE(model.idAt(6), 500);
    QCOMPARE(model.idAt(7), 501);

    // Runs of neighbours and single rows; an id not shown is ignored.
    model.removeImages({101, 102, 105, 501, 12345, 101});
    QCOMPARE(model.rowCount(), 4);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    QCOMPARE(ids, (QList<qint64>{100, 103, 104, 500}));
    QCOMPARE(model.rowOfId(500), 3);
    QCOMPARE(model.rowOfId(102), -1);
}

void TestImageTableModel::buildsScanTargets()
{
    ImageInfo ee = makeImage(1, QStringLiteral("app"), QStringLiteral("3"));
    ee.instanceId = QStringLiteral("inst-9");
    ee.instanceUrl = QStringLiteral("https://ee.example");
    ImageTableModel model;
    model.addPage(0, {ee});
    BatchScanSwrImageRequest::Target plain = model.scanTargetAt(0, false);
    QCOMPARE(plain.namespaceName, QStringLiteral("team-a"));
    QCOMPARE(plain.imageName, QStringLiteral("app"));
    QCOMPARE(plain.imageVersion, QStringLiteral("3"));
    QVERIFY(plain.instanceId.isEmpty());
    BatchScanSwrImageRequest::Target enterprise = model.scanTargetAt(0, true);
    QCOMPARE(enterprise.instanceId, QStringLiteral("inst-9"));
    QCOMPARE(enterprise.instanceUrl, QStringLiteral("https://ee.example"));
}

void TestImageTableModel::sortsNumbersAsNumbers()
{
    ImageTableModel model;
    QList<ImageInfo> page;
    for (qint64 size : {900LL, 10LL, 5000000LL}) {
        ImageInfo i = makeImage(size, QStringLiteral("s"), QString::number(size));
        i.imageSize = size;
        page.append(i);
    }
    model.addPage(0, page);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ImageTableModel::SortRole);
    proxy.sort(ImageTableModel::ImageSizeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ImageTableModel::ImageIdRole).toLongLong(), 10);
    QCOMPARE(proxy.index(2, 0).data(ImageTableModel::ImageIdRole).toLongLong(), 5000000);
}

void TestImageTableModel::quickFilterMatchesTextColumnsOnly()
{
    ImageTableModel model;
    QList<ImageInfo> page = makePage(1, 3);
    page[1].scanStatus = QStringLiteral("failed");
    page[1].scanFailedDesc = QStringLiteral("response_timed_out");
    model.addPage(0, page);
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setQuickFilter(QStringLiteral("IMG3"));
    QCOMPARE(proxy.rowCount(), 1);
    // What the analyst reads, not the API's code.
    proxy.setQuickFilter(ImageLabels::scanFailure(QStringLiteral("response_timed_out")).left(12));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ImageTableModel::ImageIdRole).toLongLong(), 2);
    proxy.setQuickFilter(model.index(0, ImageTableModel::ImageSizeColumn).data().toString());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestImageTableModel::sortsEveryColumnAsItsSortRoleDoes()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 48));
    // The generic proxy on SortRole is the reference: same stable sort, comparing QVariants.
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(ImageTableModel::SortRole);
    reference.setSortLocaleAware(true);
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            reference.sort(column, order);
            proxy.sort(column, order);
            QVERIFY2(idsInOrder(proxy) == idsInOrder(reference),
                     qPrintable(QStringLiteral("column %1, order %2").arg(column).arg(order)));
        }
    }
}

void TestImageTableModel::keepsSortOrderWhilePagesArrive()
{
    ImageTableModel model;
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::ImageNameColumn, Qt::AscendingOrder);
    model.addPage(40, variedPage(41, 20));
    model.addPage(0, variedPage(1, 20));
    model.addPage(20, variedPage(21, 20));

    QCOMPARE(proxy.rowCount(), 60);
    // Equal names keep arrival order rather than list order, so compare what was sorted on.
    QCOMPARE(columnValues(proxy, ImageTableModel::ImageNameColumn),
             sortedByQt(model, ImageTableModel::ImageNameColumn, Qt::AscendingOrder));
}

void TestImageTableModel::placesArrivingRowsByEveryColumn()
{
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        ImageTableModel model;
        ImageProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::DescendingOrder);
        model.addPage(24, variedPage(25, 24));
        model.addPage(0, variedPage(1, 24));

        QSortFilterProxyModel reference;
        reference.setSourceModel(&model);
        reference.setSortRole(ImageTableModel::SortRole);
        reference.setSortLocaleAware(true);
        reference.sort(column, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 48);
        // Ties keep arrival order here, so compare the sorted values, not the ids.
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY2(proxy.index(r, column).data(ImageTableModel::SortRole)
                         == reference.index(r, column).data(ImageTableModel::SortRole),
                     qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(r)));
    }
}

void TestImageTableModel::keepsSortOrderWhenTheQuickFilterChanges()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 48));
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::ImageSizeColumn, Qt::DescendingOrder);
    proxy.setQuickFilter(QStringLiteral("team-b"));
    QCOMPARE(proxy.rowCount(), 24);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole)
                    .toLongLong()
                >= proxy.index(r, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole)
                       .toLongLong());
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 48);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole)
                    .toLongLong()
                >= proxy.index(r, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole)
                       .toLongLong());
}

void TestImageTableModel::keepsTheSelectionByIdAcrossASort()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 30));
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    ImageTableView view;
    view.setModel(&proxy);
    const QList<qint64> chosen = {3, 17, 28};
    QList<int> rows;
    for (qint64 id : chosen)
        rows.append(model.rowOfId(id));
    view.selectSourceRows(rows);

    for (int column : {int(ImageTableModel::ImageSizeColumn), int(ImageTableModel::ImageNameColumn),
                       int(ImageTableModel::LatestUpdateColumn)}) {
        view.sortByColumn(column, Qt::DescendingOrder);
        QSet<qint64> selected;
        for (int row : view.selectedSourceRows())
            selected.insert(model.idAt(row));
        QCOMPARE(selected, QSet<qint64>(chosen.cbegin(), chosen.cend()));
    }
}

void TestImageTableModel::copyAsTsvDefusesFormulas()
{
    ImageInfo image;
    image.id = 1;
    image.namespaceName = QStringLiteral("team-a");
    image.imageName = QStringLiteral("=HYPERLINK(\"http://evil.test\")");
    image.imageVersion = QStringLiteral("+1");
    ImageTableModel model;
    model.addPage(0, {image});
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    ImageTableView view;
    view.setModel(&proxy);
    view.selectSourceRows({0});
    const QStringList cells = view.selectionAsTsv().split(QLatin1Char('\n')).value(1).split(QLatin1Char('\t'));
    QVERIFY2(cells.contains(QStringLiteral("'=HYPERLINK(\"http://evil.test\")")), qPrintable(cells.join(QLatin1Char('|'))));
    QVERIFY(cells.contains(QStringLiteral("'+1")));
    QVERIFY(cells.contains(QStringLiteral("team-a")));
}

void TestImageTableModel::quickFilterMatchesTheShownTextIgnoringCase()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 48));
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    const int textColumns[] = {
        ImageTableModel::NamespaceColumn,    ImageTableModel::ImageNameColumn,
        ImageTableModel::ImageVersionColumn, ImageTableModel::ScanStatusColumn,
        ImageTableModel::ScanFailedColumn,   ImageTableModel::ImageTypeColumn,
        ImageTableModel::ImageIdColumn,      ImageTableModel::ImageDigestColumn,
        ImageTableModel::DomainNameColumn,   ImageTableModel::InstanceNameColumn,
        ImageTableModel::InstanceIdColumn,
    };
    const QString idFragment =
        model.index(5, ImageTableModel::ImageIdColumn).data().toString().mid(60, 6);
    const QStringList needles = {
        QStringLiteral("TEAM-b"), QStringLiteral("svc-2"), QStringLiteral("V1"),
        ImageLabels::scanStatus(QStringLiteral("unscan")).toUpper(),
        ImageLabels::scanFailure(QStringLiteral("download_failed")).right(6),
        QStringLiteral("DOM0"), idFragment.toUpper(), QStringLiteral("SHA256:"),
        QStringLiteral("nothing like it"), QStringLiteral("é"),
    };
    for (const QString &needle : needles) {
        proxy.setQuickFilter(needle);
        QList<qint64> expected;
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool shown = std::any_of(std::begin(textColumns), std::end(textColumns),
                                           [&](int column) {
                                               return model.index(r, column).data().toString()
                                                   .contains(needle, Qt::CaseInsensitive);
                                           });
            if (shown)
                expected.append(model.idAt(r));
        }
        QVERIFY2(idsInOrder(proxy) == expected, qPrintable(needle));
    }
    proxy.setQuickFilter(QStringLiteral("svc-2"));
    QVERIFY(proxy.rowCount() > 0);
    proxy.setQuickFilter(QString());
    QCOMPARE(proxy.rowCount(), 48);
}

void TestImageTableModel::quickFilterAppliesToLaterPagesAndReloads()
{
    ImageTableModel model;
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setQuickFilter(QStringLiteral("img1"));
    model.addPage(0, makePage(1, 5));
    QCOMPARE(idsInOrder(proxy), QList<qint64>({1}));
    model.addPage(5, makePage(6, 10));
    QCOMPARE(idsInOrder(proxy), QList<qint64>({1, 10, 11, 12, 13, 14, 15}));

    // A reload interns other strings under the same pool indexes.
    model.clear();
    model.addPage(0, {makeImage(7, QStringLiteral("other"), QStringLiteral("1")),
                      makeImage(8, QStringLiteral("IMG1x"), QStringLiteral("2"))});
    QCOMPARE(idsInOrder(proxy), QList<qint64>({8}));
}

void TestImageTableModel::sortsInAWorkerKeepingTheSelection()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 48));
    ImageProxyModel proxy;
    proxy.setSynchronousLimit(0);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageTableView view;
    view.setModel(&proxy);
    const QList<qint64> chosen = {4, 19, 33};
    QList<int> rows;
    for (qint64 id : chosen)
        rows.append(model.rowOfId(id));
    view.selectSourceRows(rows);
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(ImageTableModel::SortRole);
    reference.setSortLocaleAware(true);

    QSignalSpy arranged(&proxy, &ImageProxyModel::arranged);
    for (int column : {int(ImageTableModel::ImageSizeColumn), int(ImageTableModel::ImageNameColumn),
                       int(ImageTableModel::ImageDigestColumn), int(ImageTableModel::ScanStatusColumn)}) {
        view.sortByColumn(column, Qt::DescendingOrder);
        reference.sort(column, Qt::DescendingOrder);
        QVERIFY(proxy.isPending());
        QVERIFY(arranged.wait());
        QVERIFY(!proxy.isPending());
        QCOMPARE(idsInOrder(proxy), idsInOrder(reference));
        QSet<qint64> selected;
        for (int row : view.selectedSourceRows())
            selected.insert(model.idAt(row));
        QCOMPARE(selected, QSet<qint64>(chosen.cbegin(), chosen.cend()));
    }
}

void TestImageTableModel::placesRowsThatArriveWhileAWorkerSorts()
{
    ImageTableModel model;
    model.addPage(24, variedPage(25, 24));
    ImageProxyModel proxy;
    proxy.setSynchronousLimit(0);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arranged(&proxy, &ImageProxyModel::arranged);
    proxy.sort(ImageTableModel::LatestUpdateColumn, Qt::AscendingOrder);
    // Before the sorted order comes back: a page placed before the one being sorted.
    model.addPage(0, variedPage(1, 24));
    QVERIFY(arranged.wait());

    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(ImageTableModel::SortRole);
    reference.sort(ImageTableModel::LatestUpdateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 48);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, ImageTableModel::LatestUpdateColumn).data(ImageTableModel::SortRole),
                 reference.index(r, ImageTableModel::LatestUpdateColumn).data(ImageTableModel::SortRole));
}

void TestImageTableModel::filtersInSlices()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 48));
    ImageProxyModel proxy;
    proxy.setSynchronousLimit(0);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arranged(&proxy, &ImageProxyModel::arranged);
    proxy.sort(ImageTableModel::ImageSizeColumn, Qt::AscendingOrder);
    QVERIFY(arranged.wait());

    proxy.setQuickFilter(QStringLiteral("TEAM-b"));
    QCOMPARE(proxy.quickFilter(), QStringLiteral("TEAM-b"));
    QVERIFY(proxy.isPending());
    // Rows arriving while it matches are filtered too.
    model.addPage(48, variedPage(49, 12));
    QVERIFY(arranged.wait());
    QCOMPARE(proxy.rowCount(), 30);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        QCOMPARE(proxy.index(r, ImageTableModel::NamespaceColumn).data().toString(),
                 QStringLiteral("Team-B"));
        if (r > 0)
            QVERIFY(proxy.index(r - 1, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole).toLongLong()
                    <= proxy.index(r, ImageTableModel::ImageSizeColumn).data(ImageTableModel::SortRole).toLongLong());
    }
    proxy.setQuickFilter(QString());
    QVERIFY(arranged.wait());
    QCOMPARE(proxy.rowCount(), 60);
}

void TestImageTableModel::keepsServiceHashesExact()
{
    QList<ImageInfo> page;
    for (qint64 id = 1; id <= 30; ++id)
        page.append(serviceImage(id));
    ImageTableModel model;
    model.addPage(0, page);
    for (int r = 0; r < page.size(); ++r) {
        QCOMPARE(model.imageAt(r).imageId, page.at(r).imageId);
        QCOMPARE(model.imageAt(r).imageDigest, page.at(r).imageDigest);
        QCOMPARE(model.index(r, ImageTableModel::ImageDigestColumn).data().toString(),
                 page.at(r).imageDigest);
    }
    QSortFilterProxyModel reference;
    reference.setSourceModel(&model);
    reference.setSortRole(ImageTableModel::SortRole);
    ImageProxyModel proxy;
    proxy.setSourceModel(&model);
    for (int column : {int(ImageTableModel::ImageIdColumn), int(ImageTableModel::ImageDigestColumn)}) {
        reference.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), idsInOrder(reference));
    }
    const QString fragment = page.at(7).imageDigest.mid(60, 9).toUpper();
    proxy.setQuickFilter(fragment);
    QList<qint64> expected;
    for (const ImageInfo &image : std::as_const(page)) {
        if (image.imageDigest.contains(fragment, Qt::CaseInsensitive)
            || image.imageId.contains(fragment, Qt::CaseInsensitive))
            expected.append(image.id);
    }
    QVERIFY(!expected.isEmpty());
    QList<qint64> shown = idsInOrder(proxy);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
}

void TestImageTableModel::showsArrivingRowsInBatchesOnLongLists()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 24));
    ImageProxyModel proxy;
    proxy.setSynchronousLimit(0);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageTableView view;
    view.setModel(&proxy);
    proxy.sort(ImageTableModel::ImageNameColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!proxy.isPending());
    const QList<qint64> chosen = {5, 12};
    view.selectSourceRows({model.rowOfId(5), model.rowOfId(12)});
    view.selectionModel()->setCurrentIndex(proxy.mapFromSource(model.index(model.rowOfId(12), 0)),
                                           QItemSelectionModel::NoUpdate);

    // Pages before and after the shown rows: held back, then shown in one step.
    model.addPage(48, variedPage(49, 24));
    model.addPage(24, variedPage(25, 24));
    QCOMPARE(proxy.rowCount(), 24);
    QVERIFY(proxy.isPending());
    QTRY_COMPARE(proxy.rowCount(), 72);
    QVERIFY(!proxy.isPending());

    QCOMPARE(columnValues(proxy, ImageTableModel::ImageNameColumn),
             sortedByQt(model, ImageTableModel::ImageNameColumn, Qt::DescendingOrder));
    QSet<qint64> selected;
    for (int row : view.selectedSourceRows())
        selected.insert(model.idAt(row));
    QCOMPARE(selected, QSet<qint64>(chosen.cbegin(), chosen.cend()));
    QCOMPARE(model.idAt(proxy.mapToSource(view.currentIndex()).row()), qint64(12));

    // Asked for at once, e.g. to select an arriving row.
    model.addPage(72, variedPage(73, 4));
    proxy.showArrivedRows();
    QCOMPARE(proxy.rowCount(), 76);
    QVERIFY(!proxy.isPending());

    // A sort asked for while rows wait to be shown places them too.
    model.addPage(76, variedPage(77, 4));
    QCOMPARE(proxy.rowCount(), 76);
    QSignalSpy arranged(&proxy, &ImageProxyModel::arranged);
    proxy.sort(ImageTableModel::IdColumn, Qt::AscendingOrder);
    QVERIFY(arranged.wait());
    QCOMPARE(proxy.rowCount(), 80);
    QVERIFY(!proxy.isPending());
    QList<qint64> ids;
    for (qint64 id = 1; id <= 80; ++id)
        ids.append(id);
    QCOMPARE(idsInOrder(proxy), ids);
}

void TestImageTableModel::placesThousandsOfArrivingRowsInOneViewChange()
{
    ImageTableModel model;
    model.addPage(0, variedPage(1, 200));
    ImageProxyModel proxy;
    proxy.setSynchronousLimit(0);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ImageTableModel::ImageNameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!proxy.isPending());

    // Far more rows than one merge takes: placed a slice at a time, shown in one change.
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy insertions(&proxy, &QAbstractItemModel::rowsInserted);
    for (int page = 1; page < 20; ++page)
        model.addPage(page * 200, variedPage(page * 200 + 1, 200));
    QCOMPARE(proxy.rowCount(), 200);
    QTRY_COMPARE(proxy.rowCount(), 4000);
    QVERIFY(!proxy.isPending());
    QCOMPARE(layouts.size() + insertions.size(), 1);

    QCOMPARE(columnValues(proxy, ImageTableModel::ImageNameColumn),
             sortedByQt(model, ImageTableModel::ImageNameColumn, Qt::AscendingOrder));
}

QTEST_MAIN(TestImageTableModel)
#include "tst_imagetablemodel.moc"
