#pragma once

#include <QObject>

#include <memory>

class ActionLog;
class ExportTaskManager;
class ExportTaskStore;
class HssClient;
class ImageBrowser;
class MessageBar;
class QWidget;

// The window's side of exports: reads the stored tasks (warning when they cannot be read),
// follows only the current profile's tasks, and opens the ExportDialog on the browser's
// selection and filter, which submits through the ExportTaskManager.
class ExportController : public QObject
{
    Q_OBJECT

public:
    // `parent` is also the parent of the export dialog.
    ExportController(HssClient *client, ActionLog *log, ImageBrowser *browser, MessageBar *messageBar,
                     QWidget *parent);
    ~ExportController() override;

    ExportTaskManager *manager() const { return m_manager; }
    // Before the connection changes: no task is polled with another profile's credentials.
    void stopFollowing();
    // Once connected as `profileName`: that profile's unfinished tasks are followed again.
    void follow(const QString &profileName);

public slots:
    void exportBaseline();

signals:
    // The export dialog created a task.
    void exportStarted();

private:
    QWidget *m_dialogParent;
    HssClient *m_client;
    ImageBrowser *m_browser;
    std::unique_ptr<ExportTaskStore> m_store; // must outlive m_manager
    ExportTaskManager *m_manager;
};
