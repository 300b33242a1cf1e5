#include "app/api/jsonvalue.h"

#include <QCoreApplication>

#include <cmath>

namespace JsonValue {

namespace {

// The value under key, or nothing when absent/null (after noting a missing required field).
std::optional<QJsonValue> present(const QJsonObject &o, const QString &prefix, const QString &key,
                                  Presence presence, FieldErrors *errors)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (presence == Presence::Required)
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "is missing")});
    return std::nullopt;
}

} // namespace

void checkString(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                 FieldErrors *errors, int minLength, int maxLength)
{
    const auto v = present(o, prefix, key, presence, errors);
    if (!v)
        return;
    if (!v->isString()) {
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be a string")});
        return;
    }
    const qsizetype length = v->toString().size();
    if (maxLength < 0 && length < minLength)
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must have at least %1 characters")
                                          .arg(minLength)});
    else if (length < minLength || (maxLength >= 0 && length > maxLength))
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must have %1 to %2 characters")
                                          .arg(minLength).arg(maxLength)});
}

void checkInteger(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                  qint64 min, qint64 max, FieldErrors *errors)
{
    const auto v = present(o, prefix, key, presence, errors);
    if (!v)
        return;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be a whole number")});
        return;
    }
    if (d < double(min) || d > double(max) || v->toInteger() < min || v->toInteger() > max)
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be between %1 and %2")
                                          .arg(min).arg(max)});
}

void checkBool(const QJsonObject &o, const QString &prefix, const QString &key, FieldErrors *errors)
{
    const auto v = present(o, prefix, key, Presence::Optional, errors);
    if (v && !v->isBool())
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be true or false")});
}

void checkEnum(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
               const QStringList &allowed, FieldErrors *errors)
{
    const auto v = present(o, prefix, key, presence, errors);
    if (v && (!v->isString() || !allowed.contains(v->toString())))
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be one of %1")
                                          .arg(allowed.join(QStringLiteral(", ")))});
}

std::optional<QJsonArray> checkArray(const QJsonObject &o, const QString &prefix, const QString &key,
                                     Presence presence, qsizetype maxItems, FieldErrors *errors)
{
    const auto v = present(o, prefix, key, presence, errors);
    if (!v)
        return presence == Presence::Optional ? std::optional<QJsonArray>(QJsonArray()) : std::nullopt;
    if (!v->isArray()) {
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be a list")});
        return std::nullopt;
    }
    const QJsonArray array = v->toArray();
    if (array.size() > maxItems) {
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must have at most %1 items")
                                          .arg(maxItems)});
        return std::nullopt;
    }
    return array;
}

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
