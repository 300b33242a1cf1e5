#pragma once

#include "app/api/exporttaskinfo.h"
#include "app/net/apireply.h"
#include "app/net/hsserror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class HssClient;

// Follows one export task with ListQueryExportTask until it succeeds or fails, the way
// Terraform does (about every 5 s), backing off while the service answers with errors.
class ExportTaskWatcher : public QObject
{
    Q_OBJECT

public:
    ExportTaskWatcher(HssClient *client, const QString &taskId, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_intervalMs = ms; }
    void setMaxConsecutiveErrors(int count) { m_maxErrors = count; }
    // Following ends with a Timeout error after this long, whatever the service answers.
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }
    static constexpr qint64 kDefaultMaxWaitMs = 30 * 60 * 1000;
    QString taskId() const { return m_taskId; }
    ExportTaskInfo lastKnown() const { return m_last; }
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void stop();

signals:
    void updated(const ExportTaskInfo &task);
    // task holds the final state; error is set when following gave up or the task failed.
    void finished(const ExportTaskInfo &task, const HssError &error);
    void pollFailed(const HssError &error, int nextDelayMs);

private:
    void poll();
    void onReply();
    void end(const HssError &error);
    void onWaitLimit();

    HssClient *m_client;
    QString m_taskId;
    QPointer<ApiReply<ExportTaskInfo>> m_reply;
    QTimer m_timer;
    QTimer m_waitLimit;
    ExportTaskInfo m_last;
    int m_intervalMs = 5000;
    int m_maxErrors = 6;
    int m_errors = 0;
    qint64 m_maxWaitMs = kDefaultMaxWaitMs;
    bool m_running = false;
};
