#include "app/api/listswrimagerepositoryresponse.h"

#include "app/api/jsonvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

constexpr qint64 kMaxTotal = 2147483547;
// The largest page the API hands out (limit 10 to 200).
constexpr qsizetype kMaxPage = 200;

} // namespace

ListSwrImageRepositoryResponse ListSwrImageRepositoryResponse::fromJson(const QJsonObject &o, FieldErrors *errors)
{
    using namespace JsonValue;
    ListSwrImageRepositoryResponse page;
    page.totalNum = integer(o, QStringLiteral("total_num"));
    if (errors) {
        checkInteger(o, {}, QStringLiteral("total_num"), Presence::Required, 0, kMaxTotal, errors);
        const auto list = checkArray(o, {}, QStringLiteral("data_list"), Presence::Required, kMaxPage, errors);
        // Each item is checked and read in the same pass: reading the page is most of what a
        // long listing costs.
        if (list) {
            page.images.reserve(list->size());
            for (qsizetype n = 0; n < list->size(); ++n) {
                const QString item = QStringLiteral("data_list[%1]").arg(n);
                if (list->at(n).isObject()) {
                    page.images.append(ImageInfo::fromJson(list->at(n).toObject(), errors, item + QLatin1Char('.')));
                } else {
                    errors->append({item, QCoreApplication::translate("JsonValue", "must be an object")});
                    page.images.append(ImageInfo());
                }
            }
            return page;
        }
    }
    const QJsonArray list = o.value(QStringLiteral("data_list")).toArray();
    page.images.reserve(list.size());
    for (const QJsonValue &v : list)
        page.images.append(ImageInfo::fromJson(v.toObject()));
    return page;
}

QJsonObject ListSwrImageRepositoryResponse::toJson() const
{
    QJsonArray list;
    for (const ImageInfo &image : images)
        list.append(image.toJson());
    return {{QStringLiteral("total_num"), totalNum}, {QStringLiteral("data_list"), list}};
}
