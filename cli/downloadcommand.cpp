#include "cli/downloadcommand.h"

#include "app/api/listdownloadexportedfilerequest.h"
#include "app/base/safetext.h"
#include "app/exports/downloadname.h"
#include "cli/clicontext.h"
#include "cli/downloadprogress.h"

#include <QDir>
#include <QFileInfo>

int DownloadCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Download an exported file (ListDownloadExportedFile)."));
    parser.addPositionalArgument(QStringLiteral("file-id"), tr("The file_id of a finished export task."));
    CliContext::addGlobalOptions(parser);
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("File to write, or a folder to write hss-export-FILE_ID.zip into."), tr("path")},
        {QStringLiteral("force"), tr("Replace the file if it exists (a symbolic link is never followed).")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("output")))
        return context.usage(tr("usage: download FILE_ID -o PATH [--force]"));
    const QString fileId = positional.first();
    QString path = parser.value(QStringLiteral("output"));
    if (QFileInfo(path).isDir()) {
        const QString name = QStringLiteral("hss-export-%1.zip")
                                 .arg(DownloadName::sanitize(fileId, QStringLiteral("file")));
        path = DownloadName::uniquePath(path, name);
    }
    const bool force = parser.isSet(QStringLiteral("force"));
    if (const QString problem = HssReply::targetProblem(path, force); !problem.isEmpty())
        return context.usage(QFileInfo(path).isSymLink() || force
                                 ? problem
                                 : tr("%1 already exists; give --force to replace it").arg(path));
    if (const int failed = context.configure(parser))
        return failed;
    if (context.dryRun())
        return context.printDryRun(ListDownloadExportedFileRequest{fileId, path, force}.toApiRequest());

    HssReply *reply = context.client().send(ListDownloadExportedFileRequest{fileId, path, force});
    {
        const DownloadProgress progress(context, reply);
        context.wait(reply);
    }
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    context.out() << "saved: " << SafeText::forTerminal(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitCode::Ok;
}
