#pragma once

#include "app/api/fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// CreateImageSynchronizeTask, the successor of the deprecated RunImageSynchronize: all
// registries, or the listed ones.
struct ImageSyncTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(ImageSyncTaskRequest)

public:
    struct Registry
    {
        QString registryId;
        QString registryType; // SwrPrivate, SwrShared, SwrEnterprise, Harbor, Jfrog, Other
    };

    bool syncAllRegistries = true;
    QList<Registry> registries;

    QJsonObject toJson() const;
    static ImageSyncTaskRequest fromJson(const QJsonObject &o);
    FieldErrors validate() const;
    static QStringList registryTypes();
};
