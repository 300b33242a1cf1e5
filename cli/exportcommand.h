#pragma once

#include "app/api/exporttaskinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

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
    static int follow(CliContext &context, const QString &taskId, int pollIntervalMs, qint64 waitLimitMs,
                      ExportTaskInfo *final);
    // --wait-timeout: how long a wait may last, in ms; nothing when the value is not valid.
    static std::optional<qint64> waitLimit(const QCommandLineParser &parser);
    static QCommandLineOption waitTimeoutOption();
    // Downloads file_id into dir under the sanitised server file name; never overwrites.
    static int downloadInto(CliContext &context, const ExportTaskInfo &task, const QString &dir);
    static void printTask(CliContext &context, const ExportTaskInfo &task);
};
