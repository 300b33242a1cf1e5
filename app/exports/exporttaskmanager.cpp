#include "app/exports/exporttaskmanager.h"

#include "app/actions/actionlog.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/exportscope.h"
#include "app/api/exporttaskstatus.h"
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/api/listqueryexporttaskrequest.h"
#include "app/base/logging.h"
#include "app/exports/downloadname.h"
#include "app/exports/exportsettings.h"
#include "app/exports/exporttaskstore.h"
#include "app/exports/exporttaskwatcher.h"
#include "app/net/hssclient.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

#include <algorithm>

ExportTaskManager::ExportTaskManager(HssClient *client, ExportTaskStore *store, ActionLog *log,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_log(log)
    , m_downloadFolder(ExportSettings::downloadFolder())
{
}

ExportTaskManager::~ExportTaskManager()
{
    stopAll();
}

QList<ExportTaskRecord> ExportTaskManager::tasks() const
{
    return m_store->records();
}

ExportTaskRecord ExportTaskManager::task(const QString &taskId) const
{
    return m_store->record(taskId);
}

bool ExportTaskManager::isFollowing(const QString &taskId) const
{
    return m_watchers.contains(taskId);
}

bool ExportTaskManager::isDownloading(const QString &taskId) const
{
    return !m_downloads.value(taskId).isNull();
}

void ExportTaskManager::stopAll()
{
    for (ExportTaskWatcher *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->stop();
        watcher->deleteLater();
    }
    m_watchers.clear();
    // Cancelling a download discards its partial file; the task stays downloadable.
    const auto replies = m_downloads.values() + m_submits;
    for (const QPointer<HssReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
            reply->deleteLater();
        }
    }
    m_downloads.clear();
    m_downloadPaths.clear();
    m_downloadQueue.clear();
    m_submits.clear();
}

void ExportTaskManager::resume()
{
    // A task id only means something to the account that created it; polling it with another
    // profile's credentials would ask the wrong project (or fail) and end the watcher.
    QList<ExportTaskRecord> open;
    for (const ExportTaskRecord &r : m_store->records()) {
        if (!r.isFinal() && r.profile == m_profile)
            open.append(r);
    }
    // Oldest first: they book the call budget in this order and then take turns.
    std::stable_sort(open.begin(), open.end(), [](const ExportTaskRecord &a, const ExportTaskRecord &b) {
        return a.createdAt < b.createdAt;
    });
    for (const ExportTaskRecord &r : std::as_const(open))
        follow(r.taskId);
}

void ExportTaskManager::setPollInterval(int ms)
{
    m_pollIntervalMs = ms;
    adaptPollIntervals();
}

int ExportTaskManager::effectivePollIntervalMs() const
{
    const qint64 budget = m_client->callBudget()->intervalMs(ListQueryExportTaskRequest::Operation);
    const qint64 shared = budget * std::max<qint64>(1, m_watchers.size());
    return int(std::min<qint64>(std::max<qint64>(m_pollIntervalMs, shared), INT_MAX));
}

void ExportTaskManager::adaptPollIntervals()
{
    const int interval = effectivePollIntervalMs();
    for (ExportTaskWatcher *watcher : std::as_const(m_watchers))
        watcher->setPollInterval(interval);
}

void ExportTaskManager::submit(const BatchExportBaselineTaskRequest &request)
{
    const QString scope = ExportScope::describe(request, m_scopeLabel);
    auto *reply = m_client->send(request);
    m_submits.append(reply);
    connect(reply, &HssReply::finished, this, [this, reply, request, scope] {
        m_submits.removeAll(reply);
        reply->deleteLater();
        const BatchExportBaselineTaskResponse result = reply->isOk() ? reply->response() : BatchExportBaselineTaskResponse();
        const HssError error = submitOutcome(reply->error(), result, reply->requestId());
        if (error.isError()) {
            log(QStringLiteral("export"), scope, tr("failed: %1").arg(error.toString()),
                reply->requestId(), QString());
            emit submitFailed(error);
            return;
        }
        ExportTaskRecord record;
        record.taskId = result.taskId;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.profile = m_profile;
        record.scope = scope;
        record.operateAll = request.operateAll.value_or(false);
        record.selectedCount = int(request.imageIdList.size());
        record.exportSize = request.exportSize;
        record.recordTotalNum = result.recordTotalNum;
        record.status = exportTaskStatusWire(ExportTaskStatus::Running);
        record.requestId = reply->requestId();
        m_store->upsert(record);
        log(QStringLiteral("export"), scope,
            tr("accepted: %n record(s)", nullptr, int(qMin<qint64>(result.recordTotalNum, INT_MAX))),
            record.requestId, record.taskId);
        qCInfo(lcTasks).noquote() << "export task" << record.taskId << "started for" << scope;
        emit taskAdded(record.taskId);
        emit submitted(record);
        follow(record.taskId);
    });
}

