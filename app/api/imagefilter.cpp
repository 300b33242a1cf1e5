#include "app/api/imagefilter.h"

#include "app/api/apienums.h"
#include "app/api/jsonvalue.h"

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void appendIfSet(QueryList &query, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        query.append({key, value});
}

void appendIfSet(QueryList &query, const QString &key, const std::optional<bool> &value)
{
    if (value)
        query.append({key, boolText(*value)});
}

void appendIfSet(QueryList &query, const QString &key,
                 const std::optional<qint64> &value)
{
    if (value)
        query.append({key, QString::number(*value)});
}

struct Field
{
    const char *name;
    QString ImageFilter::*text = nullptr;
    std::optional<bool> ImageFilter::*flag = nullptr;
    std::optional<qint64> ImageFilter::*number = nullptr;
    bool inScanBody = true;
};

// One table drives query, JSON and parsing, so a filter cannot be added to one and forgotten
// in another.
const Field kFields[] = {
    {"image_type", &ImageFilter::imageType},
    {"namespace", &ImageFilter::namespaceName},
    {"image_name", &ImageFilter::imageName},
    {"image_version", &ImageFilter::imageVersion},
    {"scan_status", &ImageFilter::scanStatus},
    {"instance_name", &ImageFilter::instanceName, nullptr, nullptr, false},
    {"instance_id", &ImageFilter::instanceId, nullptr, nullptr, false},
    {"latest_version", nullptr, &ImageFilter::latestVersion},
    {"image_size", nullptr, nullptr, &ImageFilter::imageSize},
    {"start_latest_update_time", nullptr, nullptr, &ImageFilter::startLatestUpdateTime},
    {"end_latest_update_time", nullptr, nullptr, &ImageFilter::endLatestUpdateTime},
    {"start_latest_scan_time", nullptr, nullptr, &ImageFilter::startLatestScanTime},
    {"end_latest_scan_time", nullptr, nullptr, &ImageFilter::endLatestScanTime},
    {"has_malicious_file", nullptr, &ImageFilter::hasMaliciousFile, nullptr, false},
    {"has_unsafe_setting", nullptr, &ImageFilter::hasUnsafeSetting, nullptr, false},
    {"has_vul", nullptr, &ImageFilter::hasVul, nullptr, false},
};

} // namespace

void ImageFilter::appendQuery(QueryList &query) const
{
    for (const Field &f : kFields) {
        const QString key = QString::fromLatin1(f.name);
        if (f.text)
            appendIfSet(query, key, this->*f.text);
        else if (f.flag)
            appendIfSet(query, key, this->*f.flag);
        else
            appendIfSet(query, key, this->*f.number);
    }
}

void ImageFilter::writeJson(QJsonObject &body, Use use) const
{
    for (const Field &f : kFields) {
        if (use == Use::Scan && !f.inScanBody)
            continue;
        const QString key = QString::fromLatin1(f.name);
        if (f.text)
            JsonValue::put(body, key, this->*f.text);
        else if (f.flag)
            JsonValue::put(body, key, this->*f.flag);
        else
            JsonValue::put(body, key, this->*f.number);
    }
}

ImageFilter ImageFilter::fromQuery(const QueryList &query, FieldErrors *errors)
{
    ImageFilter filter;
    for (const auto &param : query) {
        for (const Field &f : kFields) {
            if (param.first != QLatin1String(f.name))
                continue;
            if (f.text) {
                filter.*f.text = param.second;
            } else if (f.flag) {
                if (param.second == QLatin1String("true"))
                    filter.*f.flag = true;
                else if (param.second == QLatin1String("false"))
                    filter.*f.flag = false;
                else if (errors)
                    errors->append({param.first, tr("must be true or false")});
            } else {
                bool ok = false;
                const qint64 n = param.second.toLongLong(&ok);
                if (ok)
                    filter.*f.number = n;
                else if (errors)
                    errors->append({param.first, tr("must be a whole number")});
            }
        }
    }
    return filter;
}

