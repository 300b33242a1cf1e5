#include "app/exports/exporttaskrecord.h"

#include "app/api/jsonvalue.h"

using namespace JsonValue;

bool ExportTaskRecord::isFinal() const
{
    return ::isFinal(state());
}

qint64 ExportTaskRecord::elapsedMs(const QDateTime &now) const
{
    if (!createdAt.isValid())
        return 0;
    const QDateTime end = isFinal() && finishedAt.isValid() ? finishedAt : now;
    return qMax<qint64>(0, createdAt.msecsTo(end));
}

QJsonObject ExportTaskRecord::toJson() const
{
    QJsonObject o;
    put(o, QStringLiteral("task_id"), taskId);
    if (createdAt.isValid())
        o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    if (finishedAt.isValid())
        o.insert(QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs));
    put(o, QStringLiteral("profile"), profile);
    put(o, QStringLiteral("scope"), scope);
    o.insert(QStringLiteral("operate_all"), operateAll);
    o.insert(QStringLiteral("selected_count"), selectedCount);
    o.insert(QStringLiteral("export_size"), exportSize);
    o.insert(QStringLiteral("record_total_num"), recordTotalNum);
    put(o, QStringLiteral("status"), status);
    put(o, QStringLiteral("failure_reason"), failureReason);
    put(o, QStringLiteral("request_id"), requestId);
    put(o, QStringLiteral("file_id"), fileId);
    put(o, QStringLiteral("file_name"), fileName);
    put(o, QStringLiteral("saved_path"), savedPath);
    return o;
}

ExportTaskRecord ExportTaskRecord::fromJson(const QJsonObject &o)
{
    ExportTaskRecord r;
    r.taskId = string(o, QStringLiteral("task_id"));
    r.createdAt = QDateTime::fromString(string(o, QStringLiteral("created_at")), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(string(o, QStringLiteral("finished_at")), Qt::ISODateWithMs);
    r.profile = string(o, QStringLiteral("profile"));
    r.scope = string(o, QStringLiteral("scope"));
    r.operateAll = boolean(o, QStringLiteral("operate_all"));
    r.selectedCount = int(integer(o, QStringLiteral("selected_count")));
    r.exportSize = integer(o, QStringLiteral("export_size"));
    r.recordTotalNum = integer(o, QStringLiteral("record_total_num"));
    r.status = string(o, QStringLiteral("status"));
    r.failureReason = string(o, QStringLiteral("failure_reason"));
    r.requestId = string(o, QStringLiteral("request_id"));
    r.fileId = string(o, QStringLiteral("file_id"));
    r.fileName = string(o, QStringLiteral("file_name"));
    r.savedPath = string(o, QStringLiteral("saved_path"));
    return r;
}

bool ExportTaskRecord::operator==(const ExportTaskRecord &other) const
{
    return toJson() == other.toJson();
}
