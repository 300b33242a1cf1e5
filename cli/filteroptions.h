#pragma once

#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/imagefilter.h"

#include <QCommandLineParser>

// Every API filter as an option named after its field with dashes (image_type →
// --image-type), so the API reference doubles as the CLI reference.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)

public:
    // The help lists the image types and scan statuses the command's request accepts.
    static void addImageFilters(QCommandLineParser &parser, ImageFilter::Use use);
    static void addExportFilters(QCommandLineParser &parser);

    // Value syntax errors (a size that is not a number, a date that does not parse) are
    // reported here; range and enum checks are the request types' validate().
    static bool readImageFilter(const QCommandLineParser &parser, ImageFilter *filter, QString *error);
    static bool readExportFilters(const QCommandLineParser &parser, BatchExportBaselineTaskRequest *request,
                                  QString *error);

    static bool parseBool(const QString &text, bool *value);
    // Bytes, optionally with a binary unit: 512, 20M, 1.5G.
    static bool parseSize(const QString &text, qint64 *bytes);
    // Epoch milliseconds, or an ISO 8601 date/date-time (UTC unless it names an offset).
    static bool parseTime(const QString &text, qint64 *epochMs);
};
