#include "app/api/batchexportbaselinetaskresponse.h"

#include "app/api/jsonvalue.h"

BatchExportBaselineTaskResponse BatchExportBaselineTaskResponse::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    using namespace JsonValue;
    if (errors) {
        checkString(o, {}, QStringLiteral("task_id"), Presence::Required, errors, 1, 256);
        checkInteger(o, {}, QStringLiteral("record_total_num"), Presence::Required, 0, 2147483647, errors);
    }
    BatchExportBaselineTaskResponse r;
    r.recordTotalNum = JsonValue::integer(o, QStringLiteral("record_total_num"));
    r.taskId = JsonValue::string(o, QStringLiteral("task_id"));
    return r;
}

QJsonObject BatchExportBaselineTaskResponse::toJson() const
{
    return {{QStringLiteral("record_total_num"), recordTotalNum}, {QStringLiteral("task_id"), taskId}};
}
