#pragma once

#include "app/api/exporttaskinfo.h"

#include <QCoreApplication>

class CliContext;

// `export baseline`: BatchExportBaselineTask for ids or everything matching, optionally
// followed to its end and downloaded — the whole flow in one command.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

    // Follows the task until it is final; prints progress on a terminal, plain lines when
    // piped. Returns an exit code.
    static int follow(CliContext &context, const QString &taskId, int pollIntervalMs, ExportTaskInfo *final);
    // Downloads file_id into dir under the sanitised server file name; never overwrites.
    static int downloadInto(CliContext &context, const ExportTaskInfo &task, const QString &dir);
    static void printTask(CliContext &context, const ExportTaskInfo &task);
};
