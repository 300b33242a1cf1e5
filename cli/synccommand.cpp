#include "cli/synccommand.h"

#include "app/api/apienums.h"
#include "app/api/createimagesynchronizetaskrequest.h"
#include "app/api/runimagesynchronizerequest.h"
#include "cli/clicontext.h"

int SyncCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Synchronise the image list from SWR (RunImageSynchronize), or with --registries-task "
           "through its successor CreateImageSynchronizeTask (all registries, or the ones named)."));
    CliContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("image-type"),
         tr("%1 (default private_image).").arg(ApiEnums::syncImageTypes().join(QStringLiteral(" or "))),
         tr("type"), QStringLiteral("private_image")},
        {QStringLiteral("registries-task"), tr("Use CreateImageSynchronizeTask instead.")},
        {QStringLiteral("registry"),
         tr("With --registries-task: only this registry, as ID:TYPE with TYPE one of %1 (repeatable).")
             .arg(CreateImageSynchronizeTaskRequest::registryTypes().join(QStringLiteral(", "))),
         tr("id:type")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    const bool asTask = parser.isSet(QStringLiteral("registries-task"));
    if (!asTask && parser.isSet(QStringLiteral("registry")))
        return context.usage(tr("--registry goes with --registries-task"));

    CreateImageSynchronizeTaskRequest taskRequest;
    for (const QString &registry : parser.values(QStringLiteral("registry"))) {
        const int colon = registry.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.usage(tr("--registry %1 is not ID:TYPE").arg(registry));
        taskRequest.registries.append({registry.left(colon), registry.mid(colon + 1)});
    }
    taskRequest.syncAllRegistries = taskRequest.registries.isEmpty();
    if (asTask) {
        const FieldErrors errors = taskRequest.validate();
        if (!errors.isEmpty())
            return context.fail(HssError::invalidInput(errors));
    }
    const QString imageType = parser.value(QStringLiteral("image-type"));
    if (const int failed = context.configure(parser))
        return failed;
    if (context.dryRun())
        return context.printDryRun(asTask ? taskRequest.toApiRequest()
                                          : RunImageSynchronizeRequest{imageType}.toApiRequest());

    HssReply *reply = asTask ? context.client().send(taskRequest)
                             : context.client().send(RunImageSynchronizeRequest{imageType});
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    if (asTask)
        context.out() << tr("Synchronisation task created") << Qt::endl;
    else
        context.out() << tr("Synchronisation of %1 started").arg(imageType) << Qt::endl;
    return ExitCode::Ok;
}
