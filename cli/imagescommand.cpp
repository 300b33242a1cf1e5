#include "cli/imagescommand.h"

#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "cli/imageprinter.h"

#include <QEventLoop>
#include <QMap>

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

    ListSwrImageRepositoryResponse page;
    int exitCode = ExitCode::Ok;
    if (parser.isSet(QStringLiteral("all-pages"))) {
        if (!fetchAll(context, query, 4, &page, &exitCode))
            return exitCode;
    } else {
        auto *reply = context.client().send(query);
        context.wait(reply);
        reply->deleteLater();
        if (!reply->isOk())
            return context.fail(reply->error());
        page = reply->response();
    }
    ImagePrinter::print(context.out(), page, format);
    if (format == ImagePrinter::Format::Table)
        context.err() << tr("%1 of %n image(s)", nullptr, int(qMin<qint64>(page.totalNum, INT_MAX))).arg(page.images.size()) << Qt::endl;
    return ExitCode::Ok;
}

bool ImagesCommand::fetchAll(CliContext &context, const ListSwrImageRepositoryRequest &query, int concurrency,
                             ListSwrImageRepositoryResponse *result, int *exitCode)
{
    auto *first = context.client().send(query);
    context.wait(first);
    first->deleteLater();
    if (!first->isOk()) {
        *exitCode = context.fail(first->error());
        return false;
    }
    const ListSwrImageRepositoryResponse firstPage = first->response();
    QMap<qint64, QList<ImageInfo>> pages;
    pages.insert(query.offset, firstPage.images);

    QList<qint64> pending;
    const qint64 end = std::min<qint64>(firstPage.totalNum, ApiEnums::MaxOffset + query.limit);
    for (qint64 offset = query.offset + query.limit; offset < end; offset += query.limit)
        pending.append(offset);

    QEventLoop loop;
    int inFlight = 0;
    HssError failure;
    qsizetype done = 0;
    const qsizetype total = pending.size();
    std::function<void()> launch = [&] {
        while (inFlight < concurrency && !pending.isEmpty() && !failure.isError()) {
            ListSwrImageRepositoryRequest pageQuery = query;
            pageQuery.offset = pending.takeFirst();
            auto *reply = context.client().send(pageQuery);
            ++inFlight;
            QObject::connect(reply, &HssReply::finished, &loop, [&, reply, offset = pageQuery.offset] {
                reply->deleteLater();
                --inFlight;
                ++done;
                if (!reply->isOk() && !failure.isError())
                    failure = reply->error();
                else
                    pages.insert(offset, reply->response().images);
                if (context.interactive())
                    context.err() << '\r' << tr("page %1 of %2").arg(done + 1).arg(total + 1) << Qt::flush;
                if (inFlight == 0 && (pending.isEmpty() || failure.isError()))
                    loop.quit();
                else
                    launch();
            });
        }
    };
    if (!pending.isEmpty()) {
        launch();
        loop.exec();
        if (context.interactive())
            context.err() << '\r' << QString(30, QLatin1Char(' ')) << '\r' << Qt::flush;
    }
    if (failure.isError()) {
        *exitCode = context.fail(failure);
        return false;
    }
    result->totalNum = firstPage.totalNum;
    for (const QList<ImageInfo> &images : std::as_const(pages))
        result->images += images;
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
