#include "ui/images/imagelabels.h"

#include "app/api/exporttaskstatus.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

QString ImageLabels::imageType(const QString &type)
{
    if (type == QLatin1String("private_image"))
        return tr("Private images (SWR)");
    if (type == QLatin1String("shared_image"))
        return tr("Shared images (SWR)");
    if (type == QLatin1String("local_image"))
        return tr("Local images");
    if (type == QLatin1String("instance_image"))
        return tr("Enterprise instance images (SWR)");
    if (type == QLatin1String("harbor"))
        return tr("Harbor images");
    if (type == QLatin1String("jfrog"))
        return tr("JFrog images");
    if (type == QLatin1String("cicd"))
        return tr("CI/CD images");
    return type;
}

QString ImageLabels::scanStatus(const QString &status)
{
    if (status == QLatin1String("unscan"))
        return tr("Not scanned");
    if (status == QLatin1String("success"))
        return tr("Scanned");
    if (status == QLatin1String("scanning"))
        return tr("Scanning");
    if (status == QLatin1String("failed"))
        return tr("Scan failed");
    if (status == QLatin1String("waiting_for_scan"))
        return tr("Waiting for scan");
    if (status == QLatin1String("download_failed"))
        return tr("Download failed");
    if (status == QLatin1String("image_oversized"))
        return tr("Image too large");
    return status;
}

QString ImageLabels::scanFailure(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    if (reason == QLatin1String("unknown_error"))
        return tr("Unknown error");
    if (reason == QLatin1String("authentication_failed"))
        return tr("Authentication to the registry failed");
    if (reason == QLatin1String("download_failed"))
        return tr("The image could not be downloaded");
    if (reason == QLatin1String("image_over_sized") || reason == QLatin1String("image_oversized"))
        return tr("The image is too large to scan");
    if (reason == QLatin1String("failed_to_scan_vulnerability"))
        return tr("The vulnerability scan failed");
    if (reason == QLatin1String("failed_to_scan_file"))
        return tr("The file scan failed");
    if (reason == QLatin1String("failed_to_scan_software"))
        return tr("The software scan failed");
    if (reason == QLatin1String("failed_to_check_sensitive_information"))
        return tr("The sensitive-information check failed");
    if (reason == QLatin1String("failed_to_check_baseline"))
        return tr("The baseline check failed");
    if (reason == QLatin1String("failed_to_check_software_compliance"))
        return tr("The software compliance check failed");
    if (reason == QLatin1String("failed_to_query_basic_image_information"))
        return tr("Basic image information could not be read");
    if (reason == QLatin1String("response_timed_out"))
        return tr("The scanner did not answer in time");
    if (reason == QLatin1String("database_error"))
        return tr("The scanner's database failed");
    if (reason == QLatin1String("failed_to_send_the_scan_request"))
        return tr("The scan request could not be sent to the scanner");
    return tr("Failed (%1)").arg(reason);
}

QString ImageLabels::sharedStatus(const QString &status)
{
    if (status == QLatin1String("effective"))
        return tr("Effective");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    return status;
}

QString ImageLabels::exportTaskStatus(const QString &status)
{
    switch (parseExportTaskStatus(status)) {
    case ExportTaskStatus::Running:
        return tr("Running");
    case ExportTaskStatus::Success:
        return tr("Succeeded");
    case ExportTaskStatus::Failure:
        return tr("Failed");
    case ExportTaskStatus::Unknown:
        break;
    }
    return status;
}

QString ImageLabels::severityLevel(const QString &level)
{
    if (level == QLatin1String("Critical"))
        return tr("Critical");
    if (level == QLatin1String("High"))
        return tr("High");
    if (level == QLatin1String("Medium"))
        return tr("Medium");
    if (level == QLatin1String("Low"))
        return tr("Low");
    if (level == QLatin1String("Security"))
        return tr("No risk");
    return level;
}

