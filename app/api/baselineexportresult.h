#pragma once

#include <QJsonObject>
#include <QString>

// BatchExportBaselineTask's answer.
struct BaselineExportResult
{
    qint64 recordTotalNum = 0;
    QString taskId;

    static BaselineExportResult fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};
