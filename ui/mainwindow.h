#pragma once

#include "app/api/batchscanswrimagerequest.h"
#include "app/api/imagefilter.h"
#include "app/api/imageinfo.h"
#include "app/net/clientconfig.h"
#include "app/net/hsserror.h"
#include "sandbox/sandboxconfig.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class ActionLog;
struct BatchScanSwrImageRequest;
class ClientConfigLoader;
class CredentialStore;
class EmbeddedSandbox;
class ExportTaskManager;
class ExportTaskStore;
class ExportTasksPanel;
class HssClient;
class HssReply;
class ImageFilterForm;
class ImageListLoader;
class ImageProxyModel;
class ImageTableModel;
class ImageTableView;
class MessageBar;
class ProfileStore;
class ProfileSwitcher;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class ScanStatusPoller;
class ScanSubmitter;

// Browse images with every filter, pick them, and scan. All I/O goes through HssClient's
// asynchronous replies; the window only reacts to their signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the window talks to. `profileKey` names the per-profile form state; `sandbox`
    // marks everything shown as demo data.
    void setConnection(const ClientConfig &config, const QString &profileKey,
                       const QString &displayName, bool sandbox);
    // Saved profiles for the toolbar's switcher; the window does not own them.
    void setProfileStore(ProfileStore *profiles, CredentialStore *credentials);
    // The last profile used, or the built-in sandbox when there is none (or when asked for).
    void openStartupConnection(bool forceSandbox);
    // Reads the profile's secrets from the keychain, then connects; errors go to the bar.
    void openProfile(const QString &name);
    // The built-in sandbox with demo data, started on first use.
    bool openSandbox(const SandboxConfig &config = {});
    EmbeddedSandbox *sandbox() const { return m_embeddedSandbox; }
    QString profileKey() const { return m_profileKey; }
    bool isSandbox() const { return m_sandbox; }

    HssClient *client() const { return m_client; }
    ImageListLoader *loader() const { return m_loader; }
    ScanStatusPoller *poller() const { return m_poller; }
    ImageTableModel *model() const { return m_model; }
    ImageProxyModel *proxyModel() const { return m_proxy; }
    ImageTableView *view() const { return m_view; }
    ImageFilterForm *filterForm() const { return m_form; }
    MessageBar *messageBar() const { return m_messageBar; }
    ActionLog *actionLog() const { return m_actionLog; }
    ExportTaskManager *exports() const { return m_exports; }
    ExportTasksPanel *exportsPanel() const { return m_exportsDock; }
    const ImageFilter &appliedFilter() const { return m_filter; }
    // The selected rows in view order, e.g. for an export of the selection.
    QList<ImageInfo> selectedImages() const;
    qint64 matchingCount() const { return m_matching; }

public slots:
    void applyFilter(const ImageFilter &filter);
    void refresh();
    void cancelLoading();
    void scanSelected();
    void scanAllMatching();
    void synchronizeFromSwr();
    void exportBaseline();
    void showActionLog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void restoreWindowState();
    void saveWindowState() const;
    void saveFormState() const;
    void manageProfiles();
    // Empty `name`: create a new profile.
    void editProfile(const QString &name);
    void updateActions();
    void updateSelectionStatus();
    // "n of m final" for the images of the scans being followed, and the summary at the end.
    void updateScanProgress();
    void showScanSummary();
    void onPageLoaded(qint64 offset, const QList<ImageInfo> &images);
    void onLoadEnded();
    void sendScan(const BatchScanSwrImageRequest &scan, const QList<ImageInfo> &affected,
                  const QList<ImageFilter> &pollFilters, const QString &scope);
    QString filterInWords() const;
    void watchScan(const QList<ImageFilter> &filters, const QSet<qint64> &ids);

    HssClient *m_client;
    ImageListLoader *m_loader;
    ScanStatusPoller *m_poller;
    ScanSubmitter *m_scanSubmitter;
    EmbeddedSandbox *m_embeddedSandbox = nullptr;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QPointer<ClientConfigLoader> m_configLoader;
    ActionLog *m_actionLog;
    std::unique_ptr<ExportTaskStore> m_taskStore; // must outlive m_exports
    ExportTaskManager *m_exports;
    ExportTasksPanel *m_exportsDock = nullptr;
    ImageTableModel *m_model;
    ImageProxyModel *m_proxy;

    ImageFilterForm *m_form = nullptr;
    ImageTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_sandboxBanner = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_scanLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer m_quickFilterTimer;
    QPushButton *m_cancelButton = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_scanSelectedAction = nullptr;
    QAction *m_scanAllAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_quickFilterAction = nullptr;
    QAction *m_editFiltersAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_switchProfileAction = nullptr;

    ImageFilter m_filter;
    bool m_filterApplied = false;
    qint64 m_matching = -1; // total_num of the last load
    QSet<qint64> m_keepSelection;
    QSet<qint64> m_scanWatched; // every image of the scans followed since the poller started
    bool m_syncInFlight = false;
    bool m_autoSizeColumns = false;
    QString m_profileKey;
    QString m_displayName;
    bool m_sandbox = false;
};
