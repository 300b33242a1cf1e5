#include "app/profiles/regioncatalog.h"

namespace RegionCatalog {

QStringList regionIds()
{
    return {
        QStringLiteral("cn-north-9"),     QStringLiteral("cn-north-1"),
        QStringLiteral("cn-north-4"),     QStringLiteral("cn-southwest-2"),
        QStringLiteral("cn-east-2"),      QStringLiteral("cn-east-3"),
        QStringLiteral("cn-east-4"),      QStringLiteral("cn-south-1"),
        QStringLiteral("cn-south-2"),     QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-3"),
        QStringLiteral("na-mexico-1"),    QStringLiteral("af-south-1"),
        QStringLiteral("sa-brazil-1"),    QStringLiteral("la-south-2"),
        QStringLiteral("cn-south-4"),     QStringLiteral("la-north-2"),
        QStringLiteral("tr-west-1"),      QStringLiteral("cn-north-2"),
        QStringLiteral("ap-southeast-4"), QStringLiteral("ae-ad-1"),
        QStringLiteral("me-east-1"),      QStringLiteral("cn-east-5"),
        QStringLiteral("my-kualalumpur-1"), QStringLiteral("eu-west-101"),
        QStringLiteral("ru-moscow-1"),    QStringLiteral("cn-north-12"),
        QStringLiteral("cn-southwest-3"), QStringLiteral("cn-north-11"),
        QStringLiteral("af-north-1"),     QStringLiteral("ap-southeast-5"),
    };
}

bool isKnown(const QString &regionId)
{
    return regionIds().contains(regionId);
}

QUrl endpointFor(const QString &regionId)
{
    if (!isKnown(regionId))
        return {};
    const QString domain = regionId == QLatin1String("eu-west-101")
        ? QStringLiteral("myhuaweicloud.eu")
        : QStringLiteral("myhuaweicloud.com");
    return QUrl(QStringLiteral("https://hss.%1.%2").arg(regionId, domain));
}

} // namespace RegionCatalog
