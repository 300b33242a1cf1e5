#pragma once

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

    bool isFinal() const;
    bool succeeded() const;

    static ExportTaskInfo fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};
