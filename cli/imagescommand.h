#pragma once

#include "app/api/listswrimagerepositoryrequest.h"
#include "app/api/listswrimagerepositoryresponse.h"

#include <QStringList>

class CliContext;

// `images list`: one page, or every page with a few requests in flight.
class ImagesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImagesCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);

    // Fetches all pages from query.offset on, at most `concurrency` requests at a time.
    // Returns false after reporting the error (exit code in *exitCode).
    static bool fetchAll(CliContext &context, const ListSwrImageRepositoryRequest &query, int concurrency,
                         ListSwrImageRepositoryResponse *result, int *exitCode);
    // total_num for a filter: one small page.
    static bool count(CliContext &context, const ImageFilter &filter, qint64 *total, int *exitCode);
};
