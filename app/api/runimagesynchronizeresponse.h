#pragma once

#include "app/api/fielderror.h"

#include <QJsonObject>
#include <QString>

// RunImageSynchronize's answer: a 200 whose error_code is not 0 is still a failure.
struct RunImageSynchronizeResponse
{
    qint64 errorCode = 0;
    QString errorDescription;

    // errors set: the answer is also checked against the schema, each problem naming its field.
    static RunImageSynchronizeResponse fromJson(const QJsonObject &o, FieldErrors *errors = nullptr);
    QJsonObject toJson() const;
};
