#pragma once

#include <QStringList>
#include <QUrl>

// The regions the official SDKs know for HSS (Java/Python's 32, a superset of Go's 30).
namespace RegionCatalog {

QStringList regionIds();
bool isKnown(const QString &regionId);
// https://hss.<region>.myhuaweicloud.com, or .myhuaweicloud.eu for eu-west-101. Empty when
// the region is unknown.
QUrl endpointFor(const QString &regionId);

} // namespace RegionCatalog
