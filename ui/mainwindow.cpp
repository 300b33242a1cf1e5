#include "ui/mainwindow.h"

#include "app/actions/actionlog.h"
#include "app/api/apienums.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/runimagesynchronizerequest.h"
#include "app/exports/exporttaskmanager.h"
#include "app/exports/exporttaskstore.h"
#include "app/images/imagelistloader.h"
#include "app/images/scanstatuspoller.h"
#include "app/images/scansubmitter.h"
#include "app/net/hssclient.h"
#include "app/profiles/clientconfigloader.h"
#include "app/profiles/profilestore.h"
#include "ui/embeddedsandbox.h"
#include "ui/exports/actionlogdialog.h"
#include "ui/exports/exportdialog.h"
#include "ui/exports/exporttaskspanel.h"
#include "ui/exports/resultviewer.h" // exporttaskspanel.h keeps a QPointer to it
#include "ui/images/imagefilterform.h"
#include "ui/images/imagelabels.h"
#include "ui/images/imageproxymodel.h"
#include "ui/images/imagetablemodel.h"
#include "ui/images/imagetableview.h"
#include "ui/profiles/profiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/uilogging.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QIcon>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// Polling a scan narrows to one listing per image name; past this many names one listing of
// the whole filter is cheaper.
constexpr int kMaxPollFilters = 20;

QString formGroup(const QString &profileKey)
{
    return QStringLiteral("filterForm/%1").arg(profileKey);
}

QString profileKeyOf(const QString &profileName)
{
    // Profile names may hold characters QSettings treats as structure.
    return QStringLiteral("profile-")
        + QString::fromLatin1(QUrl::toPercentEncoding(profileName).replace('%', '_'));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_client(new HssClient(this))
    , m_loader(new ImageListLoader(m_client, this))
    , m_poller(new ScanStatusPoller(m_client, this))
    , m_scanSubmitter(new ScanSubmitter(m_client, this))
    , m_actionLog(new ActionLog(QString(), this))
    , m_taskStore(std::make_unique<ExportTaskStore>())
    , m_exports(new ExportTaskManager(m_client, m_taskStore.get(), m_actionLog, this))
    , m_model(new ImageTableModel(this))
    , m_proxy(new ImageProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HSS Image Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hss-image-desk.png")));
    m_proxy->setSourceModel(m_model);
    m_exports->setScopeLabeller(&ImageLabels::filter);
    // Re-filtering a large list per keystroke would make typing stutter.
    m_quickFilterTimer.setSingleShot(true);
    m_quickFilterTimer.setInterval(200);
    connect(&m_quickFilterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setQuickFilter(m_quickFilter->text()); });

    // Read before the tasks panel is built, so it lists every stored task from the start.
    const bool tasksLoaded = m_taskStore->load();
    createLayout();
    createActions();

    connect(m_form, &ImageFilterForm::applied, this, &MainWindow::applyFilter);
    connect(m_quickFilter, &QLineEdit::textChanged, &m_quickFilterTimer,
            qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelectionStatus);
    // The quick filter re-filters with one layout change; the count must follow it.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateSelectionStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSelectionStatus);

    connect(m_loader, &ImageListLoader::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_loader, &ImageListLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_matching = total;
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(static_cast<int>(std::min<qint64>(loaded, INT_MAX)));
        updateActions();
    });
    connect(m_loader, &ImageListLoader::finished, this, &MainWindow::onLoadEnded);
    connect(m_loader, &ImageListLoader::canceled, this, [this] {
        onLoadEnded();
        statusBar()->showMessage(tr("Loading canceled"), 5000);
    });
    connect(m_loader, &ImageListLoader::failed, this, [this](const HssError &error) {
        onLoadEnded();
        m_messageBar->showError(tr("The image list could not be loaded"), error);
    });

    connect(m_poller, &ScanStatusPoller::imagesUpdated, this, [this](const QList<ImageInfo> &images) {
        m_model->updateImages(images);
        updateScanProgress();
    });
    connect(m_poller, &ScanStatusPoller::finished, this, &MainWindow::showScanSummary);
    connect(m_poller, &ScanStatusPoller::gaveUp, this, [this](const QSet<qint64> &pending) {
        m_scanLabel->hide();
        m_scanWatched.clear();
        m_messageBar->showMessage(
            tr("%n image(s) are still being scanned; press F5 later to see their result.", nullptr,
               static_cast<int>(pending.size())),
            MessageBar::Type::Information);
    });
    connect(m_poller, &ScanStatusPoller::failed, this, [this](const HssError &error) {
        m_messageBar->showError(tr("The scan status could not be refreshed"), error);
    });

    if (!tasksLoaded)
        m_messageBar->showMessage(tr("Earlier export tasks could not be read: %1")
                                      .arg(m_taskStore->errorString()),
                                  MessageBar::Type::Warning);
    // Tasks are resumed by setConnection(): before it the client has no endpoint to poll.

    restoreWindowState();
    updateActions();
    updateSelectionStatus();
}

