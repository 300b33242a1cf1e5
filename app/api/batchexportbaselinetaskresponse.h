#pragma once

#include "app/api/fielderror.h"

#include <QJsonObject>
#include <QString>

// BatchExportBaselineTask's answer.
struct BatchExportBaselineTaskResponse
{
    qint64 recordTotalNum = 0;
    QString taskId;

    // errors set: the answer is also checked against the schema, each problem naming its field.
    static BatchExportBaselineTaskResponse fromJson(const QJsonObject &o, FieldErrors *errors = nullptr);
    QJsonObject toJson() const;
};
