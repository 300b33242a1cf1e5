#pragma once

#include "app/api/apirequest.h"
#include "app/api/imagefilter.h"

#include <QList>

// BatchScanSwrImage body: either the listed images, or (operate_all) everything the filter
// matches. image_type is required either way and lives in the filter.
struct BatchScanSwrImageRequest
{
    Q_DECLARE_TR_FUNCTIONS(BatchScanSwrImageRequest)

public:
    using Response = void; // success is the whole answer

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
    static BatchScanSwrImageRequest fromJson(const QJsonObject &o);
    FieldErrors validate() const;
    ApiRequest toApiRequest() const; // billed: never resent
    // The service takes at most 10,241 images per call; a larger selection becomes several.
    QList<BatchScanSwrImageRequest> split(int maxItems) const;
};
