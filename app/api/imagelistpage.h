#pragma once

#include "app/api/imageinfo.h"

// ListSwrImageRepository's answer: one page and the total the filter matches.
struct ImageListPage
{
    qint64 totalNum = 0;
    QList<ImageInfo> images;

    static ImageListPage fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};
