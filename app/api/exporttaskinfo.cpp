#include "app/api/exporttaskinfo.h"

#include "app/api/jsonvalue.h"

bool ExportTaskInfo::isFinal() const
{
    return ::isFinal(state());
}

bool ExportTaskInfo::succeeded() const
{
    return state() == ExportTaskStatus::Success;
}

ExportTaskInfo ExportTaskInfo::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    using namespace JsonValue;
    if (errors) {
        // task_id may be left out (the caller knows it); a status is needed to know when to stop.
        checkString(o, {}, QStringLiteral("task_id"), Presence::Optional, errors, 1, 64);
        checkString(o, {}, QStringLiteral("task_name"), Presence::Optional, errors, 1, 128);
        checkEnum(o, {}, QStringLiteral("task_status"), Presence::Required,
                  {QStringLiteral("success"), QStringLiteral("failure"), QStringLiteral("running")}, errors);
        // The file is only promised once the task succeeded.
        const Presence file =
            parseExportTaskStatus(o.value(QStringLiteral("task_status")).toString()) == ExportTaskStatus::Success
            ? Presence::Required : Presence::Optional;
        checkString(o, {}, QStringLiteral("file_id"), file, errors, 1, 64);
        checkString(o, {}, QStringLiteral("file_name"), file, errors, 1, 255);
    }
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
