#include "app/api/listqueryexporttaskrequest.h"

#include "app/api/pathsegment.h"

FieldErrors ListQueryExportTaskRequest::validate() const
{
    FieldErrors errors;
    if (!PathSegment::isSafeId(taskId))
        errors.append({QStringLiteral("task_id"),
                       tr("must have 1 to 64 letters, digits, dots, dashes or underscores")});
    return errors;
}

ApiRequest ListQueryExportTaskRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = Operation;
    r.path = QStringLiteral("/export-task/") + taskId;
    return r;
}