MainWindow::~MainWindow()
{
    // The manager keeps a pointer to the task store, which goes with the members.
    delete m_exports;
}

void MainWindow::createLayout()
{
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

    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);

    m_profileSwitcher = new ProfileSwitcher(this);
    connect(m_profileSwitcher, &ProfileSwitcher::sandboxChosen, this, [this] {
        if (m_profiles)
            m_profiles->setCurrentProfile(QString());
        openSandbox();
    });
    connect(m_profileSwitcher, &ProfileSwitcher::profileChosen, this, &MainWindow::openProfile);
    connect(m_profileSwitcher, &ProfileSwitcher::manageRequested, this, &MainWindow::manageProfiles);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *formScroll = new QScrollArea(m_splitter);
    formScroll->setObjectName(QStringLiteral("filterScrollArea"));
    formScroll->setWidgetResizable(true);
    m_form = new ImageFilterForm(formScroll);
    m_form->setObjectName(QStringLiteral("filterForm"));
    formScroll->setWidget(m_form);

    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(4, 4, 4, 4);
    m_quickFilter = new QLineEdit(tablePane);
    m_quickFilter->setObjectName(QStringLiteral("quickFilterLineEdit"));
    m_quickFilter->setPlaceholderText(tr("Quick filter the rows shown (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setClearButtonEnabled(true);
    tableLayout->addWidget(m_quickFilter);
    m_view = new ImageTableView(tablePane);
    m_view->setModel(m_proxy);
    m_view->showDefaultColumns();
    tableLayout->addWidget(m_view, 1);

    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(tablePane);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgressBar"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadingButton"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    m_scanLabel = new QLabel(this);
    m_scanLabel->setObjectName(QStringLiteral("scanProgressLabel"));
    m_scanLabel->hide();
    statusBar()->addPermanentWidget(m_scanLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    setTabOrder(m_form, m_quickFilter);
    setTabOrder(m_quickFilter, m_view);
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

    m_refreshAction = make(tr("&Refresh"), QKeySequence(Qt::Key_F5), "refreshAction");
    m_refreshAction->setToolTip(tr("Load the list again with the applied filters (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_cancelAction = make(tr("&Cancel loading"), QKeySequence(Qt::Key_Escape), "cancelAction");
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelLoading);

    m_scanSelectedAction = make(tr("&Scan selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                "scanSelectedAction");
    m_scanSelectedAction->setToolTip(tr("Scan the selected images (Ctrl+Shift+S)"));
    connect(m_scanSelectedAction, &QAction::triggered, this, &MainWindow::scanSelected);

    m_scanAllAction = make(tr("Scan &all matching…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                           "scanAllAction");
    m_scanAllAction->setToolTip(tr("Scan every image the applied filters match (Ctrl+Shift+A)"));
    connect(m_scanAllAction, &QAction::triggered, this, &MainWindow::scanAllMatching);

    m_syncAction = make(tr("S&ync from SWR"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                        "syncAction");
    m_syncAction->setToolTip(tr("Fetch the latest image list from SWR, then refresh (Ctrl+Shift+Y)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::synchronizeFromSwr);

    m_copyAction = make(tr("&Copy rows"), QKeySequence::Copy, "copyAction");
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, m_view, &ImageTableView::copySelection);

    m_selectAllAction = make(tr("Select &all"), QKeySequence::SelectAll, "selectAllAction");
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_selectAllAction);
    connect(m_selectAllAction, &QAction::triggered, m_view, &QTableView::selectAll);

    m_quickFilterAction = make(tr("&Quick filter"), QKeySequence::Find, "quickFilterAction");
    connect(m_quickFilterAction, &QAction::triggered, this, [this] {
        m_quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_quickFilter->selectAll();
    });

    m_editFiltersAction = make(tr("Edit &filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                               "editFiltersAction");
    connect(m_editFiltersAction, &QAction::triggered, this, [this] {
        if (QWidget *first = m_form->widgetForField(QStringLiteral("image_type")))
            first->setFocus(Qt::ShortcutFocusReason);
    });

    m_switchProfileAction = make(tr("Switch &profile"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 "switchProfileAction");
    connect(m_switchProfileAction, &QAction::triggered, this, [this] {
        m_profileSwitcher->setFocus(Qt::ShortcutFocusReason);
        m_profileSwitcher->showPopup();
    });

    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, "quitAction");
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_switchProfileAction);
    QAction *newProfile = fileMenu->addAction(tr("&New profile…"), this, [this] { editProfile({}); });
    newProfile->setObjectName(QStringLiteral("newProfileAction"));
    newProfile->setShortcut(QKeySequence::New);
    fileMenu->addAction(tr("&Edit profile…"), this, [this] {
            editProfile(m_sandbox ? QString() : m_profileSwitcher->currentProfile());
        })->setObjectName(QStringLiteral("editProfileAction"));
    fileMenu->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfiles)
        ->setObjectName(QStringLiteral("manageProfilesAction"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_copyAction);
    editMenu->addAction(m_selectAllAction);
    editMenu->addSeparator();
    editMenu->addAction(m_quickFilterAction);
    editMenu->addAction(m_editFiltersAction);
    QMenu *imagesMenu = menuBar()->addMenu(tr("&Images"));
    imagesMenu->addAction(m_refreshAction);
    imagesMenu->addAction(m_cancelAction);
    imagesMenu->addSeparator();
    imagesMenu->addAction(m_scanSelectedAction);
    imagesMenu->addAction(m_scanAllAction);
    imagesMenu->addSeparator();
    imagesMenu->addAction(m_syncAction);

    m_exportsDock = new ExportTasksPanel(m_exports, this);
    m_exportsDock->setObjectName(QStringLiteral("exportTasksDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_exportsDock);
    m_exportsDock->hide();
    connect(m_exportsDock, &ExportTasksPanel::statusMessage, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    QAction *exportAction = make(tr("&Baseline results…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 "exportBaselineAction");
    exportAction->setToolTip(tr("Export baseline-check results of the selected or all matching "
                                "images (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportBaseline);
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
    connect(logAction, &QAction::triggered, this, &MainWindow::showActionLog);
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
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_scanSelectedAction);
    toolBar->addAction(m_scanAllAction);
    toolBar->addAction(m_syncAction);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->insertActions(m_copyAction, {m_scanSelectedAction, m_scanAllAction, separator});
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_view->addActions({separator2, m_refreshAction});
}

void MainWindow::setConnection(const ClientConfig &config, const QString &profileKey,
                               const QString &displayName, bool sandbox)
{
    m_loader->cancel();
    m_poller->stop();
    m_scanWatched.clear();
    m_scanLabel->hide();
    // The old profile's tasks must not be polled with the new credentials.
    m_exports->stopAll();
    if (!m_profileKey.isEmpty())
        saveFormState();
    m_client->setConfig(config);
    m_profileKey = profileKey;
    m_displayName = displayName;
    m_exports->setProfileName(displayName);
    m_exports->resume();
    m_sandbox = sandbox;
    m_sandboxBanner->setVisible(sandbox);
    setWindowTitle(tr("%1 — HSS Image Desk").arg(displayName));
    m_model->clear();
    m_filterApplied = false;
    m_matching = -1;

    QSettings settings;
    settings.beginGroup(formGroup(profileKey));
    m_form->restoreState(settings);
    settings.endGroup();
    // Open on what the analyst last looked at with this profile.
    m_form->apply();
    updateActions();
}

void MainWindow::setProfileStore(ProfileStore *profiles, CredentialStore *credentials)
{
    m_profiles = profiles;
    m_credentials = credentials;
    m_profileSwitcher->setProfileStore(profiles);
}

void MainWindow::openStartupConnection(bool forceSandbox)
{
    const QString last = m_profiles ? m_profiles->currentProfileName() : QString();
    if (forceSandbox || last.isEmpty())
        openSandbox();
    else
        openProfile(last);
}

void MainWindow::openProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile || !m_credentials) {
        m_messageBar->showMessage(tr("The profile %1 does not exist any more.").arg(name),
                                  MessageBar::Type::Error);
        m_profileSwitcher->showCurrent(m_profileSwitcher->currentProfile());
        return;
    }
    if (m_configLoader)
        m_configLoader->deleteLater();
    m_configLoader = new ClientConfigLoader(m_credentials, this);
    ClientConfigLoader *loader = m_configLoader;
    statusBar()->showMessage(tr("Reading the secrets of %1 from the keychain…").arg(name));
    connect(loader, &ClientConfigLoader::finished, this, [this, loader, name] {
        loader->deleteLater();
        if (loader != m_configLoader)
            return; // a later choice won
        statusBar()->clearMessage();
        if (!loader->isOk()) {
            m_messageBar->showMessage(tr("The profile %1 could not be opened: %2")
                                          .arg(name, loader->errorString()),
                                      MessageBar::Type::Error);
            m_profileSwitcher->showCurrent(m_profileSwitcher->currentProfile());
            return;
        }
        m_messageBar->dismiss();
        setConnection(loader->config(), profileKeyOf(name), name, false);
        m_profiles->setCurrentProfile(name);
        m_profileSwitcher->showCurrent(name);
    });
    loader->load(*profile);
}

void MainWindow::manageProfiles()
{
    if (!m_profiles || !m_credentials)
        return;
    ProfilesDialog dialog(m_profiles, m_credentials, this);
    dialog.exec();
    const QString current = m_sandbox ? QString() : m_profileSwitcher->currentProfile();
    if (current.isEmpty())
        return;
    if (dialog.removedProfiles().contains(current))
        openSandbox();
    else if (dialog.savedProfiles().contains(current))
        openProfile(current); // its settings or secrets may have changed
}

void MainWindow::editProfile(const QString &name)
{
    if (!m_profiles || !m_credentials)
        return;
    ProfileDialog dialog(m_profiles, m_credentials, this);
    dialog.start(name.isEmpty() ? ProfileDialog::Mode::Create : ProfileDialog::Mode::Edit, name);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        openProfile(dialog.profile().name);
    else if (result == ProfileDialog::Deleted && name == m_profileSwitcher->currentProfile())
        openSandbox();
}

bool MainWindow::openSandbox(const SandboxConfig &config)
{
    if (!m_embeddedSandbox)
        m_embeddedSandbox = new EmbeddedSandbox(this);
    QString error;
    if (!m_embeddedSandbox->start(config, &error)) {
        m_messageBar->showMessage(tr("The built-in sandbox could not start: %1").arg(error),
                                  MessageBar::Type::Error);
        return false;
    }
    setConnection(m_embeddedSandbox->clientConfig(), QStringLiteral("sandbox"), tr("Sandbox"), true);
    m_profileSwitcher->showCurrent(QString());
    return true;
}

void MainWindow::applyFilter(const ImageFilter &filter)
{
    m_filter = filter;
    m_filterApplied = true;
    saveFormState();
    refresh();
}

void MainWindow::refresh()
{
    if (!m_filterApplied) {
        m_form->apply();
        return;
    }
    const QList<int> selected = m_view->selectedSourceRows();
    for (int row : selected)
        m_keepSelection.insert(m_model->idAt(row));
    qCDebug(lcUi) << "loading images, keeping" << m_keepSelection.size() << "selected";
    m_model->clear();
    m_matching = -1;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_loader->start(m_filter);
    updateActions();
}

void MainWindow::cancelLoading()
{
    m_loader->cancel();
}

void MainWindow::onPageLoaded(qint64 offset, const QList<ImageInfo> &images)
{
    m_model->addPage(offset, images);
    if (m_autoSizeColumns) {
        // Sized once to real data; after that the analyst's widths win and are remembered.
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
        m_autoSizeColumns = false;
    }
    if (m_keepSelection.isEmpty())
        return;
    QList<int> rows;
    for (const ImageInfo &image : images) {
        if (m_keepSelection.contains(image.id))
            rows.append(m_model->rowOfId(image.id));
    }
    m_view->selectSourceRows(rows);
}

void MainWindow::onLoadEnded()
{
    m_progress->hide();
    m_cancelButton->hide();
    m_keepSelection.clear();
    updateActions();
    updateSelectionStatus();
}

void MainWindow::updateSelectionStatus()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_selectionLabel->setText(tr("%Ln selected", nullptr, static_cast<int>(selected)));
    const int shown = m_proxy->rowCount();
    if (m_matching >= 0)
        m_countLabel->setText(tr("%L1 of %Ln image(s) shown", nullptr,
                                 static_cast<int>(std::min<qint64>(m_matching, INT_MAX)))
                                  .arg(shown));
    else
        m_countLabel->setText(tr("%Ln image(s) shown", nullptr, shown));
    QString empty;
    if (shown == 0 && !m_loader->isRunning()) {
        if (m_model->rowCount() > 0)
            empty = tr("No images match the quick filter \"%1\"").arg(m_quickFilter->text());
        else if (m_matching == 0)
            empty = tr("No images match these filters");
    }
    m_view->setEmptyText(empty);
    updateActions();
}

void MainWindow::updateScanProgress()
{
    if (m_scanWatched.isEmpty()) {
        m_scanLabel->hide();
        return;
    }
    const QSet<qint64> pending = m_poller->pending();
    qsizetype done = 0;
    for (qint64 id : std::as_const(m_scanWatched))
        done += pending.contains(id) ? 0 : 1;
    m_scanLabel->setText(tr("Scan: %L1 of %Ln image(s) final", nullptr,
                            static_cast<int>(m_scanWatched.size()))
                             .arg(done));
    m_scanLabel->show();
}

void MainWindow::showScanSummary()
{
    m_scanLabel->hide();
    // Counted from the rows as they now read, so the summary says what the table shows.
    QMap<QString, int> byStatus;
    int notListed = 0;
    for (qint64 id : std::as_const(m_scanWatched)) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            ++notListed;
        else
            ++byStatus[m_model->scanStatusAt(row)];
    }
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts.append(tr("%1: %L2").arg(ImageLabels::scanStatus(it.key())).arg(it.value()));
    if (notListed > 0)
        parts.append(tr("no longer listed: %L1").arg(notListed));
    const auto total = static_cast<int>(m_scanWatched.size());
    m_scanWatched.clear();
    const bool anyFailed = std::any_of(byStatus.keyBegin(), byStatus.keyEnd(), [](const QString &s) {
        return s != QLatin1String("success");
    });
    m_messageBar->showMessage(tr("Scan finished for %Ln image(s) — %1", nullptr, total)
                                  .arg(parts.join(QStringLiteral(", "))),
                              anyFailed ? MessageBar::Type::Warning : MessageBar::Type::Information);
}

void MainWindow::updateActions()
{
    const bool scannable = ApiEnums::scanImageTypes().contains(m_filter.imageType);
    const bool loading = m_loader->isRunning();
    const bool hasSelection = m_view->selectionModel()->hasSelection();
    m_cancelAction->setEnabled(loading);
    m_scanSelectedAction->setEnabled(scannable && hasSelection && !m_scanSubmitter->isRunning());
    m_scanAllAction->setEnabled(scannable && m_matching > 0 && !m_scanSubmitter->isRunning());
    m_syncAction->setEnabled(m_filterApplied && !m_syncInFlight
                             && ApiEnums::syncImageTypes().contains(m_filter.imageType));
    m_copyAction->setEnabled(hasSelection);
    const QString notScannable = tr("%1 cannot be scanned from here")
                                     .arg(ImageLabels::imageType(m_filter.imageType));
    m_scanSelectedAction->setStatusTip(scannable ? QString() : notScannable);
    m_scanAllAction->setStatusTip(scannable ? QString() : notScannable);
}

void MainWindow::scanSelected()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty() || !ApiEnums::scanImageTypes().contains(m_filter.imageType))
        return;
    const bool enterprise = m_filter.imageType == QLatin1String("instance_image");
    BatchScanSwrImageRequest request;
    request.filter.imageType = m_filter.imageType;
    for (int row : rows)
        request.images.append(m_model->scanTargetAt(row, enterprise));
    const QList<ImageInfo> affected = selectedImages();
    // The service takes at most 10,241 images per call, so each part is checked on its own.
    if (const FieldErrors errors = ScanSubmitter::validate(request); !errors.isEmpty()) {
        m_messageBar->showError(tr("The selected images cannot be scanned"),
                                HssError::invalidInput(errors));
        return;
    }
    const int count = static_cast<int>(rows.size());
    const QString question =
        tr("Scan %n selected image(s)?\n\nHSS bills image scans per image scanned.", nullptr, count);
    if (MessageBox::question(this, tr("Scan images"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    sendScan(request, affected, ScanStatusPoller::narrowFilters(m_filter, affected, kMaxPollFilters),
             tr("%n selected image(s)", nullptr, count));
}

QList<ImageInfo> MainWindow::selectedImages() const
{
    const QList<int> rows = m_view->selectedSourceRows();
    QList<ImageInfo> images;
    images.reserve(rows.size());
    for (int row : rows)
        images.append(m_model->imageAt(row));
    return images;
}

void MainWindow::scanAllMatching()
{
    if (m_matching <= 0 || !ApiEnums::scanImageTypes().contains(m_filter.imageType))
        return;
    BatchScanSwrImageRequest request;
    request.filter = m_filter;
    request.operateAll = true;
    const FieldErrors errors = ScanSubmitter::validate(request);
    if (!errors.isEmpty()) {
        m_messageBar->showError(tr("The matching images cannot be scanned"),
                                HssError::invalidInput(errors));
        return;
    }
    QString question = tr("Scan all %n image(s) matching the current filters?\n\n"
                          "HSS bills image scans per image scanned, and a full scan cannot be "
                          "stopped once it has started.",
                          nullptr, static_cast<int>(std::min<qint64>(m_matching, INT_MAX)));
    // The scan call knows fewer filters than the list: say so rather than scan more than shown.
    QStringList ignored;
    if (m_filter.hasVul)
        ignored.append(tr("has vulnerabilities"));
    if (m_filter.hasMaliciousFile)
        ignored.append(tr("has malicious files"));
    if (m_filter.hasUnsafeSetting)
        ignored.append(tr("has unsafe settings"));
    if (!m_filter.instanceName.isEmpty())
        ignored.append(tr("instance name"));
    if (!m_filter.instanceId.isEmpty())
        ignored.append(tr("instance ID"));
    if (!ignored.isEmpty())
        question += QStringLiteral("\n\n")
            + tr("The scan call does not support these filters, so more images than listed may "
                 "be scanned: %1.")
                  .arg(ignored.join(QStringLiteral(", ")));
    if (MessageBox::question(this, tr("Scan all matching images"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QList<ImageInfo> affected;
    affected.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        affected.append(m_model->imageAt(row));
    sendScan(request, affected, {ScanStatusPoller::stableFilter(m_filter)},
             tr("all images matching: %1").arg(filterInWords()));
}

void MainWindow::sendScan(const BatchScanSwrImageRequest &scan, const QList<ImageInfo> &affected,
                          const QList<ImageFilter> &pollFilters, const QString &scope)
{
    if (m_scanSubmitter->isRunning())
        return;
    QSet<qint64> ids;
    for (const ImageInfo &image : affected)
        ids.insert(image.id);
    m_scanSubmitter->setActionLog(m_actionLog, m_displayName);
    connect(
        m_scanSubmitter, &ScanSubmitter::finished, this,
        [this, ids, pollFilters](const ScanSubmitter::Result &result) {
            updateActions();
            if (result.error.isError()) {
                m_messageBar->showError(result.error.kind == HssError::Kind::OutcomeUnknown
                                            ? tr("The scan may have been started")
                                            : tr("The scan could not be started"),
                                        result.error);
                return;
            }
            m_messageBar->showMessage(
                tr("Scan requested for %n image(s); their status is refreshed until it is final.",
                   nullptr, static_cast<int>(ids.size())),
                MessageBar::Type::Information);
            watchScan(pollFilters, ids);
        },
        Qt::SingleShotConnection);
    m_scanSubmitter->submit(scan, scope);
    updateActions();
}

void MainWindow::watchScan(const QList<ImageFilter> &filters, const QSet<qint64> &ids)
{
    QSet<qint64> watched = ids;
    if (m_poller->isRunning())
        watched.unite(m_poller->pending());
    else
        m_scanWatched.clear();
    m_scanWatched.unite(watched);
    m_poller->start(filters, watched);
    updateScanProgress();
}

void MainWindow::synchronizeFromSwr()
{
    if (!ApiEnums::syncImageTypes().contains(m_filter.imageType) || m_syncInFlight)
        return;
    m_syncInFlight = true;
    updateActions();
    statusBar()->showMessage(tr("Synchronising the image list from SWR…"));
    auto *reply = m_client->send(RunImageSynchronizeRequest{m_filter.imageType});
    // The log names what was sent; the filter or profile may change before the answer comes.
    const QString scope = ImageLabels::imageType(m_filter.imageType);
    const QString profile = m_displayName;
    connect(reply, &HssReply::finished, this, [this, reply, scope, profile] {
        reply->deleteLater();
        m_actionLog->appendReply(profile, QStringLiteral("sync"), scope, *reply);
        m_syncInFlight = false;
        statusBar()->clearMessage();
        updateActions();
        // HssReply already turns an answer with a non-zero error_code into an Api error.
        if (!reply->isOk()) {
            m_messageBar->showError(reply->error().kind == HssError::Kind::OutcomeUnknown
                                        ? tr("Synchronising from SWR may have been started")
                                        : tr("Synchronising from SWR failed"),
                                    reply->error());
            return;
        }
        m_messageBar->showMessage(tr("The image list was synchronised from SWR."),
                                  MessageBar::Type::Information);
        refresh();
    });
}

QString MainWindow::filterInWords() const
{
    RequestSigner::QueryList query;
    m_filter.appendQuery(query);
    QStringList parts;
    for (const auto &[key, value] : std::as_const(query))
        parts.append(QStringLiteral("%1=%2").arg(key, value));
    return parts.join(QStringLiteral(", "));
}

void MainWindow::exportBaseline()
{
    // m_matching is -1 until a load said how many match; the dialog then asks for the size.
    ExportDialog dialog(selectedImages(), m_filter, m_matching, this);
    dialog.setRecordCounter(m_client);
    dialog.setManager(m_exports);
    if (dialog.exec() == QDialog::Accepted)
        m_exportsDock->show();
}

void MainWindow::showActionLog()
{
    ActionLogDialog(m_actionLog, this).exec();
}

void MainWindow::saveFormState() const
{
    if (m_profileKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(formGroup(m_profileKey));
    m_form->saveState(settings);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray())) {
        // As wide as the form wants in the current language, so it needs no horizontal scroll bar.
        const auto *formScroll = qobject_cast<QScrollArea *>(m_splitter->widget(0));
        const int formWidth = m_form->sizeHint().width() + formScroll->verticalScrollBar()->sizeHint().width()
            + 2 * formScroll->frameWidth();
        m_splitter->setSizes({formWidth, std::max(width() - formWidth, formWidth)});
    }
    m_autoSizeColumns =
        !m_view->restoreHeaderState(settings.value(QStringLiteral("tableHeader")).toByteArray());
    m_exportsDock->setVisible(settings.value(QStringLiteral("exportTasksVisible"), false).toBool());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tableHeader"), m_view->saveHeaderState());
    settings.setValue(QStringLiteral("exportTasksVisible"), !m_exportsDock->isHidden());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    m_poller->stop();
    saveFormState();
    saveWindowState();
    event->accept();
}
