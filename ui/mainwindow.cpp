#include "ui/mainwindow.h"

#include "app/actions/actionlog.h"
#include "app/base/settingkeys.h"
#include "app/net/hssclient.h"
#include "ui/exports/actionlogdialog.h"
#include "ui/exports/exportcontroller.h"
#include "ui/exports/exporttaskspanel.h"
#include "ui/exports/resultviewer.h" // exporttaskspanel.h keeps a QPointer to it
#include "ui/images/imagefilterform.h"
#include "ui/images/imagetableview.h"
#include "ui/images/scancontroller.h"
#include "ui/images/synccontroller.h"
#include "ui/profiles/profilecontroller.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/widgets/messagebar.h"

#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new HssClient(this))
    , m_actionLog(new ActionLog(QString(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HSS Image Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hss-image-desk.png")));
    createControllers(createWidgets());
    createActions();
    restoreWindowState();
    updateActions();
}

ImageBrowser::Widgets MainWindow::createWidgets()
{
    ImageBrowser::Widgets w;
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sandboxBanner = new QLabel(tr("Sandbox — demo data, not your cloud"), central);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setAccessibleName(tr("Sandbox notice"));
    m_sandboxBanner->setAlignment(Qt::AlignCenter);
    m_sandboxBanner->setMargin(6);
    m_sandboxBanner->setStyleSheet(
        QStringLiteral("background: #ffb300; color: #212121; font-weight: bold;"));
    m_sandboxBanner->hide();
    layout->addWidget(m_sandboxBanner);

    m_messageBar = w.messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);
    m_profileSwitcher = new ProfileSwitcher(this);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *formScroll = new QScrollArea(m_splitter);
    formScroll->setObjectName(QStringLiteral("filterScrollArea"));
    formScroll->setWidgetResizable(true);
    w.form = new ImageFilterForm(formScroll);
    w.form->setObjectName(QStringLiteral("filterForm"));
    formScroll->setWidget(w.form);

    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(4, 4, 4, 4);
    m_quickFilter = w.quickFilter = new QLineEdit(tablePane);
    m_quickFilter->setObjectName(QStringLiteral("quickFilterLineEdit"));
    m_quickFilter->setPlaceholderText(tr("Quick filter the rows shown (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setClearButtonEnabled(true);
    tableLayout->addWidget(m_quickFilter);
    m_view = w.view = new ImageTableView(tablePane);
    tableLayout->addWidget(m_view, 1);

    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(tablePane);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    w.countLabel = new QLabel(this);
    w.countLabel->setObjectName(QStringLiteral("countLabel"));
    w.selectionLabel = new QLabel(this);
    w.selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    w.progress = new QProgressBar(this);
    w.progress->setObjectName(QStringLiteral("loadProgressBar"));
    w.progress->setAccessibleName(tr("Loading progress"));
    w.progress->setMaximumWidth(200);
    w.progress->setFormat(tr("%v of %m"));
    w.progress->hide();
    w.cancelButton = new QPushButton(tr("Cancel"), this);
    w.cancelButton->setObjectName(QStringLiteral("cancelLoadingButton"));
    w.cancelButton->setAccessibleName(tr("Cancel loading"));
    w.cancelButton->hide();
    m_scanLabel = new QLabel(this);
    m_scanLabel->setObjectName(QStringLiteral("scanProgressLabel"));
    m_scanLabel->hide();
    w.statusBar = statusBar();
    for (QWidget *permanent : QList<QWidget *>{m_scanLabel, w.countLabel, w.selectionLabel, w.progress,
                                               w.cancelButton})
        statusBar()->addPermanentWidget(permanent);

    setTabOrder(w.form, m_quickFilter);
    setTabOrder(m_quickFilter, m_view);
    return w;
}

void MainWindow::createControllers(const ImageBrowser::Widgets &browserWidgets)
{
    m_browser = new ImageBrowser(m_client, browserWidgets, this);
    m_scans = new ScanController(m_client, m_browser, m_actionLog, m_messageBar, m_scanLabel, this);
    m_sync = new SyncController(m_client, m_browser, m_actionLog, m_messageBar, statusBar(), this);
    // Reads the stored tasks before the tasks panel is built, so it lists every one from the start.
    m_exports = new ExportController(m_client, m_actionLog, m_browser, m_messageBar, this);
    m_profiles = new ProfileController(m_profileSwitcher, m_messageBar, statusBar(), this);

    m_exportsDock = new ExportTasksPanel(m_exports->manager(), this);
    m_exportsDock->setObjectName(QStringLiteral("exportTasksDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_exportsDock);
    m_exportsDock->hide();

    connect(m_browser, &ImageBrowser::stateChanged, this, &MainWindow::updateActions);
    connect(m_scans, &ScanController::stateChanged, this, &MainWindow::updateActions);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::updateActions);
    connect(m_exports, &ExportController::exportStarted, m_exportsDock, &QWidget::show);
    connect(m_exportsDock, &ExportTasksPanel::statusMessage, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_profiles, &ProfileController::connectionChanged, this, &MainWindow::onConnectionChanged);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    QAction *refreshAction = make(tr("&Refresh"), QKeySequence(Qt::Key_F5), "refreshAction");
    refreshAction->setToolTip(tr("Load the list again with the applied filters (F5)"));
    connect(refreshAction, &QAction::triggered, m_browser, &ImageBrowser::refresh);

    m_cancelAction = make(tr("&Cancel loading"), QKeySequence(Qt::Key_Escape), "cancelAction");
    connect(m_cancelAction, &QAction::triggered, m_browser, &ImageBrowser::cancelLoading);

    m_scanSelectedAction = make(tr("&Scan selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                "scanSelectedAction");
    m_scanSelectedAction->setToolTip(tr("Scan the selected images (Ctrl+Shift+S)"));
    connect(m_scanSelectedAction, &QAction::triggered, m_scans, &ScanController::scanSelected);

    m_scanAllAction = make(tr("Scan &all matching…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                           "scanAllAction");
    m_scanAllAction->setToolTip(tr("Scan every image the applied filters match (Ctrl+Shift+A)"));
    connect(m_scanAllAction, &QAction::triggered, m_scans, &ScanController::scanAllMatching);

    m_syncAction = make(tr("S&ync from SWR"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                        "syncAction");
    m_syncAction->setToolTip(tr("Fetch the latest image list from SWR, then refresh (Ctrl+Shift+Y)"));
    connect(m_syncAction, &QAction::triggered, m_sync, &SyncController::synchronizeFromSwr);

    m_copyAction = make(tr("&Copy rows"), QKeySequence::Copy, "copyAction");
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, m_view, &ImageTableView::copySelection);

    QAction *selectAllAction = make(tr("Select &all"), QKeySequence::SelectAll, "selectAllAction");
    selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(selectAllAction);
    connect(selectAllAction, &QAction::triggered, m_view, &QTableView::selectAll);

    QAction *quickFilterAction = make(tr("&Quick filter"), QKeySequence::Find, "quickFilterAction");
    connect(quickFilterAction, &QAction::triggered, this, [this] {
        m_quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_quickFilter->selectAll();
    });

    QAction *editFiltersAction = make(tr("Edit &filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                      "editFiltersAction");
    connect(editFiltersAction, &QAction::triggered, this, [this] {
        if (QWidget *first = m_browser->form()->widgetForField(QStringLiteral("image_type")))
            first->setFocus(Qt::ShortcutFocusReason);
    });

    QAction *switchProfileAction = make(tr("Switch &profile"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                        "switchProfileAction");
    connect(switchProfileAction, &QAction::triggered, this, [this] {
        m_profileSwitcher->setFocus(Qt::ShortcutFocusReason);
        m_profileSwitcher->showPopup();
    });

    QAction *quitAction = make(tr("&Quit"), QKeySequence::Quit, "quitAction");
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(switchProfileAction);
    QAction *newProfile = fileMenu->addAction(tr("&New profile…"), m_profiles, &ProfileController::newProfile);
    newProfile->setObjectName(QStringLiteral("newProfileAction"));
    newProfile->setShortcut(QKeySequence::New);
    fileMenu->addAction(tr("&Edit profile…"), m_profiles, &ProfileController::editCurrentProfile)
        ->setObjectName(QStringLiteral("editProfileAction"));
    fileMenu->addAction(tr("&Manage profiles…"), m_profiles, &ProfileController::manageProfiles)
        ->setObjectName(QStringLiteral("manageProfilesAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({m_copyAction, selectAllAction});
    editMenu->addSeparator();
    editMenu->addActions({quickFilterAction, editFiltersAction});
    QMenu *imagesMenu = menuBar()->addMenu(tr("&Images"));
    imagesMenu->addActions({refreshAction, m_cancelAction});
    imagesMenu->addSeparator();
    imagesMenu->addActions({m_scanSelectedAction, m_scanAllAction});
    imagesMenu->addSeparator();
    imagesMenu->addAction(m_syncAction);

    QAction *exportAction = make(tr("&Baseline results…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 "exportBaselineAction");
    exportAction->setToolTip(tr("Export baseline-check results of the selected or all matching "
                                "images (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, m_exports, &ExportController::exportBaseline);
    QMenu *exportMenu = menuBar()->addMenu(tr("E&xport"));
    exportMenu->addAction(exportAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *tasksAction = m_exportsDock->toggleViewAction();
    tasksAction->setObjectName(QStringLiteral("exportTasksAction"));
    tasksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // Showing the panel from the keyboard puts the keyboard in it, or it stays out of reach.
    connect(tasksAction, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_exportsDock->view()->setFocus(Qt::ShortcutFocusReason);
        else
            m_view->setFocus(Qt::ShortcutFocusReason);
    });
    viewMenu->addAction(tasksAction);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *logAction = make(tr("&Action log…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                              "actionLogAction");
    connect(logAction, &QAction::triggered, this, [this] { ActionLogDialog(m_actionLog, this).exec(); });
    toolsMenu->addAction(logAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    auto *profileLabel = new QLabel(tr("Profile:"), toolBar);
    profileLabel->setBuddy(m_profileSwitcher);
    profileLabel->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addSeparator();
    toolBar->addActions({refreshAction, m_scanSelectedAction, m_scanAllAction, m_syncAction});

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->insertActions(m_copyAction, {m_scanSelectedAction, m_scanAllAction, separator});
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_view->addActions({separator2, refreshAction});
}

void MainWindow::onConnectionChanged(const ClientConfig &config, const QString &formKey,
                                     const QString &displayName, bool sandbox)
{
    m_browser->cancelLoading();
    m_scans->stop();
    // The old profile's tasks must not be polled with the new credentials.
    m_exports->stopFollowing();
    m_client->setConfig(config);
    m_scans->setProfileName(displayName);
    m_sync->setProfileName(displayName);
    m_exports->follow(displayName);
    m_sandboxBanner->setVisible(sandbox);
    setWindowTitle(tr("%1 — HSS Image Desk").arg(displayName));
    m_browser->openProfile(formKey);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool hasSelection = m_browser->hasSelection();
    m_cancelAction->setEnabled(m_browser->isLoading());
    m_scanSelectedAction->setEnabled(m_scans->canScanSelected());
    m_scanAllAction->setEnabled(m_scans->canScanAll());
    m_syncAction->setEnabled(m_sync->canSync());
    m_copyAction->setEnabled(hasSelection);
    const QString notScannable = m_scans->notScannableReason();
    m_scanSelectedAction->setStatusTip(notScannable);
    m_scanAllAction->setStatusTip(notScannable);
}

void MainWindow::restoreWindowState()
{
    namespace Keys = SettingKeys::MainWindow;
    const QSettings settings;
    if (!restoreGeometry(Keys::Geometry.read(settings)))
        resize(1280, 800);
    if (!m_splitter->restoreState(Keys::Splitter.read(settings))) {
        // As wide as the form wants in the current language, so it needs no horizontal scroll bar.
        const auto *formScroll = qobject_cast<QScrollArea *>(m_splitter->widget(0));
        const int formWidth = m_browser->form()->sizeHint().width()
            + formScroll->verticalScrollBar()->sizeHint().width() + 2 * formScroll->frameWidth();
        m_splitter->setSizes({formWidth, std::max(width() - formWidth, formWidth)});
    }
    m_browser->setAutoSizeColumns(!m_view->restoreHeaderState(Keys::TableHeader.read(settings)));
    m_exportsDock->setVisible(Keys::ExportTasksVisible.read(settings));
}

void MainWindow::saveWindowState() const
{
    namespace Keys = SettingKeys::MainWindow;
    QSettings settings;
    Keys::Geometry.write(settings, saveGeometry());
    Keys::Splitter.write(settings, m_splitter->saveState());
    Keys::TableHeader.write(settings, m_view->saveHeaderState());
    Keys::ExportTasksVisible.write(settings, !m_exportsDock->isHidden());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_browser->cancelLoading();
    m_scans->stop();
    m_browser->saveFormState();
    saveWindowState();
    event->accept();
}
