#pragma once

#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchexportbaselinetaskresponse.h"
#include "app/api/exportscope.h"
#include "app/api/exporttaskinfo.h"
#include "app/exports/exporttaskrecord.h"
#include "app/net/hsserror.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ActionLog;
class ExportTaskStore;
class ExportTaskWatcher;
class HssClient;
class HssReply;

// The whole life of a baseline export, without any widget: send it, remember it, follow it to
// its end (also after a restart), download the file and write each step to the action log.
// The tasks panel shows this; the CLI does the same flow by itself.
class ExportTaskManager : public QObject
{
    Q_OBJECT

public:
    enum class Conflict { KeepBoth, Replace, Cancel };
    // Asked when the file to download already exists; the UI answers with a dialog, tests
    // with a lambda. Without one, both files are kept. Never asked from inside a network
    // reply's slot: automatic downloads are queued and asked one at a time.
    using ConflictResolver = std::function<Conflict(const QString &existingPath)>;

    ExportTaskManager(HssClient *client, ExportTaskStore *store, ActionLog *log,
                      QObject *parent = nullptr);
    ~ExportTaskManager() override;

    void setProfileName(const QString &name) { m_profile = name; }
    QString profileName() const { return m_profile; }
    // Starts as ExportSettings::downloadFolder().
    void setDownloadFolder(const QString &folder) { m_downloadFolder = folder; }
    QString downloadFolder() const { return m_downloadFolder; }
    void setAutoDownload(bool enabled) { m_autoDownload = enabled; }
    bool autoDownload() const { return m_autoDownload; }
    // The shortest time between two questions about one task; with several tasks it grows so
    // that all of them together stay within the call budget of ListQueryExportTask.
    void setPollInterval(int ms);
    int pollIntervalMs() const { return m_pollIntervalMs; }
    int effectivePollIntervalMs() const;
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }
    // How filters are written in a task's scope; the window passes its display names.
    void setScopeLabeller(ExportScope::FilterLabeller label) { m_scopeLabel = std::move(label); }

    ExportTaskStore *store() const { return m_store; }
    QList<ExportTaskRecord> tasks() const;
    ExportTaskRecord task(const QString &taskId) const;
    bool isFollowing(const QString &taskId) const;
    bool isDownloading(const QString &taskId) const;
    // Where download(taskId) would save now, before asking about conflicts.
    QString plannedPath(const ExportTaskRecord &record) const;
    // How a submit ended: the reply's own error, or InvalidResponse for a success without a
    // task id, which could never be followed or downloaded.
    static HssError submitOutcome(const HssError &replyError, const BatchExportBaselineTaskResponse &result,
                                  const QString &requestId);

public slots:
    // Follows again every stored task of the current profile that has not finished. Call it
    // once the client has that profile's connection, after stopAll() on a switch.
    void resume();
    void submit(const BatchExportBaselineTaskRequest &request);
    // False when the task has no file yet, is already downloading, belongs to another profile
    // (downloadFinished says so) or the user cancelled.
    bool download(const QString &taskId);
    // Stops following, downloading and submitting; used before the connection changes.
    void stopAll();

signals:
    void submitted(const ExportTaskRecord &record);
    void submitFailed(const HssError &error);
    void taskAdded(const QString &taskId);
    void taskChanged(const QString &taskId);
    void taskFinished(const ExportTaskRecord &record, const HssError &error);
    void downloadProgress(const QString &taskId, qint64 received, qint64 total);
    void downloadFinished(const QString &taskId, const QString &path, const HssError &error);

private:
    void follow(const QString &taskId);
    void adaptPollIntervals();
    void onUpdated(const QString &taskId, const ExportTaskInfo &info);
    void onFinished(const QString &taskId, const ExportTaskInfo &info, const HssError &error);
    void log(const QString &operation, const QString &scope, const QString &outcome,
             const QString &requestId, const QString &taskId);
    void save(const ExportTaskRecord &record);
    // Downloads of finished tasks, started from the event loop rather than from the watcher's
    // reply, and one conflict question at a time.
    void queueDownload(const QString &taskId);
    void drainDownloadQueue();
    // Where this task's file goes: the server's name, made unique against files on disk and
    // against downloads under way (two tasks may finish with the same file_name).
    std::optional<QString> choosePath(const ExportTaskRecord &record, bool *overwrite);

    HssClient *m_client;
    ExportTaskStore *m_store;
    QPointer<ActionLog> m_log;
    QString m_profile;
    QString m_downloadFolder;
    bool m_autoDownload = true;
    int m_pollIntervalMs = 5000;
    ConflictResolver m_resolveConflict;
    ExportScope::FilterLabeller m_scopeLabel;
    QHash<QString, ExportTaskWatcher *> m_watchers;
    QHash<QString, QPointer<HssReply>> m_downloads;
    QHash<QString, QString> m_downloadPaths; // task id → the file it is being written to
    QStringList m_downloadQueue;
    bool m_askingConflict = false;
    QList<QPointer<HssReply>> m_submits;
};
