#include "app/api/imagepagereader.h"

#include <simdjson.h>

#include <cstring>
#include <iterator>
#include <utility>
#include <string_view>

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// The bounds fromJson checks: a value outside them is its business, not ours.
constexpr qint64 kMaxTotal = 2147483547;
constexpr std::size_t kMaxPage = 200;
constexpr qint64 kMaxId = 2147483547;
constexpr qint64 kMaxSize = 2147483547;
constexpr qint64 kMaxTime = 4070880000000;
constexpr qint64 kMaxCount = 2147483647;
// Pages are four levels deep; deeper unknown fields are left to the document path.
constexpr std::size_t kMaxDepth = 64;

// A parser keeps its buffers between pages; one per thread, as pages are read where they arrive.
simdjson::dom::parser &parser()
{
    thread_local simdjson::dom::parser instance;
    return instance;
}

// Field masks catch a repeated key, whose value QJsonObject would pick differently.
class Fields
{
public:
    bool first(int field)
    {
        const quint32 bit = 1u << field;
        if (m_seen & bit)
            return false;
        m_seen |= bit;
        return true;
    }
    bool has(int field) const { return m_seen & (1u << field); }

private:
    quint32 m_seen = 0;
};

bool readString(element value, QString *out)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return false;
    // An escaped lone surrogate comes out as its three-byte form, which QString would read as
    // U+FFFD where Qt's parser keeps the code unit: such text goes the document way.
    for (const char *at = static_cast<const char *>(std::memchr(text.data(), 0xED, text.size())); at;) {
        const std::size_t rest = text.size() - std::size_t(at - text.data());
        if (rest < 2 || (static_cast<unsigned char>(at[1]) & 0xE0) == 0xA0)
            return false;
        at = static_cast<const char *>(std::memchr(at + 1, 0xED, rest - 1));
    }
    *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return true;
}

bool readInteger(element value, qint64 max, qint64 *out)
{
    if (value.type() != element_type::INT64)
        return false;
    const std::int64_t n = value.get_int64().value_unsafe();
    if (n < 0 || n > max)
        return false;
    *out = n;
    return true;
}

bool readBool(element value, bool *out)
{
    return value.get_bool().get(*out) == simdjson::SUCCESS;
}

// A field of an image and where it goes: exactly one of the members is set.
struct ImageField
{
    std::string_view key;
    QString ImageInfo::*text = nullptr;
    qint64 ImageInfo::*number = nullptr;
    qint64 max = 0;
    bool ImageInfo::*flag = nullptr;
};

const ImageField kImageFields[] = {
    {"id", nullptr, &ImageInfo::id, kMaxId},
    {"namespace", &ImageInfo::namespaceName},
    {"image_name", &ImageInfo::imageName},
    {"image_id", &ImageInfo::imageId},
    {"image_digest", &ImageInfo::imageDigest},
    {"image_version", &ImageInfo::imageVersion},
    {"image_type", &ImageInfo::imageType},
    {"latest_version", nullptr, nullptr, 0, &ImageInfo::latestVersion},
    {"scan_status", &ImageInfo::scanStatus},
    {"scan_failed_desc", &ImageInfo::scanFailedDesc},
    {"image_size", nullptr, &ImageInfo::imageSize, kMaxSize},
    {"latest_update_time", nullptr, &ImageInfo::latestUpdateTime, kMaxTime},
    {"latest_scan_time", nullptr, &ImageInfo::latestScanTime, kMaxTime},
    {"vul_num", nullptr, &ImageInfo::vulNum, kMaxCount},
    {"unsafe_setting_num", nullptr, &ImageInfo::unsafeSettingNum, kMaxCount},
    {"malicious_file_num", nullptr, &ImageInfo::maliciousFileNum, kMaxCount},
    {"domain_name", &ImageInfo::domainName},
    {"shared_status", &ImageInfo::sharedStatus},
    {"scannable", nullptr, nullptr, 0, &ImageInfo::scannable},
    {"instance_name", &ImageInfo::instanceName},
    {"instance_id", &ImageInfo::instanceId},
    {"instance_url", &ImageInfo::instanceUrl},
};
constexpr int kIdField = 0;
constexpr int kAssociationsField = int(std::size(kImageFields));

