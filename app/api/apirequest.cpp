#include "app/api/apirequest.h"

#include <QJsonDocument>

QByteArray ApiRequest::compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
