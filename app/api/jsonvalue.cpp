#include "app/api/jsonvalue.h"

namespace JsonValue {

QString string(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

qint64 integer(const QJsonObject &o, const QString &key)
{
    return optionalInteger(o, key).value_or(0);
}

bool boolean(const QJsonObject &o, const QString &key)
{
    return optionalBool(o, key).value_or(false);
}

std::optional<bool> optionalBool(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    return std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QStringList stringList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QJsonArray array = o.value(key).toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
        else if (v.isDouble())
            out.append(QString::number(v.toInteger()));
    }
    return out;
}

void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject &o, const QString &key, const std::optional<bool> &value)
{
    if (value)
        o.insert(key, *value);
}

void put(QJsonObject &o, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        o.insert(key, *value);
}

} // namespace JsonValue
