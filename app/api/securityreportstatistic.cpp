#include "app/api/securityreportstatistic.h"

#include "app/api/apienums.h"

std::optional<SecurityReportStatistic> SecurityReportStatistic::fromJson(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("total_num"));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > double(ApiEnums::MaxExportSize) || d != double(qint64(d)))
        return std::nullopt;
    return SecurityReportStatistic{qint64(d)};
}

QJsonObject SecurityReportStatistic::toJson() const
{
    return {{QStringLiteral("total_num"), totalNum}};
}
