#pragma once

#include "app/api/apirequest.h"
#include "app/api/fielderror.h"

#include <QCoreApplication>

// ListDownloadExportedFile (GET /v5/{project_id}/download/{file_id}): the export's file,
// streamed into targetPath; the reply's savedFilePath() is its whole result.
struct ListDownloadExportedFileRequest
{
    Q_DECLARE_TR_FUNCTIONS(ListDownloadExportedFileRequest)

public:
    using Response = void;

    QString fileId;
    QString targetPath;
    bool overwrite = false; // an existing file is replaced only when asked to; links never

    FieldErrors validate() const;
    ApiRequest toApiRequest() const;
};
