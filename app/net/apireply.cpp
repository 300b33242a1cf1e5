#include "app/net/apireply.h"

HssError ResponseCheck::failure(const RunImageSynchronizeResponse &response)
{
    if (response.errorCode == 0)
        return {};
    HssError e;
    e.kind = HssError::Kind::Api;
    e.code = QString::number(response.errorCode);
    e.message = response.errorDescription.isEmpty()
        ? HssReply::tr("The synchronisation reported a failure without a description")
        : response.errorDescription;
    return e;
}
