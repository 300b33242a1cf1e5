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
    // The name the SDKs and the call budget know it by.
    static constexpr char Operation[] = "ListQueryExportTask";

    QString taskId;

    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
