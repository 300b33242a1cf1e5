#include "cli/scancommand.h"

#include "app/api/batchscanswrimagerequest.h"
#include "app/base/safetext.h"
#include "app/images/scansubmitter.h"
#include "cli/clicontext.h"
#include "cli/filteroptions.h"

#include <QEventLoop>

#include <unistd.h>

int ScanCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scan images (BatchScanSwrImage): the ones named with --image, or with --all every image "
           "matching the filters. Scans are billed per image."));
    CliContext::addGlobalOptions(parser);
    FilterOptions::addImageFilters(parser, ImageFilter::Use::Scan);
    parser.addOptions({
        {QStringLiteral("image"), tr("NAMESPACE/NAME:TAG to scan (repeatable)."), tr("reference")},
        {QStringLiteral("instance-url"), tr("Download URL of the enterprise instance (instance_image)."),
         tr("url")},
        {QStringLiteral("all"), tr("Scan every image matching the filters (operate_all); cannot be stopped.")},
        {QStringLiteral("yes"), tr("Do not ask before --all without filters scans every image of the type.")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList references = parser.values(QStringLiteral("image"));
    if (all == !references.isEmpty())
        return context.usage(tr("give either --image (one or more) or --all with filters"));

    BatchScanSwrImageRequest request;
    QString error;
    if (!FilterOptions::readImageFilter(parser, &request.filter, &error))
        return context.usage(error);
    if (request.filter.imageType.isEmpty())
        request.filter.imageType = QStringLiteral("private_image");
    if (all) {
        request.operateAll = true;
    } else {
        for (const QString &reference : references) {
            BatchScanSwrImageRequest::Target target;
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
    // A list longer than one call may carry is split, as the window does; each call is
    // checked as it will be sent.
    if (const FieldErrors errors = ScanSubmitter::validate(request); !errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (const int failed = context.configure(parser))
        return failed;
    if (all && !context.dryRun() && !confirmScanAll(context, request.filter, parser.isSet(QStringLiteral("yes"))))
        return ExitCode::Usage;

    if (context.dryRun()) {
        for (const BatchScanSwrImageRequest &part : ScanSubmitter::parts(request))
            context.printDryRun(part.toApiRequest());
        return ExitCode::Ok;
    }
    ScanSubmitter submitter(&context.client());
    QObject::connect(&submitter, &ScanSubmitter::partFinished, &submitter,
                     [&context](int, int, const BatchScanSwrImageRequest &, const QString &requestId,
                                const HssError &partError) {
                         if (!partError.isError())
                             context.err() << tr("request id %1").arg(SafeText::forTerminal(requestId))
                                           << Qt::endl;
                     });
    ScanSubmitter::Result result;
    QEventLoop loop;
    QObject::connect(&submitter, &ScanSubmitter::finished, &loop,
                     [&result, &loop](const ScanSubmitter::Result &r) {
                         result = r;
                         loop.quit();
                     });
    submitter.submit(request, QString());
    if (submitter.isRunning())
        loop.exec();
    const int sent = static_cast<int>(result.accepted.size());
    if (result.error.isError()) {
        if (sent > 0)
            context.err() << tr("%n image(s) were already sent for scanning before this error", nullptr, sent)
                          << Qt::endl;
        return context.fail(result.error);
    }
    if (all)
        context.out() << tr("Scan requested for every image matching the filters")
                      << Qt::endl;
    else
        context.out() << tr("Scan requested for %n image(s)", nullptr, sent) << Qt::endl;
    return ExitCode::Ok;
}

bool ScanCommand::confirmScanAll(CliContext &context, const ImageFilter &filter, bool yes)
{
    ImageFilter typeOnly;
    typeOnly.imageType = filter.imageType;
    if (yes || filter != typeOnly)
        return true;
    // Billed per image and impossible to stop: a person at a terminal is asked, a script must
    // say --yes; without a terminal to ask on, nothing is sent.
    if (isatty(STDIN_FILENO) != 1 || !context.interactive()) {
        context.usage(tr("scan --all without filters scans every %1 image and cannot be stopped; "
                         "add filters, or give --yes to confirm")
                          .arg(filter.imageType));
        return false;
    }
    context.err() << tr("Scan every %1 image? Scans are billed per image and cannot be stopped. "
                        "Type \"yes\" to continue: ")
                         .arg(filter.imageType)
                  << Qt::flush;
    QTextStream in(stdin);
    if (in.readLine().trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return true;
    context.err() << tr("Nothing was sent.") << Qt::endl;
    return false;
}

bool ScanCommand::parseReference(const QString &reference, BatchScanSwrImageRequest::Target *target)
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
