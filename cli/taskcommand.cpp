#include "cli/taskcommand.h"

#include "app/api/listqueryexporttaskrequest.h"
#include "cli/clicontext.h"
#include "cli/exportcommand.h"

#include <cmath>

int TaskCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show an export task (ListQueryExportTask)."));
    parser.addPositionalArgument(QStringLiteral("status"), tr("The only subcommand: status."));
    parser.addPositionalArgument(QStringLiteral("task-id"), tr("The task_id an export answered."));
    CliContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("wait"), tr("Follow the task until it finishes.")},
        {QStringLiteral("poll-interval"), tr("Seconds between polls with --wait (default 5)."), tr("seconds"),
         QStringLiteral("5")},
        ExportCommand::waitTimeoutOption(),
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("status"))
        return context.usage(tr("usage: task status TASK_ID [--wait]"));
    bool ok = false;
    const double pollSeconds = parser.value(QStringLiteral("poll-interval")).toDouble(&ok);
    if (!ok || pollSeconds <= 0 || pollSeconds > 3600)
        return context.usage(tr("--poll-interval takes seconds, more than 0 and at most 3600"));
    const std::optional<qint64> waitLimitMs = ExportCommand::waitLimit(parser);
    if (!waitLimitMs)
        return context.usage(tr("--wait-timeout takes minutes, more than 0 and at most 1440"));
    if (const int failed = context.configure(parser))
        return failed;
    const QString taskId = positional.at(1);
    if (context.dryRun())
        return context.printDryRun(ListQueryExportTaskRequest{taskId}.toApiRequest());

    if (parser.isSet(QStringLiteral("wait"))) {
        ExportTaskInfo task;
        return ExportCommand::follow(context, taskId, int(std::lround(pollSeconds * 1000)), *waitLimitMs, &task);
    }
    auto *reply = context.client().send(ListQueryExportTaskRequest{taskId});
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    ExportCommand::printTask(context, reply->response());
    return ExitCode::Ok;
}