constexpr std::pair<std::string_view, QString ImageInfo::Association::*> kAssociationFields[] = {
    {"image_name", &ImageInfo::Association::imageName},
    {"image_version", &ImageInfo::Association::imageVersion},
    {"image_type", &ImageInfo::Association::imageType},
    {"namespace", &ImageInfo::Association::namespaceName},
    {"image_digest", &ImageInfo::Association::imageDigest},
    {"scan_status", &ImageInfo::Association::scanStatus},
};

bool readAssociation(element value, ImageInfo::Association *out)
{
    object o;
    if (value.get_object().get(o) != simdjson::SUCCESS)
        return false;
    Fields fields;
    for (const auto member : o) {
        for (int index = 0; index < int(std::size(kAssociationFields)); ++index) {
            if (member.key != kAssociationFields[index].first)
                continue;
            if (!fields.first(index) || !readString(member.value, &(out->*kAssociationFields[index].second)))
                return false;
            break;
        }
    }
    return true;
}

bool readAssociations(element value, ImageInfo *out)
{
    array list;
    if (value.get_array().get(list) != simdjson::SUCCESS)
        return false;
    out->associationImages.resize(qsizetype(list.size()));
    qsizetype n = 0;
    for (const element item : list) {
        if (!readAssociation(item, &out->associationImages[n++]))
            return false;
    }
    return true;
}

bool readField(const ImageField &field, element value, ImageInfo *out)
{
    if (field.text)
        return readString(value, &(out->*field.text));
    if (field.number)
        return readInteger(value, field.max, &(out->*field.number));
    return readBool(value, &(out->*field.flag));
}

bool readImage(element value, ImageInfo *out)
{
    object o;
    if (value.get_object().get(o) != simdjson::SUCCESS)
        return false;
    Fields fields;
    for (const auto member : o) {
        if (member.key == "association_images") {
            if (!fields.first(kAssociationsField) || !readAssociations(member.value, out))
                return false;
            continue;
        }
        for (int index = 0; index < kAssociationsField; ++index) {
            if (member.key != kImageFields[index].key)
                continue;
            if (!fields.first(index) || !readField(kImageFields[index], member.value, out))
                return false;
            break;
        }
    }
    // id is the one field the schema requires of an image.
    return fields.has(kIdField);
}

} // namespace

std::optional<ListSwrImageRepositoryResponse> ImagePageReader::read(QByteArrayView json)
{
    simdjson::dom::parser &p = parser();
    if (p.max_depth() != kMaxDepth || p.capacity() < std::size_t(json.size())) {
        if (p.allocate(std::max<std::size_t>(json.size(), 64 * 1024), kMaxDepth) != simdjson::SUCCESS)
            return std::nullopt;
    }
    element root;
    if (p.parse(json.data(), std::size_t(json.size())).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    object top;
    if (root.get_object().get(top) != simdjson::SUCCESS)
        return std::nullopt;
    ListSwrImageRepositoryResponse page;
    bool haveTotal = false;
    bool haveList = false;
    for (const auto field : top) {
        const std::string_view key = field.key;
        if (key == "total_num") {
            if (haveTotal || !readInteger(field.value, kMaxTotal, &page.totalNum))
                return std::nullopt;
            haveTotal = true;
        } else if (key == "data_list") {
            array list;
            if (haveList || field.value.get_array().get(list) != simdjson::SUCCESS || list.size() > kMaxPage)
                return std::nullopt;
            haveList = true;
            page.images.resize(qsizetype(list.size()));
            qsizetype n = 0;
            for (const element item : list) {
                if (!readImage(item, &page.images[n++]))
                    return std::nullopt;
            }
        }
    }
    if (!haveTotal || !haveList)
        return std::nullopt;
    return page;
}
