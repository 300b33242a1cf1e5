#include "cli/filteroptions.h"

#include "app/api/apienums.h"
#include "app/api/batchexportbaselinetaskrequest.h"

#include <QDateTime>

#include <cmath>

namespace {

struct TextOption
{
    const char *name;
    QString ImageFilter::*field;
};

struct BoolOption
{
    const char *name;
    std::optional<bool> ImageFilter::*field;
};

struct TimeOption
{
    const char *name;
    std::optional<qint64> ImageFilter::*field;
};

const TextOption kTextOptions[] = {
    {"image-type", &ImageFilter::imageType},
    {"namespace", &ImageFilter::namespaceName},
    {"image-name", &ImageFilter::imageName},
    {"image-version", &ImageFilter::imageVersion},
    {"scan-status", &ImageFilter::scanStatus},
    {"instance-name", &ImageFilter::instanceName},
    {"instance-id", &ImageFilter::instanceId},
};

const BoolOption kBoolOptions[] = {
    {"latest-version", &ImageFilter::latestVersion},
    {"has-malicious-file", &ImageFilter::hasMaliciousFile},
    {"has-unsafe-setting", &ImageFilter::hasUnsafeSetting},
    {"has-vul", &ImageFilter::hasVul},
};

const TimeOption kTimeOptions[] = {
    {"start-latest-update-time", &ImageFilter::startLatestUpdateTime},
    {"end-latest-update-time", &ImageFilter::endLatestUpdateTime},
    {"start-latest-scan-time", &ImageFilter::startLatestScanTime},
    {"end-latest-scan-time", &ImageFilter::endLatestScanTime},
};

QString name(const char *option)
{
    return QString::fromLatin1(option);
}

} // namespace

void FilterOptions::addImageFilters(QCommandLineParser &parser, ImageFilter::Use use)
{
    parser.addOptions({
        {name("image-type"), tr("Image type: %1.").arg(ImageFilter::imageTypes(use).join(QStringLiteral(", "))),
         tr("type")},
        {name("namespace"), tr("Namespace (SWR organisation)."), tr("text")},
        {name("image-name"), tr("Image name."), tr("text")},
        {name("image-version"), tr("Image tag."), tr("text")},
        {name("scan-status"), tr("Scan status: %1.").arg(ImageFilter::scanStatuses(use).join(QStringLiteral(", "))),
         tr("status")},
        {name("instance-name"), tr("SWR enterprise instance name."), tr("text")},
        {name("instance-id"), tr("SWR enterprise instance id."), tr("id")},
        {name("latest-version"), tr("Only the latest version of each image: true or false."), tr("bool")},
        {name("image-size"), tr("Image size in bytes, or with a unit: 512K, 20M, 1G."), tr("size")},
        {name("has-malicious-file"), tr("Has malicious files: true or false."), tr("bool")},
        {name("has-unsafe-setting"), tr("Has unsafe settings (baseline failures): true or false."), tr("bool")},
        {name("has-vul"), tr("Has vulnerabilities: true or false."), tr("bool")},
    });
    for (const TimeOption &o : kTimeOptions)
        parser.addOption({name(o.name), tr("Time as epoch milliseconds or ISO 8601, e.g. 2026-01-31T12:00:00Z."),
                          tr("time")});
}

void FilterOptions::addExportFilters(QCommandLineParser &parser)
{
    parser.addOptions({
        {name("vul-type"), tr("Vulnerability type: %1.").arg(ApiEnums::vulTypes().join(QStringLiteral(", "))),
         tr("type")},
        {name("image-id"), tr("Image id (local and CI/CD images)."), tr("id")},
        {name("severity-level"), tr("Severity: %1.").arg(ApiEnums::severityLevels().join(QStringLiteral(", "))),
         tr("level")},
        {name("risky"), tr("Only risky images: true or false."), tr("bool")},
        {name("has-container"), tr("Only images with containers: true or false."), tr("bool")},
        {name("cicd-name"), tr("CI/CD name."), tr("text")},
        {name("build-command-risk-level"),
         tr("Build command risk level: %1.").arg(ApiEnums::buildCommandRiskLevels().join(QStringLiteral(", "))),
         tr("level")},
        {name("build-command-risk-name"), tr("Build command risk name."), tr("text")},
        {name("build-command-rule-id"), tr("Build command rule id (repeatable)."), tr("id")},
        {name("vul-id"), tr("Vulnerability id (repeatable)."), tr("id")},
    });
}

