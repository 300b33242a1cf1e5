#pragma once

#include "app/api/imageinfo.h"

// ListSwrImageRepository's answer: one page and the total the filter matches.
struct ListSwrImageRepositoryResponse
{
    qint64 totalNum = 0;
    QList<ImageInfo> images;

    // errors set: the answer is also checked against the schema, each problem naming its field.
    static ListSwrImageRepositoryResponse fromJson(const QJsonObject &o, FieldErrors *errors = nullptr);
    QJsonObject toJson() const;
};
