#pragma once

#include "app/exports/exporttaskmanager.h"

#include <QDockWidget>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <functional>

class ExportTasksModel;
class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class ResultViewer;

// The export tasks of this and earlier sessions: state, elapsed time, where each file went,
// and what can be done with it (download, open, open its folder, show it as a table).
// Everything that would open a dialog or another application is injectable, so tests drive
// the panel without ever blocking.
class ExportTasksPanel : public QDockWidget
{
    Q_OBJECT

public:
    using FolderChooser = std::function<QString(const QString &current)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit ExportTasksPanel(ExportTaskManager *manager, QWidget *parent = nullptr);
    ~ExportTasksPanel() override;

    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setConflictResolver(ExportTaskManager::ConflictResolver resolver);
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // When set (and the desktop has a tray), finished tasks are also announced there.
    void setTrayIcon(QSystemTrayIcon *icon) { m_tray = icon; }

    ExportTaskManager *manager() const { return m_manager; }
    ExportTasksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    ResultViewer *resultViewer() const { return m_viewer; }

    bool selectTask(const QString &taskId);
    QString selectedTaskId() const;

public slots:
    bool downloadSelected();
    bool openSelectedFile();
    bool openSelectedFolder();
    ResultViewer *showSelectedResult();
    ResultViewer *showResult(const QString &zipPath);
    void chooseDownloadFolder();

signals:
    // For the main window's status bar; also emitted when no tray can show it.
    void statusMessage(const QString &message);

private:
    void updateActions();
    void onTaskFinished(const ExportTaskRecord &record, const HssError &error);
    void onDownloadProgress(const QString &taskId, qint64 received, qint64 total);
    void onDownloadFinished(const QString &taskId, const QString &path, const HssError &error);
    void announce(const QString &title, const QString &message, bool failed);

    QPointer<ExportTaskManager> m_manager; // owned by the main window, may go first
    ExportTasksModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_folderLabel;
    QAction *m_downloadAction;
    QAction *m_openFileAction;
    QAction *m_openFolderAction;
    QAction *m_showResultAction;
    QAction *m_folderAction;
    QTimer m_elapsedTimer;
    QPointer<ResultViewer> m_viewer;
    QPointer<QSystemTrayIcon> m_tray;
    FolderChooser m_chooseFolder;
    UrlOpener m_openUrl;
};
