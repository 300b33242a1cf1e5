#include "cli/exportcommand.h"

#include "app/api/apienums.h"
#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/base/safetext.h"
#include "app/exports/downloadname.h"
#include "app/exports/exporttaskwatcher.h"
#include "cli/clicontext.h"
#include "cli/downloadprogress.h"
#include "cli/filteroptions.h"
#include "cli/imagescommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>

#include <cmath>

int ExportCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export image baseline-check results (BatchExportBaselineTask): the images with the given "
           "list ids, or with --all every image matching the filters."));
    parser.addPositionalArgument(QStringLiteral("baseline"), tr("What to export: baseline."));
    CliContext::addGlobalOptions(parser);
    FilterOptions::addImageFilters(parser, ImageFilter::Use::Export);
    FilterOptions::addExportFilters(parser);
    parser.addOptions({
        {QStringLiteral("id"), tr("Image id from the list's id column (repeatable)."), tr("id")},
        {QStringLiteral("all"), tr("Export every image matching the filters (operate_all).")},
        {QStringLiteral("export-size"),
         tr("Number of records to export, 0 to 2147483647 (default: the ids given, or the matching count)."),
         tr("n")},
        {QStringLiteral("wait"), tr("Follow the export task until it finishes.")},
        {QStringLiteral("download"), tr("Download the result into this folder (implies --wait)."), tr("dir")},
        {QStringLiteral("poll-interval"), tr("Seconds between task polls (default 5)."), tr("seconds"),
         QStringLiteral("5")},
        waitTimeoutOption(),
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("baseline")})
        return context.usage(tr("usage: export baseline (--id ID... | --all [filters]) [options]"));

    const bool all = parser.isSet(QStringLiteral("all"));
    BatchExportBaselineTaskRequest request;
    request.imageIdList = parser.values(QStringLiteral("id"));
    if (all == !request.imageIdList.isEmpty())
        return context.usage(tr("give either --id (one or more) or --all with filters"));
    request.operateAll = all;

    QString error;
    if (!FilterOptions::readImageFilter(parser, &request.filter, &error)
        || !FilterOptions::readExportFilters(parser, &request, &error))
        return context.usage(error);
    if (request.filter.imageType.isEmpty())
        request.filter.imageType = QStringLiteral("private_image");

    bool pollOk = false;
    const double pollSeconds = parser.value(QStringLiteral("poll-interval")).toDouble(&pollOk);
    if (!pollOk || pollSeconds <= 0 || pollSeconds > 3600)
        return context.usage(tr("--poll-interval takes seconds, more than 0 and at most 3600"));

    const std::optional<qint64> waitLimitMs = waitLimit(parser);
    if (!waitLimitMs)
        return context.usage(tr("--wait-timeout takes minutes, more than 0 and at most 1440"));

    const QString downloadDir = parser.value(QStringLiteral("download"));
    if (!downloadDir.isEmpty() && !QFileInfo(downloadDir).isDir())
        return context.usage(tr("--download %1 is not a folder").arg(downloadDir));

    const bool sizeGiven = parser.isSet(QStringLiteral("export-size"));
    if (sizeGiven) {
        bool ok = false;
        request.exportSize = parser.value(QStringLiteral("export-size")).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("--export-size takes a whole number"));
    } else if (!all) {
        request.exportSize = request.imageIdList.size();
    }
    // Every value is checked before the first request, the count included; export_size is
    // checked again once counted.
    if (const FieldErrors errors = request.validate(); !errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (const int failed = context.configure(parser))
        return failed;

    if (all && !sizeGiven) {
        if (!ApiEnums::listImageTypes().contains(request.filter.imageType))
            return context.usage(tr("the matching images of type %1 cannot be counted; give --export-size")
                                     .arg(request.filter.imageType));
        if (context.dryRun()) {
            context.err() << tr("(dry run: the export size would be the number of matching images; shown as 0)") << Qt::endl;
        } else {
            int exitCode = ExitCode::Ok;
            if (!ImagesCommand::count(context, request.filter, &request.exportSize, &exitCode))
                return exitCode;
            context.err() << tr("%n image(s) match; that is the export size", nullptr, int(qMin<qint64>(request.exportSize, INT_MAX))) << Qt::endl;
        }
    }

    const FieldErrors errors = request.validate();
    if (!errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (context.dryRun())
        return context.printDryRun(request.toApiRequest());

    auto *reply = context.client().send(request);
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    const BatchExportBaselineTaskResponse result = reply->response();
    context.out() << "task_id: " << SafeText::forTerminal(result.taskId) << Qt::endl
                  << "record_total_num: " << result.recordTotalNum << Qt::endl;

    if (!parser.isSet(QStringLiteral("wait")) && downloadDir.isEmpty())
        return ExitCode::Ok;
    ExportTaskInfo task;
    const int followed = follow(context, result.taskId, int(std::lround(pollSeconds * 1000)), *waitLimitMs, &task);
    if (followed != ExitCode::Ok || downloadDir.isEmpty())
        return followed;
    return downloadInto(context, task, downloadDir);
}

QCommandLineOption ExportCommand::waitTimeoutOption()
{
    return {QStringLiteral("wait-timeout"), tr("Minutes to follow a task before giving up (default 30)."),
            tr("minutes"), QString::number(ExportTaskWatcher::kDefaultMaxWaitMs / 60000)};
}

std::optional<qint64> ExportCommand::waitLimit(const QCommandLineParser &parser)
{
    bool ok = false;
    const double minutes = parser.value(QStringLiteral("wait-timeout")).toDouble(&ok);
    if (!ok || !(minutes > 0) || minutes > 1440)
        return std::nullopt;
    return qint64(std::llround(minutes * 60000));
}

int ExportCommand::follow(CliContext &context, const QString &taskId, int pollIntervalMs, qint64 waitLimitMs,
                          ExportTaskInfo *final)
{
    ExportTaskWatcher watcher(&context.client(), taskId);
    watcher.setPollInterval(pollIntervalMs);
    watcher.setMaxWaitMs(waitLimitMs);
    QElapsedTimer elapsed;
    elapsed.start();
    QString lastStatus;
    HssError outcome;
    QEventLoop loop;
    QObject::connect(&watcher, &ExportTaskWatcher::updated, &loop, [&](const ExportTaskInfo &task) {
        const qint64 seconds = elapsed.elapsed() / 1000;
        if (context.interactive()) {
            context.err() << '\r' << tr("task %1: %2 (%3 s)").arg(SafeText::forTerminal(taskId), SafeText::forTerminal(task.taskStatus)).arg(seconds)
                          << Qt::flush;
        } else if (task.taskStatus != lastStatus) {
            context.err() << tr("task %1: %2").arg(SafeText::forTerminal(taskId), SafeText::forTerminal(task.taskStatus)) << Qt::endl;
        }
        lastStatus = task.taskStatus;
    });
    QObject::connect(&watcher, &ExportTaskWatcher::pollFailed, &loop, [&](const HssError &error, int delay) {
        context.err() << (context.interactive() ? "\n" : "")
                      << tr("poll failed, trying again in %1 s: %2").arg(delay / 1000).arg(error.toString())
                      << Qt::endl;
    });
    QObject::connect(&watcher, &ExportTaskWatcher::finished, &loop,
                     [&](const ExportTaskInfo &task, const HssError &error) {
                         *final = task;
                         outcome = error;
                         loop.quit();
                     });
    watcher.start();
    loop.exec();
    if (context.interactive())
        context.err() << Qt::endl;
    if (outcome.isError())
        return context.fail(outcome);
    printTask(context, *final);
    return ExitCode::Ok;
}

int ExportCommand::downloadInto(CliContext &context, const ExportTaskInfo &task, const QString &dir)
{
    const QString fallback = QStringLiteral("hss-export-%1.zip").arg(DownloadName::sanitize(task.fileId, QStringLiteral("file")));
    const QString path = DownloadName::uniquePath(dir, DownloadName::sanitize(task.fileName, fallback));
    HssReply *reply = context.client().send(ListDownloadExportedFileRequest{task.fileId, path});
    {
        const DownloadProgress progress(context, reply);
        context.wait(reply);
    }
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    context.out() << "saved: " << QDir::toNativeSeparators(path) << Qt::endl;
    return ExitCode::Ok;
}

void ExportCommand::printTask(CliContext &context, const ExportTaskInfo &task)
{
    using SafeText::forTerminal;
    context.out() << "task_id: " << forTerminal(task.taskId) << Qt::endl
                  << "task_name: " << forTerminal(task.taskName) << Qt::endl
                  << "task_status: " << forTerminal(task.taskStatus) << Qt::endl;
    if (task.succeeded())
        context.out() << "file_id: " << forTerminal(task.fileId) << Qt::endl
                      << "file_name: " << forTerminal(task.fileName) << Qt::endl;
}
