#include "app/api/apienums.h"

namespace ApiEnums {

QStringList listImageTypes()
{
    return {QStringLiteral("private_image"), QStringLiteral("shared_image"),
            QStringLiteral("local_image"), QStringLiteral("instance_image")};
}

QStringList scanImageTypes()
{
    return {QStringLiteral("private_image"), QStringLiteral("shared_image"),
            QStringLiteral("instance_image")};
}

QStringList exportImageTypes()
{
    return {QStringLiteral("private_image"), QStringLiteral("shared_image"),
            QStringLiteral("local_image"),   QStringLiteral("instance_image"),
            QStringLiteral("harbor"),        QStringLiteral("jfrog"),
            QStringLiteral("cicd")};
}

QStringList syncImageTypes()
{
    return {QStringLiteral("private_image"), QStringLiteral("shared_image")};
}

QStringList listScanStatuses()
{
    return {QStringLiteral("unscan"),          QStringLiteral("success"),
            QStringLiteral("scanning"),        QStringLiteral("failed"),
            QStringLiteral("waiting_for_scan"), QStringLiteral("download_failed"),
            QStringLiteral("image_oversized")};
}

QStringList filterScanStatuses()
{
    return {QStringLiteral("unscan"),   QStringLiteral("success"),
            QStringLiteral("scanning"), QStringLiteral("failed"),
            QStringLiteral("download_failed"), QStringLiteral("image_oversized")};
}

QStringList itemScanStatuses()
{
    return listScanStatuses();
}

QStringList finalScanStatuses()
{
    return {QStringLiteral("unscan"), QStringLiteral("success"), QStringLiteral("failed"),
            QStringLiteral("download_failed"), QStringLiteral("image_oversized")};
}

QStringList scanFailedReasons()
{
    return {QStringLiteral("unknown_error"),
            QStringLiteral("authentication_failed"),
            QStringLiteral("download_failed"),
            QStringLiteral("image_over_sized"),
            QStringLiteral("image_oversized"),
            QStringLiteral("failed_to_scan_vulnerability"),
            QStringLiteral("failed_to_scan_file"),
            QStringLiteral("failed_to_scan_software"),
            QStringLiteral("failed_to_check_sensitive_information"),
            QStringLiteral("failed_to_check_baseline"),
            QStringLiteral("failed_to_check_software_compliance"),
            QStringLiteral("failed_to_query_basic_image_information"),
            QStringLiteral("response_timed_out"),
            QStringLiteral("database_error"),
            QStringLiteral("failed_to_send_the_scan_request")};
}

QStringList severityLevels()
{
    return {QStringLiteral("Security"), QStringLiteral("Low"), QStringLiteral("Medium"),
            QStringLiteral("High")};
}

QStringList sharedStatuses()
{
    return {QStringLiteral("expired"), QStringLiteral("effective")};
}

QStringList exportTaskStatuses()
{
    return {QStringLiteral("success"), QStringLiteral("failure"), QStringLiteral("running")};
}

QStringList vulTypes()
{
    return {QStringLiteral("linux_vul"), QStringLiteral("app_vul")};
}

QStringList buildCommandRiskLevels()
{
    return {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
            QStringLiteral("low")};
}

} // namespace ApiEnums
