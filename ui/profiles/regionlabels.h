#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// How regions are offered: by the name the Huawei Cloud console uses, with the id next to it
// ("AP-Singapore — ap-southeast-3"), because analysts know one or the other, rarely both.
class RegionLabels
{
    Q_DECLARE_TR_FUNCTIONS(RegionLabels)

public:
    // The console name, or empty when the catalogue does not know it.
    static QString name(const QString &regionId);
    // "Name — id", or the id alone without a known name.
    static QString label(const QString &regionId);
    // Every region of RegionCatalog as (label, id), sorted by label in the user's collation.
    static QList<QPair<QString, QString>> sortedLabels();
};
