#include "ui/exports/exporttaskspanel.h"

#include "app/api/exporttaskstatus.h"
#include "app/exports/exportsettings.h"
#include "ui/exports/exporttasksmodel.h"
#include "ui/exports/resultviewer.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

ExportTasksPanel::ExportTasksPanel(ExportTaskManager *manager, QWidget *parent)
    : QDockWidget(tr("Export tasks"), parent)
    , m_manager(manager)
    , m_model(new ExportTasksModel(manager, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_folderLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("exportTasksDock"));
    setAccessibleName(tr("Export tasks"));
    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("Save exports in"), current);
    };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    setConflictResolver([this](const QString &existing) {
        const auto answer = QMessageBox::question(
            this, tr("File exists"),
            tr("%1 already exists. Replace it? Choose No to keep both files.").arg(QDir::toNativeSeparators(existing)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            return ExportTaskManager::Conflict::Replace;
        return answer == QMessageBox::No ? ExportTaskManager::Conflict::KeepBoth : ExportTaskManager::Conflict::Cancel;
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExportTasksModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExportTasksModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Export tasks"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->hide();
    m_folderLabel->setAccessibleName(tr("Download folder"));

    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Export task actions"));
    m_downloadAction = toolBar->addAction(tr("&Download"), this, &ExportTasksPanel::downloadSelected);
    m_openFileAction = toolBar->addAction(tr("Open &file"), this, &ExportTasksPanel::openSelectedFile);
    m_openFolderAction = toolBar->addAction(tr("Open f&older"), this, &ExportTasksPanel::openSelectedFolder);
    m_showResultAction = toolBar->addAction(tr("&Show result"), this, &ExportTasksPanel::showSelectedResult);
    toolBar->addSeparator();
    m_folderAction = toolBar->addAction(tr("Download folder…"), this, &ExportTasksPanel::chooseDownloadFolder);

    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    layout->addWidget(m_progress);
    layout->addWidget(m_folderLabel);
    setWidget(contents);
    m_folderLabel->setText(tr("Saving to %1").arg(QDir::toNativeSeparators(m_manager->downloadFolder())));

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExportTasksPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExportTasksPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExportTasksPanel::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &ExportTasksPanel::showSelectedResult);
    connect(m_manager, &ExportTaskManager::taskFinished, this, &ExportTasksPanel::onTaskFinished);
    connect(m_manager, &ExportTaskManager::downloadProgress, this, &ExportTasksPanel::onDownloadProgress);
    connect(m_manager, &ExportTaskManager::downloadFinished, this, &ExportTasksPanel::onDownloadFinished);
    connect(m_manager, &ExportTaskManager::submitFailed, this, [this](const HssError &error) {
        announce(error.kind == HssError::Kind::OutcomeUnknown ? tr("Export may have been started")
                                                              : tr("Export not started"),
                 error.toString(), true);
    });
    connect(&m_elapsedTimer, &QTimer::timeout, m_model, &ExportTasksModel::refreshElapsed);
    m_elapsedTimer.start(1000);
    updateActions();
}

ExportTasksPanel::~ExportTasksPanel()
{
    // The resolver captures this panel; the manager may outlive it.
    if (m_manager)
        m_manager->setConflictResolver({});
    delete m_viewer;
}

void ExportTasksPanel::setConflictResolver(ExportTaskManager::ConflictResolver resolver)
{
    m_manager->setConflictResolver(std::move(resolver));
}

bool ExportTasksPanel::selectTask(const QString &taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row < 0)
        return false;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

QString ExportTasksPanel::selectedTaskId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ExportTasksModel::TaskIdRole).toString();
}

void ExportTasksPanel::updateActions()
{
    const ExportTaskRecord r = m_manager->task(selectedTaskId());
    const bool saved = !r.savedPath.isEmpty() && QFileInfo::exists(r.savedPath);
    m_downloadAction->setEnabled(r.state() == ExportTaskStatus::Success && !m_manager->isDownloading(r.taskId));
    m_openFileAction->setEnabled(saved);
    m_openFolderAction->setEnabled(saved);
    m_showResultAction->setEnabled(saved);
}

bool ExportTasksPanel::downloadSelected()
{
    return m_manager->download(selectedTaskId());
}

bool ExportTasksPanel::openSelectedFile()
{
    const ExportTaskRecord r = m_manager->task(selectedTaskId());
    return !r.savedPath.isEmpty() && m_openUrl(QUrl::fromLocalFile(r.savedPath));
}

bool ExportTasksPanel::openSelectedFolder()
{
    const ExportTaskRecord r = m_manager->task(selectedTaskId());
    return !r.savedPath.isEmpty() && m_openUrl(QUrl::fromLocalFile(QFileInfo(r.savedPath).absolutePath()));
}

ResultViewer *ExportTasksPanel::showSelectedResult()
{
    const ExportTaskRecord r = m_manager->task(selectedTaskId());
    return r.savedPath.isEmpty() ? nullptr : showResult(r.savedPath);
}

ResultViewer *ExportTasksPanel::showResult(const QString &zipPath)
{
    if (!m_viewer) {
        m_viewer = new ResultViewer;
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_viewer, &ResultViewer::loadFinished, this, [this](bool ok) {
            if (!ok)
                emit statusMessage(tr("Cannot open %1: %2")
                                       .arg(QDir::toNativeSeparators(m_viewer->archivePath()), m_viewer->errorString()));
        });
    }
    m_viewer->openArchive(zipPath);
    m_viewer->show();
    m_viewer->raise();
    return m_viewer;
}

void ExportTasksPanel::chooseDownloadFolder()
{
    const QString folder = m_chooseFolder(m_manager->downloadFolder());
    if (folder.isEmpty())
        return;
    m_manager->setDownloadFolder(folder);
    ExportSettings::setDownloadFolder(folder);
    m_folderLabel->setText(tr("Saving to %1").arg(QDir::toNativeSeparators(folder)));
}

void ExportTasksPanel::onTaskFinished(const ExportTaskRecord &record, const HssError &error)
{
    if (record.state() == ExportTaskStatus::Success)
        announce(tr("Export finished"), tr("Export task %1 (%2) succeeded.").arg(record.taskId, record.scope), false);
    else if (record.state() == ExportTaskStatus::Failure)
        announce(tr("Export failed"), tr("Export task %1 failed: %2").arg(record.taskId, record.failureReason), true);
    else
        announce(tr("Export not followed"), tr("Stopped following export task %1: %2").arg(record.taskId, error.toString()), true);
}

void ExportTasksPanel::onDownloadProgress(const QString &, qint64 received, qint64 total)
{
    m_progress->show();
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(received * 1000 / total));
}

void ExportTasksPanel::onDownloadFinished(const QString &taskId, const QString &path, const HssError &error)
{
    m_progress->hide();
    updateActions();
    if (error.isError())
        announce(tr("Download failed"), tr("Export %1 was not saved: %2").arg(taskId, error.toString()), true);
    else
        announce(tr("Export saved"), tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
}

void ExportTasksPanel::announce(const QString &title, const QString &message, bool failed)
{
    emit statusMessage(message);
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}
