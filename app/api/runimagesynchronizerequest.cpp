#include "app/api/runimagesynchronizerequest.h"

#include "app/api/apienums.h"

FieldErrors RunImageSynchronizeRequest::validate() const
{
    FieldErrors errors;
    if (!ApiEnums::syncImageTypes().contains(imageType))
        errors.append({QStringLiteral("image_type"),
                       tr("must be one of %1").arg(ApiEnums::syncImageTypes().join(QStringLiteral(", ")))});
    return errors;
}

ApiRequest RunImageSynchronizeRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "RunImageSynchronize";
    r.method = "POST";
    r.path = QStringLiteral("/image/synchronize");
    r.body = ApiRequest::compactJson({{QStringLiteral("image_type"), imageType}});
    r.idempotent = false;
    return r;
}
