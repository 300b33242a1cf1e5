#pragma once

#include "app/api/fielderror.h"

#include <QJsonObject>

// ShowImageSecurityReportStatistic's answer: the number of records the export would hold.
struct ShowImageSecurityReportStatisticResponse
{
    qint64 totalNum = 0;

    // total_num is required, a whole number from 0 to 2147483647 (a count the export size
    // can be set from); what is wrong with it goes to errors.
    static ShowImageSecurityReportStatisticResponse fromJson(const QJsonObject &o,
                                                             FieldErrors *errors = nullptr);
    QJsonObject toJson() const;
};
