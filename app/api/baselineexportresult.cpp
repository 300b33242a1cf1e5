#include "app/api/baselineexportresult.h"

#include "app/api/jsonvalue.h"

BaselineExportResult BaselineExportResult::fromJson(const QJsonObject &o)
{
    BaselineExportResult r;
    r.recordTotalNum = JsonValue::integer(o, QStringLiteral("record_total_num"));
    r.taskId = JsonValue::string(o, QStringLiteral("task_id"));
    return r;
}

QJsonObject BaselineExportResult::toJson() const
{
    return {{QStringLiteral("record_total_num"), recordTotalNum}, {QStringLiteral("task_id"), taskId}};
}
