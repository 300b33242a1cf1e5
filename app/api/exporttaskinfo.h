#pragma once

#include "app/api/exporttaskstatus.h"
#include "app/api/fielderror.h"

#include <QJsonObject>
#include <QString>

// ListQueryExportTask's answer. file_id/file_name mean something only once the task succeeded.
struct ExportTaskInfo
{
    QString taskId;
    QString taskName;
    QString taskStatus; // running, success, failure
    QString fileId;
    QString fileName;

    ExportTaskStatus state() const { return parseExportTaskStatus(taskStatus); }
    bool isFinal() const;
    bool succeeded() const;

    // errors set: the answer is also checked against the schema, each problem naming its field.
    static ExportTaskInfo fromJson(const QJsonObject &o, FieldErrors *errors = nullptr);
    QJsonObject toJson() const;
};
