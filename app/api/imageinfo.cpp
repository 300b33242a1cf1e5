#include "app/api/imageinfo.h"

#include "app/api/jsonstreamwriter.h"
#include "app/api/jsonvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

using namespace JsonValue;

namespace {

constexpr qint64 kMaxId = 2147483547;
constexpr qint64 kMaxSize = 2147483547;
constexpr qint64 kMaxTime = 4070880000000;
constexpr qint64 kMaxCount = 2147483647;

void putIfSet(JsonStreamWriter &w, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        w.write(key, value);
}

// The keys read, sorted for JsonValue::pick; the enums index its answer. Reading a page of the
// list is most of what a long listing costs, so each item is walked once, not looked up per key.
enum ImageField {
    AssociationImages, DomainName, Id, ImageDigest, ImageId, ImageName, ImageSize, ImageType, ImageVersion,
    InstanceId, InstanceName, InstanceUrl, LatestScanTime, LatestUpdateTime, LatestVersion, MaliciousFileNum,
    Namespace, ScanFailedDesc, ScanStatus, Scannable, SharedStatus, UnsafeSettingNum, VulNum, ImageFieldCount
};
constexpr std::array<QLatin1StringView, ImageFieldCount> kImageKeys{
    QLatin1StringView("association_images"), QLatin1StringView("domain_name"), QLatin1StringView("id"),
    QLatin1StringView("image_digest"), QLatin1StringView("image_id"), QLatin1StringView("image_name"),
    QLatin1StringView("image_size"), QLatin1StringView("image_type"), QLatin1StringView("image_version"),
    QLatin1StringView("instance_id"), QLatin1StringView("instance_name"), QLatin1StringView("instance_url"),
    QLatin1StringView("latest_scan_time"), QLatin1StringView("latest_update_time"),
    QLatin1StringView("latest_version"), QLatin1StringView("malicious_file_num"), QLatin1StringView("namespace"),
    QLatin1StringView("scan_failed_desc"), QLatin1StringView("scan_status"), QLatin1StringView("scannable"),
    QLatin1StringView("shared_status"), QLatin1StringView("unsafe_setting_num"), QLatin1StringView("vul_num")};

enum AssociationField {
    AssociationDigest, AssociationName, AssociationType, AssociationVersion, AssociationNamespace,
    AssociationScanStatus, AssociationFieldCount
};
constexpr std::array<QLatin1StringView, AssociationFieldCount> kAssociationKeys{
    QLatin1StringView("image_digest"), QLatin1StringView("image_name"), QLatin1StringView("image_type"),
    QLatin1StringView("image_version"), QLatin1StringView("namespace"), QLatin1StringView("scan_status")};

} // namespace

ImageInfo::Association ImageInfo::Association::fromJson(const QJsonObject &o, FieldErrors *errors,
                                                        const QString &prefix)
{
    const auto v = pick(o, kAssociationKeys);
    if (errors) {
        // In the order the fields have always been reported.
        for (const AssociationField field : {AssociationName, AssociationVersion, AssociationType,
                                             AssociationNamespace, AssociationDigest, AssociationScanStatus})
            checkString(v[field], prefix, kAssociationKeys[field], Presence::Optional, errors);
    }
    Association a;
    a.imageName = string(v[AssociationName]);
    a.imageVersion = string(v[AssociationVersion]);
    a.imageType = string(v[AssociationType]);
    a.namespaceName = string(v[AssociationNamespace]);
    a.imageDigest = string(v[AssociationDigest]);
    a.scanStatus = string(v[AssociationScanStatus]);
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
    using namespace Qt::StringLiterals;
    // toJson()'s keys in QJsonObject's (sorted) order; empty strings are left out there too.
    w.beginObject();
    putIfSet(w, "image_digest"_L1, imageDigest);
    putIfSet(w, "image_name"_L1, imageName);
    putIfSet(w, "image_type"_L1, imageType);
    putIfSet(w, "image_version"_L1, imageVersion);
    putIfSet(w, "namespace"_L1, namespaceName);
    putIfSet(w, "scan_status"_L1, scanStatus);
    w.endObject();
}

bool ImageInfo::Association::operator==(const Association &other) const
{
    return toJson() == other.toJson();
}

