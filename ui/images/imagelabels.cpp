#include "ui/images/imagelabels.h"

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