bool FilterOptions::parseBool(const QString &text, bool *value)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

bool FilterOptions::parseSize(const QString &text, qint64 *bytes)
{
    QString number = text.trimmed().toUpper();
    if (number.endsWith(QLatin1Char('B')))
        number.chop(1);
    double factor = 1;
    if (number.endsWith(QLatin1Char('K')))
        factor = 1024.0;
    else if (number.endsWith(QLatin1Char('M')))
        factor = 1024.0 * 1024;
    else if (number.endsWith(QLatin1Char('G')))
        factor = 1024.0 * 1024 * 1024;
    if (factor > 1)
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return false;
    *bytes = static_cast<qint64>(std::llround(value * factor));
    return true;
}

bool FilterOptions::parseTime(const QString &text, qint64 *epochMs)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok) {
        *epochMs = ms;
        return true;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return false;
        t = d.startOfDay(Qt::UTC);
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *epochMs = t.toMSecsSinceEpoch();
    return true;
}

bool FilterOptions::readImageFilter(const QCommandLineParser &parser, ImageFilter *filter, QString *error)
{
    for (const TextOption &o : kTextOptions) {
        if (parser.isSet(name(o.name)))
            filter->*o.field = parser.value(name(o.name));
    }
    for (const BoolOption &o : kBoolOptions) {
        if (!parser.isSet(name(o.name)))
            continue;
        bool value = false;
        if (!parseBool(parser.value(name(o.name)), &value)) {
            *error = tr("--%1 takes true or false").arg(name(o.name));
            return false;
        }
        filter->*o.field = value;
    }
    if (parser.isSet(name("image-size"))) {
        qint64 bytes = 0;
        if (!parseSize(parser.value(name("image-size")), &bytes)) {
            *error = tr("--image-size takes a number of bytes, optionally with K, M or G");
            return false;
        }
        filter->imageSize = bytes;
    }
    for (const TimeOption &o : kTimeOptions) {
        if (!parser.isSet(name(o.name)))
            continue;
        qint64 ms = 0;
        if (!parseTime(parser.value(name(o.name)), &ms)) {
            *error = tr("--%1 takes epoch milliseconds or an ISO 8601 date-time").arg(name(o.name));
            return false;
        }
        filter->*o.field = ms;
    }
    return true;
}

bool FilterOptions::readExportFilters(const QCommandLineParser &parser, BatchExportBaselineTaskRequest *request,
                                      QString *error)
{
    request->vulType = parser.value(name("vul-type"));
    request->imageId = parser.value(name("image-id"));
    request->severityLevel = parser.value(name("severity-level"));
    request->cicdName = parser.value(name("cicd-name"));
    request->buildCommandRiskLevel = parser.value(name("build-command-risk-level"));
    request->buildCommandRiskName = parser.value(name("build-command-risk-name"));
    request->buildCommandRuleIdList = parser.values(name("build-command-rule-id"));
    request->vulIdList = parser.values(name("vul-id"));
    for (const auto &[option, field] : {std::pair{"risky", &BatchExportBaselineTaskRequest::risky},
                                        std::pair{"has-container", &BatchExportBaselineTaskRequest::hasContainer}}) {
        if (!parser.isSet(name(option)))
            continue;
        bool value = false;
        if (!parseBool(parser.value(name(option)), &value)) {
            *error = tr("--%1 takes true or false").arg(name(option));
            return false;
        }
        request->*field = value;
    }
    return true;
}
