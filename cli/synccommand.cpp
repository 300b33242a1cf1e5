#include "synccommand.h"

#include "apienums.h"
#include "clicontext.h"

int SyncCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Synchronise the image list from SWR (RunImageSynchronize)."));
    CliContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("image-type"),
                      tr("%1 (default private_image).").arg(ApiEnums::syncImageTypes().join(QStringLiteral(" or "))),
                      tr("type"), QStringLiteral("private_image")});
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    const QString imageType = parser.value(QStringLiteral("image-type"));
    if (const int failed = context.configure(parser))
        return failed;
    if (context.dryRun())
        return context.printDryRun(HssClient::synchronizeRequest(imageType));

    HssReply *reply = context.client().synchronizeImages(imageType);
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    context.out() << tr("Synchronisation of %1 started").arg(imageType) << Qt::endl;
    return ExitCode::Ok;
}
