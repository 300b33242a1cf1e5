#include "app/api/batchexportbaselinetaskrequest.h"

#include "app/api/apienums.h"
#include "app/api/jsonvalue.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace JsonValue;

QueryList BatchExportBaselineTaskRequest::toQuery() const
{
    return {{QStringLiteral("export_size"), QString::number(exportSize)}};
}

QJsonObject BatchExportBaselineTaskRequest::toJson() const
{
    QJsonObject o;
    filter.writeJson(o, ImageFilter::Use::Export);
    if (!imageIdList.isEmpty())
        o.insert(QStringLiteral("image_id_list"), QJsonArray::fromStringList(imageIdList));
    put(o, QStringLiteral("operate_all"), operateAll);
    put(o, QStringLiteral("vul_type"), vulType);
    put(o, QStringLiteral("image_id"), imageId);
    put(o, QStringLiteral("severity_level"), severityLevel);
    put(o, QStringLiteral("cicd_name"), cicdName);
    put(o, QStringLiteral("build_command_risk_level"), buildCommandRiskLevel);
    put(o, QStringLiteral("build_command_risk_name"), buildCommandRiskName);
    if (!buildCommandRuleIdList.isEmpty())
        o.insert(QStringLiteral("build_command_rule_id_list"),
                 QJsonArray::fromStringList(buildCommandRuleIdList));
    if (!vulIdList.isEmpty())
        o.insert(QStringLiteral("vul_id_list"), QJsonArray::fromStringList(vulIdList));
    put(o, QStringLiteral("risky"), risky);
    put(o, QStringLiteral("has_container"), hasContainer);
    return o;
}

BatchExportBaselineTaskRequest BatchExportBaselineTaskRequest::fromJson(const QJsonObject &o)
{
    BatchExportBaselineTaskRequest r;
    r.filter = ImageFilter::fromJson(o);
    r.imageIdList = stringList(o, QStringLiteral("image_id_list"));
    r.operateAll = optionalBool(o, QStringLiteral("operate_all"));
    r.vulType = string(o, QStringLiteral("vul_type"));
    r.imageId = string(o, QStringLiteral("image_id"));
    r.severityLevel = string(o, QStringLiteral("severity_level"));
    r.cicdName = string(o, QStringLiteral("cicd_name"));
    r.buildCommandRiskLevel = string(o, QStringLiteral("build_command_risk_level"));
    r.buildCommandRiskName = string(o, QStringLiteral("build_command_risk_name"));
    r.buildCommandRuleIdList = stringList(o, QStringLiteral("build_command_rule_id_list"));
    r.vulIdList = stringList(o, QStringLiteral("vul_id_list"));
    r.risky = optionalBool(o, QStringLiteral("risky"));
    r.hasContainer = optionalBool(o, QStringLiteral("has_container"));
    return r;
}

FieldErrors BatchExportBaselineTaskRequest::validate() const
{
    FieldErrors errors = filter.validate(ImageFilter::Use::Export);
    if (exportSize < 0 || exportSize > ApiEnums::MaxExportSize)
        errors.append({QStringLiteral("export_size"),
                       tr("must be between 0 and %1").arg(ApiEnums::MaxExportSize)});
    if (!operateAll.value_or(false) && imageIdList.isEmpty())
        errors.append({QStringLiteral("image_id_list"),
                       tr("is required when operate_all is not true")});
    // Registry images are named by the list's numeric id; local and CI/CD images by their
    // image_id (a digest), which is still one short token.
    const bool registryImages = filter.imageType.isEmpty()
        || ImageFilter::imageTypes(ImageFilter::Use::Scan).contains(filter.imageType);
    static const QRegularExpression numericId(QStringLiteral("^[0-9]{1,19}$"));
    static const QRegularExpression imageDigest(QStringLiteral("^[A-Za-z0-9:._-]{1,128}$"));
    for (const QString &id : imageIdList) {
        bool ok = false;
        const bool valid = registryImages ? numericId.match(id).hasMatch() && id.toLongLong(&ok) >= 0 && ok
                                          : imageDigest.match(id).hasMatch();
        if (!valid) {
            errors.append({QStringLiteral("image_id_list"),
                           registryImages ? tr("%1 is not an image id from the list (a whole number, 0 or more)")
                                                .arg(id.left(40))
                                          : tr("%1 is not an image id").arg(id.left(40))});
            break;
        }
    }
    const auto checkEnum = [&](const char *field, const QString &value, const QStringList &allowed) {
        if (!value.isEmpty() && !allowed.contains(value))
            errors.append({QString::fromLatin1(field),
                           tr("must be one of %1").arg(allowed.join(QStringLiteral(", ")))});
    };
    checkEnum("vul_type", vulType, ApiEnums::vulTypes());
    checkEnum("severity_level", severityLevel, ApiEnums::severityLevels());
    checkEnum("build_command_risk_level", buildCommandRiskLevel, ApiEnums::buildCommandRiskLevels());
    if (imageId.size() > 128)
        errors.append({QStringLiteral("image_id"), tr("is longer than %n character(s)", nullptr, 128)});
    if (cicdName.size() > 128)
        errors.append({QStringLiteral("cicd_name"), tr("is longer than %n character(s)", nullptr, 128)});
    if (buildCommandRiskName.size() > 128)
        errors.append({QStringLiteral("build_command_risk_name"),
                       tr("is longer than %n character(s)", nullptr, 128)});
    for (const QString &ruleId : buildCommandRuleIdList) {
        if (ruleId.isEmpty() || ruleId.size() > 200) {
            errors.append({QStringLiteral("build_command_rule_id_list"),
                           tr("every rule id must have 1 to 200 characters")});
            break;
        }
    }
    return errors;
}

ApiRequest BatchExportBaselineTaskRequest::toApiRequest() const
{
    ApiRequest r;
    r.operation = "BatchExportBaselineTask";
    r.method = "POST";
    r.path = QStringLiteral("/image/baseline/export");
    r.query = toQuery();
    r.body = ApiRequest::compactJson(toJson());
    r.idempotent = false;
    return r;
}
