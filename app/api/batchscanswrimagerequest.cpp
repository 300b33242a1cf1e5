#include "app/api/batchscanswrimagerequest.h"

#include "app/api/apienums.h"
#include "app/api/jsonvalue.h"

#include <QJsonArray>

using namespace JsonValue;

QJsonObject BatchScanSwrImageRequest::Target::toJson() const
{
    QJsonObject o;
    put(o, QStringLiteral("namespace"), namespaceName);
    put(o, QStringLiteral("image_name"), imageName);
    put(o, QStringLiteral("image_version"), imageVersion);
    put(o, QStringLiteral("instance_id"), instanceId);
    put(o, QStringLiteral("instance_url"), instanceUrl);
    return o;
}

BatchScanSwrImageRequest::Target BatchScanSwrImageRequest::Target::fromJson(const QJsonObject &o)
{
    Target t;
    t.namespaceName = string(o, QStringLiteral("namespace"));
    t.imageName = string(o, QStringLiteral("image_name"));
    t.imageVersion = string(o, QStringLiteral("image_version"));
    t.instanceId = string(o, QStringLiteral("instance_id"));
    t.instanceUrl = string(o, QStringLiteral("instance_url"));
    return t;
}

bool BatchScanSwrImageRequest::Target::operator==(const Target &other) const
{
    return toJson() == other.toJson();
}

QJsonObject BatchScanSwrImageRequest::toJson() const
{
    QJsonObject o;
    filter.writeJson(o, ImageFilter::Use::Scan);
    put(o, QStringLiteral("operate_all"), operateAll);
    if (!images.isEmpty()) {
        QJsonArray list;
        for (const Target &t : images)
            list.append(t.toJson());
        o.insert(QStringLiteral("image_info_list"), list);
    }
    return o;
}

BatchScanSwrImageRequest BatchScanSwrImageRequest::fromJson(const QJsonObject &o)
{
    BatchScanSwrImageRequest r;
    r.filter = ImageFilter::fromJson(o);
    r.filter.instanceId.clear();
    r.filter.instanceName.clear();
    r.filter.hasMaliciousFile.reset();
    r.filter.hasUnsafeSetting.reset();
    r.filter.hasVul.reset();
    r.operateAll = optionalBool(o, QStringLiteral("operate_all"));
    const QJsonArray list = o.value(QStringLiteral("image_info_list")).toArray();
    for (const QJsonValue &v : list)
        r.images.append(Target::fromJson(v.toObject()));
    return r;
}

FieldErrors BatchScanSwrImageRequest::validate() const
{
    FieldErrors errors = filter.validate(ImageFilter::Use::Scan);
    const bool all = operateAll.value_or(false);
    if (!all && images.isEmpty())
        errors.append({QStringLiteral("image_info_list"),
                       tr("is required when operate_all is not true")});
    if (images.size() > ApiEnums::MaxScanListItems)
        errors.append({QStringLiteral("image_info_list"),
                       tr("holds more than %n image(s)", nullptr, ApiEnums::MaxScanListItems)});
    for (const Target &t : images) {
        if (t.namespaceName.isEmpty() || t.imageName.isEmpty() || t.imageVersion.isEmpty()) {
            errors.append({QStringLiteral("image_info_list"),
                           tr("every image needs a namespace, a name and a tag")});
            break;
        }
    }
    const auto tooLong = [](const char *field, const QString &value) {
        return value.size() > ImageFilter::maxLength(field, ImageFilter::Use::Scan);
    };
    for (const Target &t : images) {
        if (tooLong("namespace", t.namespaceName) || tooLong("image_name", t.imageName)
            || tooLong("image_version", t.imageVersion) || tooLong("instance_id", t.instanceId)) {
            errors.append({QStringLiteral("image_info_list"),
                           tr("%1/%2:%3 is longer than a namespace (%4), name (%5) or tag (%6) may be")
                               .arg(t.namespaceName.left(40), t.imageName.left(40), t.imageVersion.left(40))
                               .arg(ImageFilter::maxLength("namespace", ImageFilter::Use::Scan))
                               .arg(ImageFilter::maxLength("image_name", ImageFilter::Use::Scan))
                               .arg(ImageFilter::maxLength("image_version", ImageFilter::Use::Scan))});
            break;
        }
    }
    return errors;
}

QList<BatchScanSwrImageRequest> BatchScanSwrImageRequest::split(int maxItems) const
{
    if (images.size() <= maxItems || maxItems <= 0)
        return {*this};
    QList<BatchScanSwrImageRequest> parts;
    for (qsizetype start = 0; start < images.size(); start += maxItems) {
        BatchScanSwrImageRequest part = *this;
        part.images = images.mid(start, maxItems);
        parts.append(part);
    }
    return parts;
}

ApiRequest BatchScanSwrImageRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "BatchScanSwrImage";
    r.method = "POST";
    r.path = QStringLiteral("/image/batch-scan");
    r.body = ApiRequest::compactJson(toJson());
    r.idempotent = false;
    return r;
}
