#include "tests/support/mainwindowfixture.h"

#include "app/images/imagelistloader.h"
#include "ui/images/imagefilterform.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

namespace {

QList<ImageInfo> demoImages()
{
    QList<ImageInfo> images;
    const QStringList names = {QStringLiteral("nginx"), QStringLiteral("redis"), QStringLiteral("postgres")};
    for (int i = 0; i < names.size(); ++i) {
        ImageInfo image;
        image.id = 100 + i;
        image.namespaceName = QStringLiteral("team-a");
        image.imageName = names.at(i);
        image.imageVersion = QStringLiteral("1.%1").arg(i);
        image.imageType = QStringLiteral("private_image");
        image.scanStatus = QStringLiteral("unscan");
        images.append(image);
    }
    return images;
}

} // namespace

// The window's offline behaviour: keyboard access, validation before sending, copying and
// columns. Everything that talks to HSS is in tst_mainwindowsandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyActionHasAShortcutOrMenuEntry();
    void widgetsHaveAccessibleNames();
    void invalidFilterSendsNothing();
    void copiesSelectedRowsAsTsv();
    void columnChooserHidesColumnsAndStateIsRestored();
    void selectionCountInStatusBar();
    void quickFilterNarrowsRows();

private:
    MainWindowFixture m_fixture;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_fixture.setUp(QStringLiteral("tst_mainwindow")));
}

void TestMainWindow::init()
{
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
}

void TestMainWindow::cleanup()
{
    m_fixture.tearDown();
}

void TestMainWindow::everyActionHasAShortcutOrMenuEntry()
{
    QSet<QAction *> inMenus;
    const auto menus = m_window->menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        const auto actions = menu->actions();
        for (QAction *action : actions)
            inMenus.insert(action);
    }
    const auto actions = m_window->findChildren<QAction *>();
    int named = 0;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->objectName().endsWith(QLatin1String("Action")))
            continue;
        ++named;
        QVERIFY2(!action->shortcut().isEmpty() || inMenus.contains(action),
                 qPrintable(action->objectName()));
        QVERIFY2(inMenus.contains(action), qPrintable(action->objectName()));
    }
    QVERIFY(named >= 9);
    const auto shortcut = [this](const char *name) {
        return m_fixture.child<QAction>(name)->shortcut();
    };
    QCOMPARE(shortcut("refreshAction"), QKeySequence(Qt::Key_F5));
    QCOMPARE(shortcut("quickFilterAction"), QKeySequence(QKeySequence::Find));
    QCOMPARE(shortcut("scanSelectedAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(shortcut("copyAction"), QKeySequence(QKeySequence::Copy));
    QCOMPARE(shortcut("exportBaselineAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("exportTasksAction")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionLogAction")));

    QTest::keySequence(m_window, QKeySequence::Find);
    QTRY_COMPARE(QApplication::focusWidget(),
                 m_window->findChild<QWidget *>(QStringLiteral("quickFilterLineEdit")));
}

void TestMainWindow::widgetsHaveAccessibleNames()
{
    const auto widgets = m_window->browser()->form()->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().startsWith(QLatin1String("qt_"))
            || w->objectName().isEmpty())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(!m_window->browser()->view()->accessibleName().isEmpty());
    QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"))->accessibleName().isEmpty());
    QCOMPARE(m_window->windowIcon().pixmap(64).size(), QSize(64, 64)); // the compiled-in icon loads
}

void TestMainWindow::invalidFilterSendsNothing()
{
    m_window->browser()->form()->findChild<QLineEdit *>(QStringLiteral("imageSizeLineEdit"))
        ->setText(QStringLiteral("lots"));
    QTest::mouseClick(m_window->browser()->form()->findChild<QPushButton *>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    QVERIFY(!m_window->browser()->loader()->isRunning());
    QVERIFY(m_window->browser()->form()->widgetForField(QStringLiteral("image_size"))->property("hssInvalid").toBool());
    // The analyst's text stays where it was, to be corrected rather than retyped.
    QCOMPARE(m_window->browser()->form()->findChild<QLineEdit *>(QStringLiteral("imageSizeLineEdit"))->text(),
             QStringLiteral("lots"));
}

void TestMainWindow::copiesSelectedRowsAsTsv()
{
    m_window->browser()->model()->addPage(0, demoImages());
    ImageTableView *view = m_window->browser()->view();
    const QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < ImageTableModel::ColumnCount; ++c)
        view->setColumnHidden(c, !(c == ImageTableModel::ImageNameColumn
                                   || c == ImageTableModel::ImageVersionColumn
                                   || c == ImageTableModel::ScanStatusColumn));
    view->horizontalHeader()->moveSection(header->visualIndex(ImageTableModel::ScanStatusColumn), 0);
    view->selectSourceRows({0, 2});
    view->setFocus();
    m_window->findChild<QAction *>(QStringLiteral("copyAction"))->trigger();
    const QString status = m_window->browser()->model()->index(0, ImageTableModel::ScanStatusColumn).data().toString();
    const QString expected = QStringLiteral("Scan status\tImage\tTag\n%1\tnginx\t1.0\n%1\tpostgres\t1.2\n").arg(status);
    QCOMPARE(QApplication::clipboard()->text(), expected);
}

void TestMainWindow::columnChooserHidesColumnsAndStateIsRestored()
{
    ImageTableView *view = m_window->browser()->view();
    QVERIFY(!view->isColumnHidden(ImageTableModel::ScanStatusColumn));
    QVERIFY(view->isColumnHidden(ImageTableModel::ImageDigestColumn));
    view->setColumnHidden(ImageTableModel::ScanStatusColumn, true);
    view->setColumnHidden(ImageTableModel::ImageDigestColumn, false);
    m_window->close();
    m_window = m_fixture.createWindow(false);
    QVERIFY(m_window->browser()->view()->isColumnHidden(ImageTableModel::ScanStatusColumn));
    QVERIFY(!m_window->browser()->view()->isColumnHidden(ImageTableModel::ImageDigestColumn));
}

void TestMainWindow::selectionCountInStatusBar()
{
    m_window->browser()->model()->addPage(0, demoImages());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QCOMPARE(label->text(), QStringLiteral("0 selected"));
    m_window->browser()->view()->setFocus();
    m_window->findChild<QAction *>(QStringLiteral("selectAllAction"))->trigger();
    QCOMPARE(label->text(), QStringLiteral("3 selected"));
    QCOMPARE(m_window->browser()->view()->selectedSourceRows(), (QList<int>{0, 1, 2}));
}

void TestMainWindow::quickFilterNarrowsRows()
{
    m_window->browser()->model()->addPage(0, demoImages());
    auto *quick = m_window->findChild<QLineEdit *>(QStringLiteral("quickFilterLineEdit"));
    QTest::keyClicks(quick, QStringLiteral("REDIS"));
    QTRY_COMPARE(m_window->browser()->proxyModel()->rowCount(), 1);
    QCOMPARE(m_window->browser()->proxyModel()->index(0, ImageTableModel::ImageNameColumn).data().toString(),
             QStringLiteral("redis"));
    quick->clear();
    QTRY_COMPARE(m_window->browser()->proxyModel()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