QString ImageLabels::buildCommandRiskLevel(const QString &level)
{
    return severityLevel(level.isEmpty() ? level : level.at(0).toUpper() + level.mid(1));
}

QString ImageLabels::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("image_type"), QT_TR_NOOP("Image type")},
        {QStringLiteral("scan_status"), QT_TR_NOOP("Scan status")},
        {QStringLiteral("namespace"), QT_TR_NOOP("Namespace")},
        {QStringLiteral("image_name"), QT_TR_NOOP("Image name")},
        {QStringLiteral("image_version"), QT_TR_NOOP("Image version")},
        {QStringLiteral("image_id"), QT_TR_NOOP("Image ID")},
        {QStringLiteral("image_id_list"), QT_TR_NOOP("Selected images")},
        {QStringLiteral("image_info_list"), QT_TR_NOOP("Selected images")},
        {QStringLiteral("image_size"), QT_TR_NOOP("Image size")},
        {QStringLiteral("latest_version"), QT_TR_NOOP("Latest version only")},
        {QStringLiteral("export_size"), QT_TR_NOOP("Export size")},
        {QStringLiteral("operate_all"), QT_TR_NOOP("All matching images")},
        {QStringLiteral("has_vul"), QT_TR_NOOP("Has vulnerabilities")},
        {QStringLiteral("has_malicious_file"), QT_TR_NOOP("Has malicious files")},
        {QStringLiteral("has_unsafe_setting"), QT_TR_NOOP("Has unsafe settings")},
        {QStringLiteral("has_container"), QT_TR_NOOP("Has containers")},
        {QStringLiteral("risky"), QT_TR_NOOP("Risky")},
        {QStringLiteral("severity_level"), QT_TR_NOOP("Severity")},
        {QStringLiteral("instance_name"), QT_TR_NOOP("Instance name")},
        {QStringLiteral("instance_id"), QT_TR_NOOP("Instance ID")},
        {QStringLiteral("cicd_name"), QT_TR_NOOP("CI/CD name")},
        {QStringLiteral("build_command_risk_level"), QT_TR_NOOP("Build command risk")},
        {QStringLiteral("build_command_risk_name"), QT_TR_NOOP("Build command risk name")},
        {QStringLiteral("build_command_rule_id_list"), QT_TR_NOOP("Build command rule IDs")},
        {QStringLiteral("enterprise_project_id"), QT_TR_NOOP("Enterprise project")},
        {QStringLiteral("start_latest_update_time"), QT_TR_NOOP("Updated from")},
        {QStringLiteral("end_latest_update_time"), QT_TR_NOOP("Updated until")},
        {QStringLiteral("start_latest_scan_time"), QT_TR_NOOP("Scanned from")},
        {QStringLiteral("end_latest_scan_time"), QT_TR_NOOP("Scanned until")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

QString ImageLabels::filter(const QString &field, const QString &value)
{
    QString shown = value;
    if (field == QLatin1String("image_type"))
        shown = imageType(value);
    else if (field == QLatin1String("scan_status"))
        shown = scanStatus(value);
    else if (field == QLatin1String("severity_level"))
        shown = severityLevel(value);
    else if (field == QLatin1String("build_command_risk_level"))
        shown = buildCommandRiskLevel(value);
    else if (field.endsWith(QLatin1String("_time")))
        shown = QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()), QLocale::ShortFormat);
    else if (value == QLatin1String("true"))
        shown = tr("Yes");
    else if (value == QLatin1String("false"))
        shown = tr("No");
    return tr("%1: %2").arg(fieldName(field), shown);
}

QColor ImageLabels::scanStatusColor(const QString &status)
{
    if (status == QLatin1String("success"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("scanning") || status == QLatin1String("waiting_for_scan"))
        return QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("unscan"))
        return QColor(0x75, 0x75, 0x75);
    return QColor(0xc6, 0x28, 0x28);
}

QColor ImageLabels::findingsColor(qint64 count)
{
    return count > 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
}
