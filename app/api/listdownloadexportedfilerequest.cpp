#include "app/api/listdownloadexportedfilerequest.h"

#include "app/api/pathsegment.h"

FieldErrors ListDownloadExportedFileRequest::validate() const
{
    FieldErrors errors;
    if (!PathSegment::isSafeId(fileId))
        errors.append({QStringLiteral("file_id"),
                       tr("must have 1 to 64 letters, digits, dots, dashes or underscores")});
    if (targetPath.isEmpty())
        errors.append({QStringLiteral("path"), tr("is required")});
    return errors;
}

ApiRequest ListDownloadExportedFileRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "ListDownloadExportedFile";
    r.path = QStringLiteral("/download/") + fileId;
    r.downloadPath = targetPath;
    r.overwriteDownload = overwrite;
    return r;
}
