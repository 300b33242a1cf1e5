#pragma once

#include "app/api/imagefilter.h"

#include <QList>

// BatchScanSwrImage body: either the listed images, or (operate_all) everything the filter
// matches. image_type is required either way and lives in the filter.
struct BatchScanRequest
{
    Q_DECLARE_TR_FUNCTIONS(BatchScanRequest)

public:
    struct Target // BatchScanSwrImageInfo
    {
        QString namespaceName;
        QString imageName;
        QString imageVersion;
        QString instanceId;  // enterprise (instance_image) only
        QString instanceUrl; // enterprise (instance_image) only

        QJsonObject toJson() const;
        static Target fromJson(const QJsonObject &o);
        bool operator==(const Target &other) const;
    };

    ImageFilter filter;
    std::optional<bool> operateAll;
    QList<Target> images;

    QJsonObject toJson() const;
    static BatchScanRequest fromJson(const QJsonObject &o);
    FieldErrors validate() const;
    // The service takes at most 10,241 images per call; a larger selection becomes several.
    QList<BatchScanRequest> split(int maxItems) const;
};
