#pragma once

#include "app/api/apirequest.h"
#include "app/api/fielderror.h"
#include "app/api/runimagesynchronizeresponse.h"

#include <QCoreApplication>

// RunImageSynchronize (POST /v5/{project_id}/image/synchronize), deprecated upstream in favour
// of CreateImageSynchronizeTask: refreshes one image type's list from SWR.
struct RunImageSynchronizeRequest
{
    Q_DECLARE_TR_FUNCTIONS(RunImageSynchronizeRequest)

public:
    using Response = RunImageSynchronizeResponse;

    QString imageType;

    FieldErrors validate() const;
    ApiRequest toApiRequest() const; // billed: never resent
};
