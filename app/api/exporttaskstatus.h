#pragma once

#include <QLatin1String>
#include <QStringView>

// ListQueryExportTask's task_status. The wire string stays where it is printed or stored (the
// task store must keep reading older files); every decision goes through this enum.
enum class ExportTaskStatus { Running, Success, Failure, Unknown };

// Exact, as the service spells it; anything else is Unknown, which is not final.
ExportTaskStatus parseExportTaskStatus(QStringView wire);
QLatin1String exportTaskStatusWire(ExportTaskStatus status); // empty for Unknown
// Success and Failure do not change any more; Running and Unknown are followed further.
bool isFinal(ExportTaskStatus status);