ImageFilter ImageFilter::fromJson(const QJsonObject &body)
{
    ImageFilter filter;
    for (const Field &f : kFields) {
        const QString key = QString::fromLatin1(f.name);
        if (f.text)
            filter.*f.text = JsonValue::string(body, key);
        else if (f.flag)
            filter.*f.flag = JsonValue::optionalBool(body, key);
        else
            filter.*f.number = JsonValue::optionalInteger(body, key);
    }
    return filter;
}

QStringList ImageFilter::imageTypes(Use use)
{
    switch (use) {
    case Use::List:
        return ApiEnums::listImageTypes();
    case Use::Scan:
        return ApiEnums::scanImageTypes();
    case Use::Export:
        return ApiEnums::exportImageTypes();
    }
    return {};
}

QStringList ImageFilter::scanStatuses(Use use)
{
    return use == Use::List ? ApiEnums::listScanStatuses() : ApiEnums::filterScanStatuses();
}

int ImageFilter::maxLength(const char *field, Use use)
{
    // ListSwrImageRepository documents 1-256 / 1-128 / 1-64; BatchScanSwrImage documents none,
    // and its names come from the list, so the list's bounds apply; BatchExportBaselineTask
    // documents 0-65535 for the names and 0-128 for the instance.
    const QLatin1String name(field);
    if (name == QLatin1String("instance_name") || name == QLatin1String("instance_id"))
        return 128;
    if (use == Use::Export)
        return 65535;
    if (name == QLatin1String("namespace"))
        return 256;
    if (name == QLatin1String("image_name"))
        return 128;
    return 64;
}

FieldErrors ImageFilter::validate(Use use) const
{
    FieldErrors errors;
    const QStringList types = imageTypes(use);
    if (imageType.isEmpty()) {
        if (use != Use::Export)
            errors.append({QStringLiteral("image_type"), tr("is required")});
    } else if (!types.contains(imageType)) {
        errors.append({QStringLiteral("image_type"),
                       tr("must be one of %1").arg(types.join(QStringLiteral(", ")))});
    }

    const QStringList statuses = scanStatuses(use);
    if (!scanStatus.isEmpty() && !statuses.contains(scanStatus))
        errors.append({QStringLiteral("scan_status"),
                       tr("must be one of %1").arg(statuses.join(QStringLiteral(", ")))});

    const auto checkLength = [&](const char *field, const QString &value) {
        const int max = maxLength(field, use);
        if (value.size() > max)
            errors.append({QString::fromLatin1(field), tr("is longer than %n character(s)", nullptr, max)});
    };
    checkLength("namespace", namespaceName);
    checkLength("image_name", imageName);
    checkLength("image_version", imageVersion);
    checkLength("instance_name", instanceName);
    checkLength("instance_id", instanceId);

    if (imageSize && (*imageSize < 0 || *imageSize > ApiEnums::MaxImageSize))
        errors.append({QStringLiteral("image_size"),
                       tr("must be between 0 and %n byte(s)", nullptr, int(ApiEnums::MaxImageSize))});

    const auto checkRange = [&](const char *startName, const std::optional<qint64> &start,
                                const char *endName, const std::optional<qint64> &end) {
        for (const auto &[name, value] : {std::pair{startName, start}, std::pair{endName, end}}) {
            if (value && (*value < 0 || *value > ApiEnums::MaxTimeMs))
                errors.append({QString::fromLatin1(name),
                               tr("must be a time between 1970 and 2099 in epoch milliseconds")});
        }
        if (start && end && *start > *end)
            errors.append({QString::fromLatin1(endName), tr("must not be before the start time")});
    };
    checkRange("start_latest_update_time", startLatestUpdateTime, "end_latest_update_time",
               endLatestUpdateTime);
    checkRange("start_latest_scan_time", startLatestScanTime, "end_latest_scan_time",
               endLatestScanTime);
    return errors;
}

bool ImageFilter::operator==(const ImageFilter &other) const
{
    for (const Field &f : kFields) {
        if (f.text && this->*f.text != other.*f.text)
            return false;
        if (f.flag && this->*f.flag != other.*f.flag)
            return false;
        if (f.number && this->*f.number != other.*f.number)
            return false;
    }
    return true;
}
