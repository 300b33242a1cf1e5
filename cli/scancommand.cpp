#include "cli/scancommand.h"

#include "app/api/apienums.h"
#include "cli/clicontext.h"
#include "cli/filteroptions.h"

int ScanCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scan images (BatchScanSwrImage): the ones named with --image, or with --all every image "
           "matching the filters. Scans are billed per image."));
    CliContext::addGlobalOptions(parser);
    FilterOptions::addImageFilters(parser);
    parser.addOptions({
        {QStringLiteral("image"), tr("NAMESPACE/NAME:TAG to scan (repeatable)."), tr("reference")},
        {QStringLiteral("instance-url"), tr("Download URL of the enterprise instance (instance_image)."),
         tr("url")},
        {QStringLiteral("all"), tr("Scan every image matching the filters (operate_all); cannot be stopped.")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList references = parser.values(QStringLiteral("image"));
    if (all == !references.isEmpty())
        return context.usage(tr("give either --image (one or more) or --all with filters"));

    BatchScanRequest request;
    QString error;
    if (!FilterOptions::readImageFilter(parser, &request.filter, &error))
        return context.usage(error);
    if (request.filter.imageType.isEmpty())
        request.filter.imageType = QStringLiteral("private_image");
    if (all) {
        request.operateAll = true;
    } else {
        for (const QString &reference : references) {
            BatchScanRequest::Target target;
            if (!parseReference(reference, &target))
                return context.usage(tr("--image %1 is not NAMESPACE/NAME:TAG").arg(reference));
            if (request.filter.imageType == QLatin1String("instance_image")) {
                target.instanceId = request.filter.instanceId;
                target.instanceUrl = parser.value(QStringLiteral("instance-url"));
            }
            request.images.append(target);
        }
        // With a list, the filters only describe the images; the service reads the list.
        const QString imageType = request.filter.imageType;
        request.filter = ImageFilter();
        request.filter.imageType = imageType;
    }
    const FieldErrors errors = request.validate();
    if (!errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (const int failed = context.configure(parser))
        return failed;

    const QList<BatchScanRequest> parts = request.split(ApiEnums::MaxScanListItems);
    if (context.dryRun()) {
        for (const BatchScanRequest &part : parts)
            context.printDryRun(HssClient::batchScanRequest(part));
        return ExitCode::Ok;
    }
    qsizetype sent = 0;
    for (const BatchScanRequest &part : parts) {
        HssReply *reply = context.client().batchScan(part);
        context.wait(reply);
        reply->deleteLater();
        if (!reply->isOk()) {
            if (sent > 0)
                context.err() << tr("%n image(s) were already sent for scanning before this error", nullptr, int(sent))
                              << Qt::endl;
            return context.fail(reply->error());
        }
        sent += part.images.size();
        context.err() << tr("request id %1").arg(reply->requestId()) << Qt::endl;
    }
    if (all)
        context.out() << tr("Scan requested for every image matching the filters")
                      << Qt::endl;
    else
        context.out() << tr("Scan requested for %n image(s)", nullptr, int(sent)) << Qt::endl;
    return ExitCode::Ok;
}

bool ScanCommand::parseReference(const QString &reference, BatchScanRequest::Target *target)
{
    const int slash = reference.indexOf(QLatin1Char('/'));
    const int colon = reference.lastIndexOf(QLatin1Char(':'));
    if (slash <= 0 || colon <= slash + 1 || colon == reference.size() - 1
        || reference.indexOf(QLatin1Char('/'), colon) != -1)
        return false;
    target->namespaceName = reference.left(slash);
    target->imageName = reference.mid(slash + 1, colon - slash - 1);
    target->imageVersion = reference.mid(colon + 1);
    return true;
}
