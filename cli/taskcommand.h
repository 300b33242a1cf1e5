#pragma once

#include <QCoreApplication>

class CliContext;

// `task status TASK_ID [--wait]`: ListQueryExportTask.
class TaskCommand
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
