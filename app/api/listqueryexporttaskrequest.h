#pragma once

#include "app/api/apirequest.h"
#include "app/api/exporttaskinfo.h"
#include "app/api/fielderror.h"

#include <QCoreApplication>

// ListQueryExportTask (GET /v5/{project_id}/export-task/{task_id}): one export task's state.
struct ListQueryExportTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(ListQueryExportTaskRequest)

public:
    using Response = ExportTaskInfo;

    QString taskId;

    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
