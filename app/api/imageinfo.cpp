#include "app/api/imageinfo.h"

#include "app/api/jsonstreamwriter.h"
#include "app/api/jsonvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace JsonValue;

namespace {

constexpr qint64 kMaxId = 2147483547;
constexpr qint64 kMaxSize = 2147483547;
constexpr qint64 kMaxTime = 4070880000000;
constexpr qint64 kMaxCount = 2147483647;

void putIfSet(JsonStreamWriter &w, QStringView key, const QString &value)
{
    if (!value.isEmpty())
        w.write(key, value);
}

} // namespace

ImageInfo::Association ImageInfo::Association::fromJson(const QJsonObject &o, FieldErrors *errors,
                                                        const QString &prefix)
{
    if (errors) {
        for (const char *key : {"image_name", "image_version", "image_type", "namespace", "image_digest", "scan_status"})
            checkString(o, prefix, QLatin1String(key), Presence::Optional, errors);
    }
    Association a;
    a.imageName = string(o, QStringLiteral("image_name"));
    a.imageVersion = string(o, QStringLiteral("image_version"));
    a.imageType = string(o, QStringLiteral("image_type"));
    a.namespaceName = string(o, QStringLiteral("namespace"));
    a.imageDigest = string(o, QStringLiteral("image_digest"));
    a.scanStatus = string(o, QStringLiteral("scan_status"));
    return a;
}

QJsonObject ImageInfo::Association::toJson() const
{
    QJsonObject o;
    put(o, QStringLiteral("image_name"), imageName);
    put(o, QStringLiteral("image_version"), imageVersion);
    put(o, QStringLiteral("image_type"), imageType);
    put(o, QStringLiteral("namespace"), namespaceName);
    put(o, QStringLiteral("image_digest"), imageDigest);
    put(o, QStringLiteral("scan_status"), scanStatus);
    return o;
}

void ImageInfo::Association::writeJson(JsonStreamWriter &w) const
{
    // toJson()'s keys in QJsonObject's (sorted) order; empty strings are left out there too.
    w.beginObject();
    putIfSet(w, u"image_digest", imageDigest);
    putIfSet(w, u"image_name", imageName);
    putIfSet(w, u"image_type", imageType);
    putIfSet(w, u"image_version", imageVersion);
    putIfSet(w, u"namespace", namespaceName);
    putIfSet(w, u"scan_status", scanStatus);
    w.endObject();
}

bool ImageInfo::Association::operator==(const Association &other) const
{
    return toJson() == other.toJson();
}

ImageInfo ImageInfo::fromJson(const QJsonObject &o, FieldErrors *errors, const QString &prefix)
{
    if (errors) {
        // id is what exports are asked for; without it the row cannot be used.
        checkInteger(o, prefix, QStringLiteral("id"), Presence::Required, 0, kMaxId, errors);
        for (const char *key : {"namespace", "image_name", "image_id", "image_digest", "image_version", "image_type",
                                "scan_status", "scan_failed_desc", "domain_name", "shared_status", "instance_name",
                                "instance_id", "instance_url"})
            checkString(o, prefix, QLatin1String(key), Presence::Optional, errors);
        checkBool(o, prefix, QStringLiteral("latest_version"), errors);
        checkBool(o, prefix, QStringLiteral("scannable"), errors);
        checkInteger(o, prefix, QStringLiteral("image_size"), Presence::Optional, 0, kMaxSize, errors);
        checkInteger(o, prefix, QStringLiteral("latest_update_time"), Presence::Optional, 0, kMaxTime, errors);
        checkInteger(o, prefix, QStringLiteral("latest_scan_time"), Presence::Optional, 0, kMaxTime, errors);
        for (const char *key : {"vul_num", "unsafe_setting_num", "malicious_file_num"})
            checkInteger(o, prefix, QLatin1String(key), Presence::Optional, 0, kMaxCount, errors);
        const auto associations = checkArray(o, prefix, QStringLiteral("association_images"), Presence::Optional,
                                             kMaxCount, errors);
        for (qsizetype n = 0; associations && n < associations->size(); ++n) {
            const QString item = prefix + QStringLiteral("association_images[%1]").arg(n);
            if (!associations->at(n).isObject())
                errors->append({item, QCoreApplication::translate("JsonValue", "must be an object")});
            else
                Association::fromJson(associations->at(n).toObject(), errors, item + QLatin1Char('.'));
        }
    }
    ImageInfo i;
    i.id = integer(o, QStringLiteral("id"));
    i.namespaceName = string(o, QStringLiteral("namespace"));
    i.imageName = string(o, QStringLiteral("image_name"));
    i.imageId = string(o, QStringLiteral("image_id"));
    i.imageDigest = string(o, QStringLiteral("image_digest"));
    i.imageVersion = string(o, QStringLiteral("image_version"));
    i.imageType = string(o, QStringLiteral("image_type"));
    i.latestVersion = boolean(o, QStringLiteral("latest_version"));
    i.scanStatus = string(o, QStringLiteral("scan_status"));
    i.scanFailedDesc = string(o, QStringLiteral("scan_failed_desc"));
    i.imageSize = integer(o, QStringLiteral("image_size"));
    i.latestUpdateTime = integer(o, QStringLiteral("latest_update_time"));
    i.latestScanTime = integer(o, QStringLiteral("latest_scan_time"));
    i.vulNum = integer(o, QStringLiteral("vul_num"));
    i.unsafeSettingNum = integer(o, QStringLiteral("unsafe_setting_num"));
    i.maliciousFileNum = integer(o, QStringLiteral("malicious_file_num"));
    i.domainName = string(o, QStringLiteral("domain_name"));
    i.sharedStatus = string(o, QStringLiteral("shared_status"));
    i.scannable = boolean(o, QStringLiteral("scannable"));
    i.instanceName = string(o, QStringLiteral("instance_name"));
    i.instanceId = string(o, QStringLiteral("instance_id"));
    i.instanceUrl = string(o, QStringLiteral("instance_url"));
    const QJsonArray associations = o.value(QStringLiteral("association_images")).toArray();
    i.associationImages.reserve(associations.size());
    for (const QJsonValue &v : associations)
        i.associationImages.append(Association::fromJson(v.toObject()));
    return i;
}

