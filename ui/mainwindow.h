#pragma once

#include "ui/images/imagebrowser.h"

#include <QMainWindow>

class ActionLog;
class ExportController;
class ExportTasksPanel;
class HssClient;
class ImageTableView;
class MessageBar;
class ProfileController;
class ProfileSwitcher;
class QLabel;
class QLineEdit;
class QSplitter;
class ScanController;
class SyncController;
struct ClientConfig;

// Browse images with every filter, pick them, scan and export. The window creates the widgets
// and the controllers that do the work (ImageBrowser, ScanController, SyncController,
// ExportController, ProfileController) and connects them; all I/O goes through HssClient's
// asynchronous replies.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    HssClient *client() const { return m_client; }
    ActionLog *actionLog() const { return m_actionLog; }
    ImageBrowser *browser() const { return m_browser; }
    ScanController *scans() const { return m_scans; }
    SyncController *sync() const { return m_sync; }
    ExportController *exports() const { return m_exports; }
    ProfileController *profiles() const { return m_profiles; }
    ExportTasksPanel *exportsPanel() const { return m_exportsDock; }
    MessageBar *messageBar() const { return m_messageBar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The widgets the browser drives come back for createControllers().
    ImageBrowser::Widgets createWidgets();
    void createControllers(const ImageBrowser::Widgets &browserWidgets);
    void createActions();
    void onConnectionChanged(const ClientConfig &config, const QString &formKey,
                             const QString &displayName, bool sandbox);
    void updateActions();
    void restoreWindowState();
    void saveWindowState() const;

    HssClient *m_client;
    ActionLog *m_actionLog;
    ImageBrowser *m_browser = nullptr;
    ScanController *m_scans = nullptr;
    SyncController *m_sync = nullptr;
    ExportController *m_exports = nullptr;
    ProfileController *m_profiles = nullptr;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_sandboxBanner = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    QSplitter *m_splitter = nullptr;
    ImageTableView *m_view = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    ExportTasksPanel *m_exportsDock = nullptr;
    QLabel *m_scanLabel = nullptr;

    QAction *m_cancelAction = nullptr;
    QAction *m_scanSelectedAction = nullptr;
    QAction *m_scanAllAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_copyAction = nullptr;
};
