#pragma once

#include <QJsonObject>

#include <optional>

// ShowImageSecurityReportStatistic's answer: the number of records the export would hold.
struct SecurityReportStatistic
{
    qint64 totalNum = 0;

    // Unset when total_num is missing, not a whole number or out of the documented
    // 0–2147483647: a count the export size could not be set from.
    static std::optional<SecurityReportStatistic> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};
