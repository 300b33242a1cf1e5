#include "ui/profiles/regionlabels.h"

#include "app/profiles/regioncatalog.h"

#include <QCollator>

#include <algorithm>

QString RegionLabels::name(const QString &regionId)
{
    struct Entry
    {
        const char *id;
        const char *name;
    };
    // Names as the console shows them. Regions whose name is not certain stay without one
    // (shown by id) rather than under a guessed name.
    static const Entry names[] = {
        {"af-north-1", QT_TRANSLATE_NOOP("RegionLabels", "AF-Cairo")},
        {"af-south-1", QT_TRANSLATE_NOOP("RegionLabels", "AF-Johannesburg")},
        {"ap-southeast-1", QT_TRANSLATE_NOOP("RegionLabels", "CN-Hong Kong")},
        {"ap-southeast-2", QT_TRANSLATE_NOOP("RegionLabels", "AP-Bangkok")},
        {"ap-southeast-3", QT_TRANSLATE_NOOP("RegionLabels", "AP-Singapore")},
        {"ap-southeast-4", QT_TRANSLATE_NOOP("RegionLabels", "AP-Jakarta")},
        {"ap-southeast-5", QT_TRANSLATE_NOOP("RegionLabels", "AP-Manila")},
        {"cn-east-2", QT_TRANSLATE_NOOP("RegionLabels", "CN East-Shanghai2")},
        {"cn-east-3", QT_TRANSLATE_NOOP("RegionLabels", "CN East-Shanghai1")},
        {"cn-east-4", QT_TRANSLATE_NOOP("RegionLabels", "CN East2")},
        {"cn-east-5", QT_TRANSLATE_NOOP("RegionLabels", "CN East-Qingdao")},
        {"cn-north-1", QT_TRANSLATE_NOOP("RegionLabels", "CN North-Beijing1")},
        {"cn-north-2", QT_TRANSLATE_NOOP("RegionLabels", "CN North-Beijing2")},
        {"cn-north-4", QT_TRANSLATE_NOOP("RegionLabels", "CN North-Beijing4")},
        {"cn-north-9", QT_TRANSLATE_NOOP("RegionLabels", "CN North-Ulanqab1")},
        {"cn-south-1", QT_TRANSLATE_NOOP("RegionLabels", "CN South-Guangzhou")},
        {"cn-south-2", QT_TRANSLATE_NOOP("RegionLabels", "CN South-Shenzhen")},
        {"cn-south-4", QT_TRANSLATE_NOOP("RegionLabels", "CN South-Guangzhou-InvitationOnly")},
        {"cn-southwest-2", QT_TRANSLATE_NOOP("RegionLabels", "CN Southwest-Guiyang1")},
        {"eu-west-101", QT_TRANSLATE_NOOP("RegionLabels", "EU-Dublin")},
        {"la-north-2", QT_TRANSLATE_NOOP("RegionLabels", "LA-Mexico City2")},
        {"la-south-2", QT_TRANSLATE_NOOP("RegionLabels", "LA-Santiago")},
        {"me-east-1", QT_TRANSLATE_NOOP("RegionLabels", "ME-Riyadh")},
        {"na-mexico-1", QT_TRANSLATE_NOOP("RegionLabels", "LA-Mexico City1")},
        {"sa-brazil-1", QT_TRANSLATE_NOOP("RegionLabels", "LA-Sao Paulo1")},
        {"tr-west-1", QT_TRANSLATE_NOOP("RegionLabels", "TR-Istanbul")},
    };
    for (const Entry &entry : names) {
        if (regionId == QLatin1String(entry.id))
            return tr(entry.name);
    }
    return {};
}

QString RegionLabels::label(const QString &regionId)
{
    const QString known = name(regionId);
    return known.isEmpty() ? regionId : tr("%1 — %2").arg(known, regionId);
}

QList<QPair<QString, QString>> RegionLabels::sortedLabels()
{
    QList<QPair<QString, QString>> labels;
    const QStringList ids = RegionCatalog::regionIds();
    for (const QString &id : ids)
        labels.append({label(id), id});
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(labels.begin(), labels.end(), [&](const auto &left, const auto &right) {
        return collator.compare(left.first, right.first) < 0;
    });
    return labels;
}
