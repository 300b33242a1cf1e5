#pragma once

#include "app/api/exporttaskstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the app remembers about one export it started, across restarts: enough to show the
// row, resume following the task and find the downloaded file again. Never a credential.
struct ExportTaskRecord
{
    QString taskId;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString profile;
    QString scope;          // "3 selected images" or "all images matching: …", for people
    bool operateAll = false;
    int selectedCount = 0;
    qint64 exportSize = 0;
    qint64 recordTotalNum = 0;
    QString status;         // running, success, failure (ListQueryExportTask's task_status)
    QString failureReason;
    QString requestId;      // of the request that created the task
    QString fileId;
    QString fileName;       // as the server named it, unsanitised
    QString savedPath;      // empty until downloaded

    ExportTaskStatus state() const { return parseExportTaskStatus(status); }
    bool isFinal() const;
    // Until now while running, until finishedAt afterwards.
    qint64 elapsedMs(const QDateTime &now) const;

    QJsonObject toJson() const;
    static ExportTaskRecord fromJson(const QJsonObject &o);
    bool operator==(const ExportTaskRecord &other) const;
};
