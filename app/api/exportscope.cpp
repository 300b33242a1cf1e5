#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/exportscope.h"

#include <QJsonArray>

QString ExportScope::filterSummary(const BatchExportBaselineTaskRequest &request, const FilterLabeller &label)
{
    QJsonObject body = request.toJson();
    body.remove(QStringLiteral("image_id_list"));
    body.remove(QStringLiteral("operate_all"));
    QStringList parts;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        QString value;
        if (it->isArray()) {
            QStringList items;
            for (const QJsonValue &v : it->toArray())
                items.append(v.toString());
            value = items.join(QLatin1Char('|'));
        } else if (it->isBool()) {
            value = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (it->isDouble()) {
            value = QString::number(it->toInteger());
        } else {
            value = it->toString();
        }
        parts.append(label ? label(it.key(), value) : it.key() + QLatin1Char('=') + value);
    }
    return parts.isEmpty() ? tr("no filters") : parts.join(QStringLiteral(", "));
}

QString ExportScope::describe(const BatchExportBaselineTaskRequest &request, const FilterLabeller &label)
{
    if (request.operateAll.value_or(false))
        return tr("all images matching: %1").arg(filterSummary(request, label));
    return tr("%n selected image(s)", nullptr, int(request.imageIdList.size()));
}