ImageInfo ImageInfo::fromJson(const QJsonObject &o, FieldErrors *errors, const QString &prefix)
{
    const auto v = pick(o, kImageKeys);
    const auto key = [](ImageField field) { return kImageKeys[field]; };
    if (errors) {
        // In the order the fields have always been reported.
        // id is what exports are asked for; without it the row cannot be used.
        checkInteger(v[Id], prefix, key(Id), Presence::Required, 0, kMaxId, errors);
        for (const ImageField field : {Namespace, ImageName, ImageId, ImageDigest, ImageVersion, ImageType, ScanStatus,
                                       ScanFailedDesc, DomainName, SharedStatus, InstanceName, InstanceId, InstanceUrl})
            checkString(v[field], prefix, key(field), Presence::Optional, errors);
        checkBool(v[LatestVersion], prefix, key(LatestVersion), errors);
        checkBool(v[Scannable], prefix, key(Scannable), errors);
        checkInteger(v[ImageSize], prefix, key(ImageSize), Presence::Optional, 0, kMaxSize, errors);
        checkInteger(v[LatestUpdateTime], prefix, key(LatestUpdateTime), Presence::Optional, 0, kMaxTime, errors);
        checkInteger(v[LatestScanTime], prefix, key(LatestScanTime), Presence::Optional, 0, kMaxTime, errors);
        for (const ImageField field : {VulNum, UnsafeSettingNum, MaliciousFileNum})
            checkInteger(v[field], prefix, key(field), Presence::Optional, 0, kMaxCount, errors);
    }
    ImageInfo i;
    i.id = integer(v[Id]);
    i.namespaceName = string(v[Namespace]);
    i.imageName = string(v[ImageName]);
    i.imageId = string(v[ImageId]);
    i.imageDigest = string(v[ImageDigest]);
    i.imageVersion = string(v[ImageVersion]);
    i.imageType = string(v[ImageType]);
    i.latestVersion = boolean(v[LatestVersion]);
    i.scanStatus = string(v[ScanStatus]);
    i.scanFailedDesc = string(v[ScanFailedDesc]);
    i.imageSize = integer(v[ImageSize]);
    i.latestUpdateTime = integer(v[LatestUpdateTime]);
    i.latestScanTime = integer(v[LatestScanTime]);
    i.vulNum = integer(v[VulNum]);
    i.unsafeSettingNum = integer(v[UnsafeSettingNum]);
    i.maliciousFileNum = integer(v[MaliciousFileNum]);
    i.domainName = string(v[DomainName]);
    i.sharedStatus = string(v[SharedStatus]);
    i.scannable = boolean(v[Scannable]);
    i.instanceName = string(v[InstanceName]);
    i.instanceId = string(v[InstanceId]);
    i.instanceUrl = string(v[InstanceUrl]);
    if (errors) {
        const auto associations = checkArray(v[AssociationImages], prefix, key(AssociationImages),
                                             Presence::Optional, kMaxCount, errors);
        // Checked and read in the same pass; an item that is not an object reads as empty.
        const qsizetype count = associations ? associations->size() : 0;
        i.associationImages.reserve(count);
        for (qsizetype n = 0; n < count; ++n) {
            const QJsonValue item = associations->at(n);
            const QString name = prefix + QStringLiteral("association_images[%1]").arg(n);
            if (!item.isObject()) {
                errors->append({name, QCoreApplication::translate("JsonValue", "must be an object")});
                i.associationImages.append(Association());
            } else {
                i.associationImages.append(Association::fromJson(item.toObject(), errors, name + QLatin1Char('.')));
            }
        }
        if (associations)
            return i;
    }
    const QJsonArray associations = v[AssociationImages].toArray();
    i.associationImages.reserve(associations.size());
    for (const QJsonValue &a : associations)
        i.associationImages.append(Association::fromJson(a.toObject()));
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
    using namespace Qt::StringLiterals;
    // toJson()'s keys in QJsonObject's (sorted) order; empty strings are left out there too.
    w.beginObject();
    w.beginArray("association_images"_L1);
    for (const Association &a : associationImages)
        a.writeJson(w);
    w.endArray();
    putIfSet(w, "domain_name"_L1, domainName);
    w.write("id"_L1, id);
    putIfSet(w, "image_digest"_L1, imageDigest);
    putIfSet(w, "image_id"_L1, imageId);
    putIfSet(w, "image_name"_L1, imageName);
    w.write("image_size"_L1, imageSize);
    putIfSet(w, "image_type"_L1, imageType);
    putIfSet(w, "image_version"_L1, imageVersion);
    putIfSet(w, "instance_id"_L1, instanceId);
    putIfSet(w, "instance_name"_L1, instanceName);
    putIfSet(w, "instance_url"_L1, instanceUrl);
    w.write("latest_scan_time"_L1, latestScanTime);
    w.write("latest_update_time"_L1, latestUpdateTime);
    w.write("latest_version"_L1, latestVersion);
    w.write("malicious_file_num"_L1, maliciousFileNum);
    putIfSet(w, "namespace"_L1, namespaceName);
    putIfSet(w, "scan_failed_desc"_L1, scanFailedDesc);
    putIfSet(w, "scan_status"_L1, scanStatus);
    w.write("scannable"_L1, scannable);
    putIfSet(w, "shared_status"_L1, sharedStatus);
    w.write("unsafe_setting_num"_L1, unsafeSettingNum);
    w.write("vul_num"_L1, vulNum);
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
