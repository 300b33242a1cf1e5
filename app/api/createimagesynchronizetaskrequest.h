#pragma once

#include "app/api/apirequest.h"
#include "app/api/fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// CreateImageSynchronizeTask, the successor of the deprecated RunImageSynchronize: all
// registries, or the listed ones.
struct CreateImageSynchronizeTaskRequest
{
    Q_DECLARE_TR_FUNCTIONS(CreateImageSynchronizeTaskRequest)

public:
    using Response = void;

    struct Registry
    {
        QString registryId;
        QString registryType; // SwrPrivate, SwrShared, SwrEnterprise, Harbor, Jfrog, Other
    };

    bool syncAllRegistries = true;
    QList<Registry> registries;

    QJsonObject toJson() const;
    static CreateImageSynchronizeTaskRequest fromJson(const QJsonObject &o);
    FieldErrors validate() const;
    ApiRequest toApiRequest() const; // billed: never resent
    static QStringList registryTypes();
};
