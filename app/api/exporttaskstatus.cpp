#include "app/api/exporttaskstatus.h"

ExportTaskStatus parseExportTaskStatus(QStringView wire)
{
    for (ExportTaskStatus status : {ExportTaskStatus::Running, ExportTaskStatus::Success, ExportTaskStatus::Failure}) {
        if (wire == exportTaskStatusWire(status))
            return status;
    }
    return ExportTaskStatus::Unknown;
}

QLatin1String exportTaskStatusWire(ExportTaskStatus status)
{
    switch (status) {
    case ExportTaskStatus::Running:
        return QLatin1String("running");
    case ExportTaskStatus::Success:
        return QLatin1String("success");
    case ExportTaskStatus::Failure:
        return QLatin1String("failure");
    case ExportTaskStatus::Unknown:
        break;
    }
    return QLatin1String();
}

bool isFinal(ExportTaskStatus status)
{
    return status == ExportTaskStatus::Success || status == ExportTaskStatus::Failure;
}
