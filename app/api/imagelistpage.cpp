#include "app/api/imagelistpage.h"

#include "app/api/jsonvalue.h"

#include <QJsonArray>

ImageListPage ImageListPage::fromJson(const QJsonObject &o)
{
    ImageListPage page;
    page.totalNum = JsonValue::integer(o, QStringLiteral("total_num"));
    const QJsonArray list = o.value(QStringLiteral("data_list")).toArray();
    page.images.reserve(list.size());
    for (const QJsonValue &v : list)
        page.images.append(ImageInfo::fromJson(v.toObject()));
    return page;
}

QJsonObject ImageListPage::toJson() const
{
    QJsonArray list;
    for (const ImageInfo &image : images)
        list.append(image.toJson());
    return {{QStringLiteral("total_num"), totalNum}, {QStringLiteral("data_list"), list}};
}
