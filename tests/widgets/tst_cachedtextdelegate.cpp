#include "ui/widgets/cachedtextdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

// The delegate only skips work: every cell must come out pixel for pixel as the standard
// delegate paints it, whatever the alignment, icon, colour, selection, direction or width.
class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsWhatTheStandardDelegatePaints_data();
    void paintsWhatTheStandardDelegatePaints();
    void repaintsFromItsCacheTheSame();
};

namespace {

QStandardItemModel *cells(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    QPixmap dot(10, 10);
    dot.fill(Qt::red);
    const QStringList texts = {QStringLiteral("nginx"), QStringLiteral("v3.3-alpine"),
                               QStringLiteral("The image is too large to scan, far wider than its column"),
                               QStringLiteral("12,345"), QStringLiteral("中文镜像名称"), QStringLiteral("—"),
                               QStringLiteral("two\nlines"), QString()};
    for (int row = 0; row < texts.size(); ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < 4; ++column) {
            auto *item = new QStandardItem(texts.at((row + column) % texts.size()));
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 2)
                item->setIcon(QIcon(dot));
            if (column == 3 && row % 2)
                item->setForeground(QColor(0x75, 0x75, 0x75));
            items.append(item);
        }
        model->appendRow(items);
    }
    return model;
}

QImage painted(QAbstractItemDelegate *delegate, Qt::LayoutDirection direction, int columnWidth)
{
    QTableView view;
    view.setLayoutDirection(direction);
    view.setModel(cells(&view));
    view.setItemDelegate(delegate);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.horizontalHeader()->setDefaultSectionSize(columnWidth);
    view.resize(4 * columnWidth + 60, 320);
    view.selectRow(2);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    QImage image = view.viewport()->grab().toImage();
    delegate->setParent(nullptr);
    return image;
}

} // namespace

void TestCachedTextDelegate::paintsWhatTheStandardDelegatePaints_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("columnWidth");
    QTest::newRow("left to right, wide") << Qt::LeftToRight << 220;
    QTest::newRow("left to right, narrow (elided)") << Qt::LeftToRight << 60;
    QTest::newRow("right to left") << Qt::RightToLeft << 120;
}

void TestCachedTextDelegate::paintsWhatTheStandardDelegatePaints()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, columnWidth);
    QStyledItemDelegate standard;
    CachedTextDelegate cached;
    const QImage expected = painted(&standard, direction, columnWidth);
    const QImage actual = painted(&cached, direction, columnWidth);
    QVERIFY(!expected.isNull());
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TestCachedTextDelegate::repaintsFromItsCacheTheSame()
{
    QStyledItemDelegate standard;
    CachedTextDelegate cached;
    const QImage expected = painted(&standard, Qt::LeftToRight, 100);
    QVERIFY(painted(&cached, Qt::LeftToRight, 100) == expected);
    // The second time every text comes from the cache.
    QVERIFY(painted(&cached, Qt::LeftToRight, 100) == expected);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
