#pragma once

#include <QString>

// Ids the service hands out (task ids, file ids) end up as a segment of a request path:
// nothing that could climb out of it or change the route may pass.
namespace PathSegment {
bool isSafeId(const QString &id);
}
