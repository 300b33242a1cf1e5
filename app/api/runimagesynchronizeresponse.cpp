#include "app/api/runimagesynchronizeresponse.h"

#include "app/api/jsonvalue.h"

RunImageSynchronizeResponse RunImageSynchronizeResponse::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    using namespace JsonValue;
    if (errors) {
        checkInteger(o, {}, QStringLiteral("error_code"), Presence::Required, 0, 10, errors);
        checkString(o, {}, QStringLiteral("error_description"), Presence::Optional, errors, 0, 512);
    }
    RunImageSynchronizeResponse r;
    r.errorCode = JsonValue::integer(o, QStringLiteral("error_code"));
    r.errorDescription = JsonValue::string(o, QStringLiteral("error_description"));
    return r;
}

QJsonObject RunImageSynchronizeResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("error_code"), errorCode}};
    JsonValue::put(o, QStringLiteral("error_description"), errorDescription);
    return o;
}
