#pragma once

#include "app/api/batchexportbaselinetaskrequest.h"

#include <QCoreApplication>

#include <functional>

// Says in one line what an export covers, for the confirmation, the task list and the action
// log. Filters are named by their API field so the line matches what was sent.
class ExportScope
{
    Q_DECLARE_TR_FUNCTIONS(ExportScope)

public:
    // How one filter is written; the window passes its display names (ImageLabels::filter),
    // the command line keeps "field=value", the words its user typed.
    using FilterLabeller = std::function<QString(const QString &field, const QString &value)>;

    // "image_type=private_image, has_vul=true", without the selection fields.
    static QString filterSummary(const BatchExportBaselineTaskRequest &request, const FilterLabeller &label = {});
    // "3 selected images" or "all images matching: <filterSummary>".
    static QString describe(const BatchExportBaselineTaskRequest &request, const FilterLabeller &label = {});
};
