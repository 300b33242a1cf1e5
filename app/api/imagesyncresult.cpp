#include "app/api/imagesyncresult.h"

#include "app/api/jsonvalue.h"

ImageSyncResult ImageSyncResult::fromJson(const QJsonObject &o)
{
    ImageSyncResult r;
    r.errorCode = JsonValue::integer(o, QStringLiteral("error_code"));
    r.errorDescription = JsonValue::string(o, QStringLiteral("error_description"));
    return r;
}

QJsonObject ImageSyncResult::toJson() const
{
    QJsonObject o{{QStringLiteral("error_code"), errorCode}};
    JsonValue::put(o, QStringLiteral("error_description"), errorDescription);
    return o;
}
