#include "app/api/pathsegment.h"

#include <QRegularExpression>

bool PathSegment::isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}
