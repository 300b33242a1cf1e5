#include "app/api/exporttaskinfo.h"

#include "app/api/jsonvalue.h"

bool ExportTaskInfo::isFinal() const
{
    return taskStatus == QLatin1String("success") || taskStatus == QLatin1String("failure");
}

bool ExportTaskInfo::succeeded() const
{
    return taskStatus == QLatin1String("success");
}

ExportTaskInfo ExportTaskInfo::fromJson(const QJsonObject &o)
{
    ExportTaskInfo t;
    t.taskId = JsonValue::string(o, QStringLiteral("task_id"));
    t.taskName = JsonValue::string(o, QStringLiteral("task_name"));
    t.taskStatus = JsonValue::string(o, QStringLiteral("task_status"));
    t.fileId = JsonValue::string(o, QStringLiteral("file_id"));
    t.fileName = JsonValue::string(o, QStringLiteral("file_name"));
    return t;
}

QJsonObject ExportTaskInfo::toJson() const
{
    QJsonObject o;
    JsonValue::put(o, QStringLiteral("task_id"), taskId);
    JsonValue::put(o, QStringLiteral("task_name"), taskName);
    JsonValue::put(o, QStringLiteral("task_status"), taskStatus);
    JsonValue::put(o, QStringLiteral("file_id"), fileId);
    JsonValue::put(o, QStringLiteral("file_name"), fileName);
    return o;
}