QJsonObject ImageInfo::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    put(o, QStringLiteral("namespace"), namespaceName);
    put(o, QStringLiteral("image_name"), imageName);
    put(o, QStringLiteral("image_id"), imageId);
    put(o, QStringLiteral("image_digest"), imageDigest);
    put(o, QStringLiteral("image_version"), imageVersion);
    put(o, QStringLiteral("image_type"), imageType);
    o.insert(QStringLiteral("latest_version"), latestVersion);
    put(o, QStringLiteral("scan_status"), scanStatus);
    put(o, QStringLiteral("scan_failed_desc"), scanFailedDesc);
    o.insert(QStringLiteral("image_size"), imageSize);
    o.insert(QStringLiteral("latest_update_time"), latestUpdateTime);
    o.insert(QStringLiteral("latest_scan_time"), latestScanTime);
    o.insert(QStringLiteral("vul_num"), vulNum);
    o.insert(QStringLiteral("unsafe_setting_num"), unsafeSettingNum);
    o.insert(QStringLiteral("malicious_file_num"), maliciousFileNum);
    put(o, QStringLiteral("domain_name"), domainName);
    put(o, QStringLiteral("shared_status"), sharedStatus);
    o.insert(QStringLiteral("scannable"), scannable);
    put(o, QStringLiteral("instance_name"), instanceName);
    put(o, QStringLiteral("instance_id"), instanceId);
    put(o, QStringLiteral("instance_url"), instanceUrl);
    QJsonArray associations;
    for (const Association &a : associationImages)
        associations.append(a.toJson());
    o.insert(QStringLiteral("association_images"), associations);
    return o;
}

void ImageInfo::writeJson(JsonStreamWriter &w) const
{
    // toJson()'s keys in QJsonObject's (sorted) order; empty strings are left out there too.
    w.beginObject();
    w.beginArray(u"association_images");
    for (const Association &a : associationImages)
        a.writeJson(w);
    w.endArray();
    putIfSet(w, u"domain_name", domainName);
    w.write(u"id", id);
    putIfSet(w, u"image_digest", imageDigest);
    putIfSet(w, u"image_id", imageId);
    putIfSet(w, u"image_name", imageName);
    w.write(u"image_size", imageSize);
    putIfSet(w, u"image_type", imageType);
    putIfSet(w, u"image_version", imageVersion);
    putIfSet(w, u"instance_id", instanceId);
    putIfSet(w, u"instance_name", instanceName);
    putIfSet(w, u"instance_url", instanceUrl);
    w.write(u"latest_scan_time", latestScanTime);
    w.write(u"latest_update_time", latestUpdateTime);
    w.write(u"latest_version", latestVersion);
    w.write(u"malicious_file_num", maliciousFileNum);
    putIfSet(w, u"namespace", namespaceName);
    putIfSet(w, u"scan_failed_desc", scanFailedDesc);
    putIfSet(w, u"scan_status", scanStatus);
    w.write(u"scannable", scannable);
    putIfSet(w, u"shared_status", sharedStatus);
    w.write(u"unsafe_setting_num", unsafeSettingNum);
    w.write(u"vul_num", vulNum);
    w.endObject();
}

QString ImageInfo::reference() const
{
    return namespaceName + QLatin1Char('/') + imageName + QLatin1Char(':') + imageVersion;
}

bool ImageInfo::operator==(const ImageInfo &other) const
{
    return toJson() == other.toJson();
}
