#include "app/api/showimagesecurityreportstatisticresponse.h"

#include "app/api/apienums.h"
#include "app/api/jsonvalue.h"

ShowImageSecurityReportStatisticResponse
ShowImageSecurityReportStatisticResponse::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    if (errors)
        JsonValue::checkInteger(o, {}, QStringLiteral("total_num"), JsonValue::Presence::Required, 0,
                                ApiEnums::MaxExportSize, errors);
    return {JsonValue::integer(o, QStringLiteral("total_num"))};
}

QJsonObject ShowImageSecurityReportStatisticResponse::toJson() const
{
    return {{QStringLiteral("total_num"), totalNum}};
}