HssError ExportTaskManager::submitOutcome(const HssError &replyError, const BatchExportBaselineTaskResponse &result,
                                         const QString &requestId)
{
    if (replyError.isError() || !result.taskId.isEmpty())
        return replyError;
    HssError error;
    error.kind = HssError::Kind::InvalidResponse;
    error.requestId = requestId;
    error.message = tr("The service accepted the export but returned no task id to follow");
    return error;
}

void ExportTaskManager::follow(const QString &taskId)
{
    if (m_watchers.contains(taskId))
        return;
    auto *watcher = new ExportTaskWatcher(m_client, taskId, this);
    m_watchers.insert(taskId, watcher);
    adaptPollIntervals();
    connect(watcher, &ExportTaskWatcher::updated, this,
            [this, taskId](const ExportTaskInfo &info) { onUpdated(taskId, info); });
    connect(watcher, &ExportTaskWatcher::finished, this,
            [this, taskId](const ExportTaskInfo &info, const HssError &error) { onFinished(taskId, info, error); });
    watcher->start();
}

void ExportTaskManager::onUpdated(const QString &taskId, const ExportTaskInfo &info)
{
    ExportTaskRecord record = m_store->record(taskId);
    if (record.taskId.isEmpty() || info.taskStatus.isEmpty())
        return;
    if (record.status == info.taskStatus && record.fileId == info.fileId)
        return;
    record.status = info.taskStatus;
    if (info.succeeded()) {
        record.fileId = info.fileId;
        record.fileName = info.fileName;
    }
    save(record);
}

void ExportTaskManager::onFinished(const QString &taskId, const ExportTaskInfo &info, const HssError &error)
{
    if (ExportTaskWatcher *watcher = m_watchers.take(taskId))
        watcher->deleteLater();
    adaptPollIntervals();
    ExportTaskRecord record = m_store->record(taskId);
    if (record.taskId.isEmpty())
        return;
    if (!info.isFinal()) {
        // Following gave up (the service kept failing); the task may still finish, so it
        // stays "running" and is followed again on the next start.
        record.failureReason = error.toString();
        save(record);
        log(QStringLiteral("export task"), record.scope, tr("no longer followed: %1").arg(error.toString()),
            error.requestId, taskId);
        emit taskFinished(record, error);
        return;
    }
    record.status = info.taskStatus;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    if (info.succeeded()) {
        record.fileId = info.fileId;
        record.fileName = info.fileName;
        record.failureReason.clear();
    } else {
        record.failureReason = error.isError() ? error.toString() : tr("The export task failed");
    }
    save(record);
    log(QStringLiteral("export task"), record.scope,
        info.succeeded() ? tr("success") : tr("failure: %1").arg(record.failureReason),
        error.requestId, taskId);
    qCInfo(lcTasks).noquote() << "export task" << taskId << "ended:" << record.status;
    emit taskFinished(record, error);
    if (info.succeeded() && m_autoDownload)
        queueDownload(taskId);
}

void ExportTaskManager::queueDownload(const QString &taskId)
{
    if (m_downloadQueue.contains(taskId))
        return;
    m_downloadQueue.append(taskId);
    // A question asked here would run a nested event loop inside the reply's finished slot.
    QTimer::singleShot(0, this, &ExportTaskManager::drainDownloadQueue);
}

void ExportTaskManager::drainDownloadQueue()
{
    // While a question is open its nested event loop may land here; the question's caller
    // drains the rest once it has an answer.
    if (m_askingConflict)
        return;
    while (!m_downloadQueue.isEmpty())
        download(m_downloadQueue.takeFirst());
}

QString ExportTaskManager::plannedPath(const ExportTaskRecord &record) const
{
    const QString fallback = QStringLiteral("hss-export-%1.zip")
                                 .arg(DownloadName::sanitize(record.fileId, QStringLiteral("file")));
    return QDir(m_downloadFolder).filePath(DownloadName::sanitize(record.fileName, fallback));
}

