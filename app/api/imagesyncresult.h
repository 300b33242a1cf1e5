#pragma once

#include <QJsonObject>
#include <QString>

// RunImageSynchronize's answer: a 200 whose error_code is not 0 is still a failure.
struct ImageSyncResult
{
    qint64 errorCode = 0;
    QString errorDescription;

    static ImageSyncResult fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};
