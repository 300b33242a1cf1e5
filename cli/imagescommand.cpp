#include "cli/imagescommand.h"

#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "cli/imageprinter.h"

#include <QEventLoop>
#include <QMap>

#include <optional>

int ImagesCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the images of the registry (ListSwrImageRepository)."));
    parser.addPositionalArgument(QStringLiteral("list"), tr("The only subcommand: list."));
    CliContext::addGlobalOptions(parser);
    FilterOptions::addImageFilters(parser, ImageFilter::Use::List);
    parser.addOptions({
        {QStringLiteral("offset"), tr("Index of the first image (default 0)."), tr("n"), QStringLiteral("0")},
        {QStringLiteral("limit"), tr("Page size, 10 to 200 (default 200)."), tr("n"), QStringLiteral("200")},
        {QStringLiteral("all-pages"), tr("Fetch every page, four requests in flight.")},
        {QStringLiteral("output"), tr("table, json or csv (default table)."), tr("format"), QStringLiteral("table")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return context.usage(tr("usage: images list [options]"));

    ImagePrinter::Format format;
    if (!ImagePrinter::formatFromName(parser.value(QStringLiteral("output")), &format))
        return context.usage(tr("--output takes table, json or csv"));

    ListSwrImageRepositoryRequest query;
    QString error;
    if (!FilterOptions::readImageFilter(parser, &query.filter, &error))
        return context.usage(error);
    bool offsetOk = false;
    bool limitOk = false;
    query.offset = parser.value(QStringLiteral("offset")).toLongLong(&offsetOk);
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!offsetOk || !limitOk)
        return context.usage(tr("--offset and --limit take whole numbers"));
    const FieldErrors errors = query.validate();
    if (!errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (const int failed = context.configure(parser))
        return failed;
    if (context.dryRun())
        return context.printDryRun(query.toApiRequest());

    // Made with the first page, so a call that fails at once prints nothing on stdout.
    std::optional<ImagePrinter> printer;
    const PageSink print = [&](const QList<ImageInfo> &images) {
        if (!printer)
            printer.emplace(context.out(), format);
        printer->add(images);
    };
    qint64 totalNum = 0;
    int exitCode = ExitCode::Ok;
    if (parser.isSet(QStringLiteral("all-pages"))) {
        if (!fetchAll(context, query, 4, print, &totalNum, &exitCode))
            return exitCode;
    } else {
        auto *reply = context.client().send(query);
        context.wait(reply);
        reply->deleteLater();
        if (!reply->isOk())
            return context.fail(reply->error());
        print(reply->response().images);
        totalNum = reply->response().totalNum;
    }
    printer->finish(totalNum);
    if (format == ImagePrinter::Format::Table)
        context.err() << tr("%1 of %n image(s)", nullptr, int(qMin<qint64>(totalNum, INT_MAX))).arg(printer->printed()) << Qt::endl;
    return ExitCode::Ok;
}

bool ImagesCommand::fetchAll(CliContext &context, const ListSwrImageRepositoryRequest &query, int concurrency,
                             const PageSink &sink, qint64 *totalNum, int *exitCode)
{
    auto *first = context.client().send(query);
    context.wait(first);
    first->deleteLater();
    if (!first->isOk()) {
        *exitCode = context.fail(first->error());
        return false;
    }
    *totalNum = first->response().totalNum;
    sink(first->response().images);

    const qint64 end = std::min<qint64>(*totalNum, ApiEnums::MaxOffset + query.limit);
    // Requests run at most this far ahead of the next page to print: a page that takes long
    // (a retry, a slow answer) holds back new requests instead of letting later pages pile up.
    const qint64 window = qint64(2) * concurrency * query.limit;
    qint64 nextOffset = query.offset + query.limit;
    qint64 nextToPrint = nextOffset;
    QMap<qint64, QList<ImageInfo>> early; // arrived before the pages ahead of them
    const qint64 total = std::max<qint64>(0, (end - nextOffset + query.limit - 1) / query.limit);

    QEventLoop loop;
    int inFlight = 0;
    HssError failure;
    qint64 done = 0;
    std::function<void()> launch = [&] {
        while (inFlight < concurrency && nextOffset < end && nextOffset < nextToPrint + window
               && !failure.isError()) {
            ListSwrImageRepositoryRequest pageQuery = query;
            pageQuery.offset = nextOffset;
            nextOffset += query.limit;
            auto *reply = context.client().send(pageQuery);
            ++inFlight;
            QObject::connect(reply, &HssReply::finished, &loop, [&, reply, offset = pageQuery.offset] {
                reply->deleteLater();
                --inFlight;
                ++done;
                if (!reply->isOk() && !failure.isError())
                    failure = reply->error();
                else if (!failure.isError())
                    early.insert(offset, reply->response().images);
                for (auto next = early.find(nextToPrint); next != early.end(); next = early.find(nextToPrint)) {
                    sink(next.value());
                    early.erase(next);
                    nextToPrint += query.limit;
                }
                if (context.interactive())
                    context.err() << '\r' << tr("page %1 of %2").arg(done + 1).arg(total + 1) << Qt::flush;
                if (inFlight == 0 && (nextOffset >= end || failure.isError()))
                    loop.quit();
                else
                    launch();
            });
        }
    };
    if (nextOffset < end) {
        launch();
        loop.exec();
        if (context.interactive())
            context.err() << '\r' << QString(30, QLatin1Char(' ')) << '\r' << Qt::flush;
    }
    if (failure.isError()) {
        *exitCode = context.fail(failure);
        return false;
    }
    return true;
}

bool ImagesCommand::count(CliContext &context, const ImageFilter &filter, qint64 *total, int *exitCode)
{
    ListSwrImageRepositoryRequest query;
    query.filter = filter;
    query.limit = ApiEnums::MinLimit;
    auto *reply = context.client().send(query);
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk()) {
        *exitCode = context.fail(reply->error());
        return false;
    }
    *total = reply->response().totalNum;
    return true;
}
