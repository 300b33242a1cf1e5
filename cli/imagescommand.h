#pragma once

#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/listswrimagerepositoryresponse.h"

#include <QStringList>

#include <functional>
#include <memory>

class CliContext;
class ImageInventory;

// `images list`: one page, or every page with a few requests in flight.
class ImagesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImagesCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

    using PageSink = std::function<void(const QList<ImageInfo> &images)>;
    // Fetches all pages from query.offset on, at most `concurrency` requests at a time, and
    // hands each page to `sink` in offset order as soon as the pages before it are in: pages
    // that arrive early wait, but never more than a few, so memory does not grow with the list.
    // Returns false after reporting the error (exit code in *exitCode); pages before the failed
    // one have been handed over by then.
    static bool fetchAll(CliContext &context, const ListSwrImageRepositoryRequest &query, int concurrency,
                         const PageSink &sink, qint64 *totalNum, int *exitCode);
    // total_num for a filter: one small page.
    static bool count(CliContext &context, const ImageFilter &filter, qint64 *total, int *exitCode);

private:
    // The stored list of the configured profile; null after reporting why (exit code set).
    static std::unique_ptr<ImageInventory> openInventory(CliContext &context, bool mustExist,
                                                         int *exitCode);
    // --refresh: what changed since the filter was last listed, or a full listing the first time.
    static bool refreshInventory(CliContext &context, ImageInventory &inventory,
                                 const ImageFilter &filter, int *exitCode);
    // --from-cache and --refresh: the page (or every page) the call would have answered.
    static ListSwrImageRepositoryResponse answerFromStore(const ImageInventory &inventory,
                                                          const ListSwrImageRepositoryRequest &query,
                                                          bool allPages);
};
