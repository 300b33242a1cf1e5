#include "cli/imagescommand.h"

#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/images/imageinventory.h"
#include "app/images/inventoryrefresher.h"
#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "cli/imageprinter.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
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
        {QStringLiteral("from-cache"), tr("Answer from the stored image list of this profile, "
                                          "without any call; its age goes to stderr.")},
        {QStringLiteral("refresh"), tr("Fetch only what changed since the stored list was "
                                       "refreshed (everything the first time), then answer from it.")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return context.usage(tr("usage: images list [options]"));

    const bool fromCache = parser.isSet(QStringLiteral("from-cache"));
    const bool refresh = parser.isSet(QStringLiteral("refresh"));
    if (fromCache && refresh)
        return context.usage(tr("--from-cache and --refresh exclude each other"));
    const bool allPages = parser.isSet(QStringLiteral("all-pages"));

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
    if (context.dryRun() && !fromCache)
        return context.printDryRun(query.toApiRequest());

    // Made with the first page, so a call that fails at once prints nothing on stdout.
    std::optional<ImagePrinter> printer;
    const PageSink print = [&](const QList<ImageInfo> &images) {
        if (!printer) {
            context.out().flush();
            printer.emplace(context.out().device(), format);
        }
        printer->add(images);
    };
    qint64 totalNum = 0;
    int exitCode = ExitCode::Ok;
    if (fromCache || refresh) {
        const auto inventory = openInventory(context, fromCache, &exitCode);
        if (!inventory || (refresh && !refreshInventory(context, *inventory, query.filter, &exitCode)))
            return exitCode;
        const ImageInventory::Listing listing = inventory->listing(query.filter);
        if (listing.isValid())
            context.err() << tr("From the stored image list, complete as of %1.")
                                 .arg(QLocale().toString(listing.asOf.toLocalTime(), QLocale::ShortFormat))
                          << Qt::endl;
        else
            context.err() << tr("From the stored image list; this filter was never listed to the end, "
                                "so images may be missing.")
                          << Qt::endl;
        const ListSwrImageRepositoryResponse page = answerFromStore(*inventory, query, allPages);
        print(page.images);
        totalNum = page.totalNum;
    } else if (allPages) {
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

std::unique_ptr<ImageInventory> ImagesCommand::openInventory(CliContext &context, bool mustExist,
                                                             int *exitCode)
{
    const QString path = ImageInventory::pathFor(
        ImageInventory::keyFor(context.profileName(), context.client().config()));
    if (mustExist && !QFileInfo::exists(path)) {
        *exitCode = ExitCode::Failure;
        context.err() << tr("error: there is no stored image list for this profile yet; "
                            "run 'images list --refresh' first")
                      << Qt::endl;
        return nullptr;
    }
    auto inventory = std::make_unique<ImageInventory>(path);
    QString error;
    if (!inventory->open(&error)) {
        *exitCode = ExitCode::Failure;
        context.err() << tr("error: %1").arg(error) << Qt::endl;
        return nullptr;
    }
    if (!inventory->setAsideMessage().isEmpty())
        context.err() << tr("warning: %1").arg(inventory->setAsideMessage()) << Qt::endl;
    return inventory;
}

bool ImagesCommand::refreshInventory(CliContext &context, ImageInventory &inventory,
                                     const ImageFilter &filter, int *exitCode)
{
    const ImageInventory::Listing listing = inventory.listing(filter);
    InventoryRefresher refresher(&context.client());
    QEventLoop loop;
    HssError failure;
    bool stored = true;
    QObject::connect(&refresher, &InventoryRefresher::pageFetched, &loop,
                     [&](const QList<ImageInfo> &images) {
                         stored = inventory.store(images, refresher.startedAt()) && stored;
                     });
    QObject::connect(&refresher, &InventoryRefresher::finished, &loop, &QEventLoop::quit);
    QObject::connect(&refresher, &InventoryRefresher::failed, &loop, [&](const HssError &error) {
        failure = error;
        loop.quit();
    });
    if (listing.isValid())
        refresher.startIncremental(filter.imageType, listing.asOf);
    else
        refresher.startFull(filter);
    loop.exec();
    if (failure.isError()) {
        *exitCode = context.fail(failure);
        return false;
    }
    if (!stored) {
        *exitCode = ExitCode::Failure;
        context.err() << tr("error: the fetched images could not be stored in %1")
                             .arg(inventory.path())
                      << Qt::endl;
        return false;
    }
    if (refresher.kind() == InventoryRefresher::Kind::Full) {
        if (ImageInventory::isStable(filter))
            inventory.removeUnseen(filter, refresher.startedAt());
        inventory.setListed(filter, refresher.startedAt());
    } else {
        inventory.setRefreshed(filter.imageType, refresher.since(), refresher.startedAt());
    }
    const int fetched = int(qMin<qint64>(refresher.fetched(), INT_MAX));
    if (refresher.kind() == InventoryRefresher::Kind::Full)
        context.err() << tr("Listed %n image(s) in full.", nullptr, fetched) << Qt::endl;
    else
        context.err() << tr("%n changed image(s) fetched.", nullptr, fetched) << Qt::endl;
    return true;
}

ListSwrImageRepositoryResponse ImagesCommand::answerFromStore(const ImageInventory &inventory,
                                                              const ListSwrImageRepositoryRequest &query,
                                                              bool allPages)
{
    ListSwrImageRepositoryResponse page;
    const QList<ImageInfo> images = inventory.images(query.filter);
    page.totalNum = images.size();
    page.images = images.mid(query.offset, allPages ? -1 : query.limit);
    return page;
}
