#pragma once

#include <QStringList>

// The exact enum vocabularies of HSS v5 (spec §1.5 and per operation). Values are carried as
// strings everywhere so that a value the service adds later still shows instead of breaking.
namespace ApiEnums {

QStringList listImageTypes();        // ListSwrImageRepository image_type
QStringList scanImageTypes();        // BatchScanSwrImage image_type
QStringList exportImageTypes();      // BatchExportBaselineTask image_type
QStringList syncImageTypes();        // RunImageSynchronize image_type
QStringList listScanStatuses();      // ListSwrImageRepository scan_status filter
QStringList filterScanStatuses();    // BatchScan / BatchExport scan_status filter
QStringList itemScanStatuses();      // scan_status of a list item
QStringList finalScanStatuses();     // states a scan does not leave by itself
QStringList scanFailedReasons();     // scan_failed_desc
QStringList severityLevels();
QStringList sharedStatuses();
QStringList exportTaskStatuses();
QStringList vulTypes();
QStringList buildCommandRiskLevels();

constexpr qint64 MaxOffset = 2000000;
constexpr int MinLimit = 10;
constexpr int MaxLimit = 200;
constexpr qint64 MaxImageSize = 2147483547LL;
constexpr qint64 MaxTimeMs = 4070880000000LL;
constexpr qint64 MaxExportSize = 2147483647LL;
constexpr int MaxScanListItems = 10241;
constexpr const char *AllEnterpriseProjects = "all_granted_eps";

} // namespace ApiEnums
