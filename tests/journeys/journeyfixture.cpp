#include "tests/journeys/journeyfixture.h"

#include "app/exports/exportsettings.h"
#include "app/images/imagelistloader.h"
#include "app/images/scanstatuspoller.h"
#include "sandbox/sandboxhost.h"
#include "ui/embeddedsandbox.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetableview.h"
#include "ui/mainwindow.h"
#include "ui/images/scancontroller.h"
#include "ui/profiles/profilecontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

JourneyFixture::JourneyFixture()
{
    m_questionWatch.setInterval(20);
    connect(&m_questionWatch, &QTimer::timeout, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->text().contains(QLatin1String("already exists")) || !box->button(QMessageBox::No))
            return;
        ++m_fileExistsQuestions;
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
}

JourneyFixture::~JourneyFixture()
{
    m_window.reset();
}

bool JourneyFixture::setUp(const QString &testName)
{
    if (!m_root.isValid())
        return false;
    // App data (export-tasks.json, actions.jsonl) and settings live here and nowhere else, and
    // stay across a restart of the window.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("HSS Image Desk Journeys"));
    QCoreApplication::setApplicationName(testName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_root.filePath(QStringLiteral("config")));
    ExportSettings::setDownloadFolder(downloadFolder());
    return true;
}

QString JourneyFixture::downloadFolder() const
{
    return m_root.filePath(QStringLiteral("Downloads/HSS exports"));
}

SandboxConfig JourneyFixture::quickSandbox()
{
    SandboxConfig config;
    config.imageCount = 120;
    config.scanQueueMs = 50;
    config.scanRunMs = 100;
    config.exportRunMs = 300;
    return config;
}

SandboxConfig JourneyFixture::watchableScanSandbox(int images)
{
    SandboxConfig config;
    config.port = 0;
    config.imageCount = images;
    // Long enough for "n of m final" to be on screen for a while, short enough for a test.
    config.scanQueueMs = 400;
    config.scanRunMs = 800;
    return config;
}

bool JourneyFixture::openWindow(const SandboxConfig &config)
{
    m_window = std::make_unique<MainWindow>();
    // The poller's production backoff starts at 2 s; the journey follows the same code faster.
    m_window->scans()->poller()->setInitialDelayMs(50);
    m_window->scans()->poller()->setMaxDelayMs(200);
    if (!m_window->profiles()->openSandbox(config))
        return false;
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    return QTest::qWaitFor(
        [this] { return !m_window->browser()->loader()->isRunning() && m_window->browser()->proxyModel()->rowCount() > 0; }, 30000);
}

void JourneyFixture::closeWindow()
{
    m_window.reset();
}

void JourneyFixture::activateWindowIfNoneIs()
{
    // The offscreen platform has no window manager to hand the focus back to the main window
    // once a dialog or another top-level window closed; a desktop does that by itself.
    const QWidget *active = QApplication::activeWindow();
    if (m_window && (!active || !active->isVisible()) && !QApplication::activeModalWidget()) {
        // The platform window often still has the focus (a closed popup never took it); only
        // the widgets' notion of the active window is stale.
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
    }
}

void JourneyFixture::quitWindow()
{
    if (!m_window)
        return;
    activateWindowIfNoneIs();
    // File → Quit with the mouse: Ctrl+Q is the platform's Quit key, which the offscreen
    // platform (Windows key bindings) does not have.
    clickMenuItem(QStringLiteral("File"), QStringLiteral("quitAction"));
    QTRY_VERIFY(!m_window->isVisible());
    m_window.reset();
}

SandboxServer *JourneyFixture::sandbox() const
{
    return m_window && m_window->profiles()->sandbox() ? m_window->profiles()->sandbox()->host()->server() : nullptr;
}

bool JourneyFixture::waitForList(int timeoutMs)
{
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("loadProgressBar"));
    return progress && QTest::qWaitFor([progress] { return !progress->isVisible(); }, timeoutMs);
}

QList<int> JourneyFixture::visibleRowsShowing(int column, const QString &text) const
{
    QList<int> rows;
    const ImageTableView *view = m_window->browser()->view();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QRect rect = view->visualRect(model->index(row, 0));
        if (rect.isValid() && view->viewport()->rect().contains(rect.bottomLeft() + QPoint(1, -1))
            && index.data().toString() == text)
            rows.append(row);
    }
    return rows;
}

void JourneyFixture::click(QWidget *widget, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(widget, Qt::LeftButton, modifiers);
}

void JourneyFixture::clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

void JourneyFixture::doubleClickRow(QAbstractItemView *view, int row)
{
    const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
    // A double click is a press, a release and a second press that Qt reads as a double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

void JourneyFixture::clickMenuItem(const QString &menuTitle, const QString &actionName)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = nullptr;
    const QList<QAction *> menus = bar->actions();
    for (QAction *a : menus) {
        if (a->menu() && a->text().remove(QLatin1Char('&')) == menuTitle)
            menu = a->menu();
    }
    QVERIFY2(menu, qPrintable(menuTitle));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QAction *item = nullptr;
    const QList<QAction *> items = menu->actions();
    for (QAction *a : items) {
        if (a->objectName() == actionName)
            item = a;
    }
    QVERIFY2(item, qPrintable(actionName));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
}

void JourneyFixture::chooseInCombo(QWidget *widget, const QVariant &data)
{
    auto *combo = qobject_cast<QComboBox *>(widget);
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    // The open list ignores a release that comes right after it opened (it would be the
    // opening click's own), so the item is reached with the arrow keys, as many analysts do.
    const int steps = index - combo->currentIndex();
    for (int i = 0; i < qAbs(steps); ++i)
        QTest::keyClick(list, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(combo->currentIndex(), index);
}

void JourneyFixture::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void JourneyFixture::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    activateWindowIfNoneIs();
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void JourneyFixture::onNextModal(std::function<void(QWidget *modal)> drive)
{
    m_modalDriven = false;
    QTimer::singleShot(0, this, [this, drive] {
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 10000))
            return;
        const QPointer<QWidget> modal = QApplication::activeModalWidget();
        drive(modal);
        m_modalDriven = !QTest::currentTestFailed();
        if (QTest::currentTestFailed() && modal && modal->isVisible())
            QTest::keyClick(modal, Qt::Key_Escape);
    });
}

void JourneyFixture::keepBothOnFileExists(bool enabled)
{
    if (enabled)
        m_questionWatch.start();
    else
        m_questionWatch.stop();
}
