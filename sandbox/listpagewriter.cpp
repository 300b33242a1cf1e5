#include "sandbox/listpagewriter.h"

#include <utility>

namespace {

// A generated image is 600-700 bytes of JSON.
constexpr qsizetype kBytesPerImage = 768;

} // namespace

ListPageWriter::ListPageWriter(qsizetype expectedImages)
    : m_writer(&m_body)
{
    m_body.reserve(64 + expectedImages * kBytesPerImage);
    // QJsonObject's key order: data_list before total_num.
    m_writer.beginObject();
    m_writer.beginArray(QLatin1StringView("data_list"));
}

void ListPageWriter::append(const ImageInfo &image)
{
    using L = QLatin1StringView;
    // ImageInfo::toJson()'s keys in QJsonObject's (sorted) order, empty strings left out.
    CompactJsonWriter &w = m_writer;
    w.beginObject();
    w.beginArray(L("association_images"));
    for (const ImageInfo::Association &a : image.associationImages) {
        w.beginObject();
        w.writeIfSet(L("image_digest"), a.imageDigest);
        w.writeIfSet(L("image_name"), a.imageName);
        w.writeIfSet(L("image_type"), a.imageType);
        w.writeIfSet(L("image_version"), a.imageVersion);
        w.writeIfSet(L("namespace"), a.namespaceName);
        w.writeIfSet(L("scan_status"), a.scanStatus);
        w.endObject();
    }
    w.endArray();
    w.writeIfSet(L("domain_name"), image.domainName);
    w.write(L("id"), image.id);
    w.writeIfSet(L("image_digest"), image.imageDigest);
    w.writeIfSet(L("image_id"), image.imageId);
    w.writeIfSet(L("image_name"), image.imageName);
    w.write(L("image_size"), image.imageSize);
    w.writeIfSet(L("image_type"), image.imageType);
    w.writeIfSet(L("image_version"), image.imageVersion);
    w.writeIfSet(L("instance_id"), image.instanceId);
    w.writeIfSet(L("instance_name"), image.instanceName);
    w.writeIfSet(L("instance_url"), image.instanceUrl);
    w.write(L("latest_scan_time"), image.latestScanTime);
    w.write(L("latest_update_time"), image.latestUpdateTime);
    w.write(L("latest_version"), image.latestVersion);
    w.write(L("malicious_file_num"), image.maliciousFileNum);
    w.writeIfSet(L("namespace"), image.namespaceName);
    w.writeIfSet(L("scan_failed_desc"), image.scanFailedDesc);
    w.writeIfSet(L("scan_status"), image.scanStatus);
    w.write(L("scannable"), image.scannable);
    w.writeIfSet(L("shared_status"), image.sharedStatus);
    w.write(L("unsafe_setting_num"), image.unsafeSettingNum);
    w.write(L("vul_num"), image.vulNum);
    w.endObject();
}

QByteArray ListPageWriter::finish(qint64 totalNum)
{
    m_writer.endArray();
    m_writer.write(QLatin1StringView("total_num"), totalNum);
    m_writer.endObject();
    return std::move(m_body);
}
