#pragma once

#include "app/api/batchscanswrimagerequest.h"

class CliContext;

// `scan`: BatchScanSwrImage for named images, or everything matching the filters.
class ScanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
    // NAMESPACE/NAME:TAG; the name may itself hold slashes, the tag follows the last colon.
    static bool parseReference(const QString &reference, BatchScanSwrImageRequest::Target *target);

private:
    // --all with no filter but the type: asks on a terminal, needs --yes otherwise.
    static bool confirmScanAll(CliContext &context, const ImageFilter &filter, bool yes);
};
