#include "app/api/createimagesynchronizetaskrequest.h"

#include "app/api/jsonvalue.h"

#include <QJsonArray>

QStringList CreateImageSynchronizeTaskRequest::registryTypes()
{
    return {QStringLiteral("SwrPrivate"), QStringLiteral("SwrShared"), QStringLiteral("SwrEnterprise"),
            QStringLiteral("Harbor"),     QStringLiteral("Jfrog"),     QStringLiteral("Other")};
}

QJsonObject CreateImageSynchronizeTaskRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("sync_all_registries"), syncAllRegistries}};
    if (!registries.isEmpty()) {
        QJsonArray list;
        for (const Registry &r : registries) {
            QJsonObject item;
            JsonValue::put(item, QStringLiteral("registry_id"), r.registryId);
            JsonValue::put(item, QStringLiteral("registry_type"), r.registryType);
            list.append(item);
        }
        o.insert(QStringLiteral("registry_info"), list);
    }
    return o;
}

CreateImageSynchronizeTaskRequest CreateImageSynchronizeTaskRequest::fromJson(const QJsonObject &o)
{
    CreateImageSynchronizeTaskRequest r;
    r.syncAllRegistries = JsonValue::boolean(o, QStringLiteral("sync_all_registries"));
    const QJsonArray list = o.value(QStringLiteral("registry_info")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject item = v.toObject();
        r.registries.append({JsonValue::string(item, QStringLiteral("registry_id")),
                             JsonValue::string(item, QStringLiteral("registry_type"))});
    }
    return r;
}

FieldErrors CreateImageSynchronizeTaskRequest::validate() const
{
    FieldErrors errors;
    if (!syncAllRegistries && registries.isEmpty())
        errors.append({QStringLiteral("registry_info"), tr("is required when sync_all_registries is false")});
    for (const Registry &r : registries) {
        if (r.registryId.isEmpty() || !registryTypes().contains(r.registryType)) {
            errors.append({QStringLiteral("registry_info"),
                           tr("every registry needs an id and a type of %1")
                               .arg(registryTypes().join(QStringLiteral(", ")))});
            break;
        }
    }
    return errors;
}

ApiRequest CreateImageSynchronizeTaskRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "CreateImageSynchronizeTask";
    r.method = "POST";
    r.path = QStringLiteral("/image/image-sync/tasks");
    r.body = ApiRequest::compactJson(toJson());
    r.idempotent = false;
    return r;
}