bool ExportTaskManager::download(const QString &taskId)
{
    ExportTaskRecord record = m_store->record(taskId);
    if (!record.isFinal() || record.state() != ExportTaskStatus::Success || record.fileId.isEmpty()
        || isDownloading(taskId))
        return false;
    if (record.profile != m_profile) {
        // The file id belongs to the account that exported it; the current one cannot fetch it.
        HssError error;
        error.kind = HssError::Kind::InvalidInput;
        error.fieldErrors.append({QStringLiteral("profile"),
                                  tr("is %1, not the current %2; switch to %1 to download this task")
                                      .arg(record.profile, m_profile)});
        emit downloadFinished(taskId, QString(), error);
        return false;
    }
    if (!QDir().mkpath(m_downloadFolder)) {
        HssError error;
        error.kind = HssError::Kind::LocalFile;
        error.message = tr("Cannot create the folder %1").arg(m_downloadFolder);
        emit downloadFinished(taskId, QString(), error);
        return false;
    }
    bool overwrite = false;
    const std::optional<QString> chosen = choosePath(record, &overwrite);
    if (!chosen)
        return false;
    const QString path = *chosen;
    // Belt and braces: whatever the server named the file, it lands in the chosen folder.
    if (QFileInfo(path).absoluteDir() != QDir(QDir(m_downloadFolder).absolutePath())) {
        qCWarning(lcTasks).noquote() << "refusing download path outside the folder:" << path;
        return false;
    }
    // The question's event loop may have let another download of this task start.
    if (isDownloading(taskId))
        return false;

    HssReply *reply = m_client->send(ListDownloadExportedFileRequest{record.fileId, path, overwrite});
    m_downloads.insert(taskId, reply);
    m_downloadPaths.insert(taskId, path);
    connect(reply, &HssReply::downloadProgress, this,
            [this, taskId](qint64 received, qint64 total) { emit downloadProgress(taskId, received, total); });
    connect(reply, &HssReply::finished, this, [this, reply, taskId, path] {
        m_downloads.remove(taskId);
        m_downloadPaths.remove(taskId);
        reply->deleteLater();
        ExportTaskRecord current = m_store->record(taskId);
        if (reply->isOk()) {
            current.savedPath = path;
            save(current);
            log(QStringLiteral("download"), current.scope,
                tr("saved to %1").arg(QDir::toNativeSeparators(path)), reply->requestId(), taskId);
        } else {
            log(QStringLiteral("download"), current.scope, tr("failed: %1").arg(reply->error().toString()),
                reply->requestId(), taskId);
        }
        emit downloadFinished(taskId, reply->isOk() ? path : QString(), reply->error());
    });
    emit taskChanged(taskId);
    return true;
}

std::optional<QString> ExportTaskManager::choosePath(const ExportTaskRecord &record, bool *overwrite)
{
    const QString path = plannedPath(record);
    const auto takenByOthers = [&] {
        QSet<QString> taken;
        for (auto it = m_downloadPaths.cbegin(); it != m_downloadPaths.cend(); ++it) {
            if (it.key() != record.taskId)
                taken.insert(QFileInfo(it.value()).absoluteFilePath());
        }
        return taken;
    };
    // A name another task is writing right now is no one's to replace, and asking about it
    // would be asking about a file that does not exist yet: such a task gets its own name.
    if (!takenByOthers().contains(QFileInfo(path).absoluteFilePath()) && QFileInfo::exists(path)) {
        m_askingConflict = true;
        const Conflict choice = m_resolveConflict ? m_resolveConflict(path) : Conflict::KeepBoth;
        m_askingConflict = false;
        if (!m_downloadQueue.isEmpty())
            QTimer::singleShot(0, this, &ExportTaskManager::drainDownloadQueue);
        if (choice == Conflict::Cancel)
            return std::nullopt;
        // The question's event loop may have let another task claim the name meanwhile.
        if (choice == Conflict::Replace && !takenByOthers().contains(QFileInfo(path).absoluteFilePath())) {
            *overwrite = true;
            return path;
        }
    }
    return DownloadName::uniquePath(m_downloadFolder, QFileInfo(path).fileName(), takenByOthers());
}

void ExportTaskManager::save(const ExportTaskRecord &record)
{
    m_store->upsert(record);
    emit taskChanged(record.taskId);
}

void ExportTaskManager::log(const QString &operation, const QString &scope, const QString &outcome,
                            const QString &requestId, const QString &taskId)
{
    if (!m_log)
        return;
    ActionLogEntry entry;
    entry.profile = m_profile;
    entry.operation = operation;
    entry.scope = scope;
    entry.outcome = outcome;
    entry.requestId = requestId;
    entry.taskId = taskId;
    m_log->append(entry);
}
