#include "app/exports/exporttaskwatcher.h"

#include "app/api/listqueryexporttaskrequest.h"
#include "app/base/logging.h"
#include "app/net/hssclient.h"

#include <algorithm>
#include <chrono>

ExportTaskWatcher::ExportTaskWatcher(HssClient *client, const QString &taskId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_taskId(taskId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ExportTaskWatcher::poll);
    m_waitLimit.setSingleShot(true);
    connect(&m_waitLimit, &QTimer::timeout, this, &ExportTaskWatcher::onWaitLimit);
    m_last.taskId = taskId;
}

void ExportTaskWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_errors = 0;
    m_waitLimit.start(std::chrono::milliseconds(m_maxWaitMs));
    poll();
}

void ExportTaskWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_waitLimit.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->cancel();
        m_reply->deleteLater();
    }
}

void ExportTaskWatcher::poll()
{
    if (!m_running)
        return;
    m_reply = m_client->send(ListQueryExportTaskRequest{m_taskId});
    connect(m_reply, &HssReply::finished, this, &ExportTaskWatcher::onReply);
}

void ExportTaskWatcher::onReply()
{
    ApiReply<ExportTaskInfo> *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_running)
        return;

    if (!reply->isOk()) {
        const HssError error = reply->error();
        // A task id the service does not know, or bad credentials, will not get better.
        const bool hopeless = error.kind == HssError::Kind::InvalidInput
            || (error.kind == HssError::Kind::Api && error.httpStatus >= 400 && error.httpStatus < 500
                && !error.isThrottling())
            || error.kind == HssError::Kind::Tls;
        if (hopeless || ++m_errors >= m_maxErrors) {
            end(error);
            return;
        }
        const int delay = std::min(m_intervalMs * (1 << std::min(m_errors, 4)), 120000);
        qCInfo(lcTasks).noquote() << "export task" << m_taskId << "poll failed, next in" << delay
                                  << "ms:" << error.toString();
        emit pollFailed(error, delay);
        m_timer.start(delay);
        return;
    }

    m_errors = 0;
    m_last = reply->response();
    if (m_last.taskId.isEmpty())
        m_last.taskId = m_taskId;
    emit updated(m_last);
    if (m_last.isFinal()) {
        HssError error;
        if (!m_last.succeeded()) {
            error.kind = HssError::Kind::Api;
            error.code = m_last.taskStatus;
            error.message = tr("The export task %1 ended in failure").arg(m_taskId);
            error.requestId = reply->requestId();
        }
        end(error);
        return;
    }
    m_timer.start(m_intervalMs);
}

void ExportTaskWatcher::onWaitLimit()
{
    if (!m_running)
        return;
    stop();
    HssError error;
    error.kind = HssError::Kind::Timeout;
    const QString waited = m_maxWaitMs >= 60000 ? tr("%n minute(s)", nullptr, int(m_maxWaitMs / 60000))
                                                : tr("%n second(s)", nullptr, int(m_maxWaitMs / 1000));
    error.message = tr("The export task %1 was still %2 after %3; it was no longer followed")
                        .arg(m_taskId, m_last.taskStatus.isEmpty() ? tr("without a status") : m_last.taskStatus,
                             waited);
    emit finished(m_last, error);
}

void ExportTaskWatcher::end(const HssError &error)
{
    m_running = false;
    m_waitLimit.stop();
    emit finished(m_last, error);
}
