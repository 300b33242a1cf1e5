#include "app/api/jsonvalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace JsonValue {

namespace {

QString nameOf(const QString &prefix, QAnyStringView key)
{
    return prefix + key.toString();
}

// The value, or nothing when absent/null (after noting a missing required field).
std::optional<QJsonValue> present(const QJsonValue &v, const QString &prefix, QAnyStringView key,
                                  Presence presence, FieldErrors *errors)
{
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (presence == Presence::Required)
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "is missing")});
    return std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonValue &v)
{
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

} // namespace

void pick(const QJsonObject &o, const QLatin1StringView *keys, qsizetype count, QJsonValue *values)
{
    std::fill(values, values + count, QJsonValue(QJsonValue::Undefined));
    const QLatin1StringView *end = keys + count;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QLatin1StringView *found = std::lower_bound(
            keys, end, key, [](QLatin1StringView k, const QString &wanted) { return wanted.compare(k) > 0; });
        if (found != end && key == *found)
            values[found - keys] = it.value();
    }
}

QString string(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

qint64 integer(const QJsonValue &v)
{
    return optionalInteger(v).value_or(0);
}

bool boolean(const QJsonValue &v)
{
    return v.isBool() && v.toBool();
}

void checkString(const QJsonValue &value, const QString &prefix, QAnyStringView key, Presence presence,
                 FieldErrors *errors, int minLength, int maxLength)
{
    const auto v = present(value, prefix, key, presence, errors);
    if (!v)
        return;
    if (!v->isString()) {
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must be a string")});
        return;
    }
    // Without limits any length passes: no copy of the text just to measure it.
    if (minLength <= 0 && maxLength < 0)
        return;
    const qsizetype length = v->toString().size();
    if (maxLength < 0 && length < minLength)
        errors->append({nameOf(prefix, key),
                        QCoreApplication::translate("JsonValue", "must have at least %1 characters").arg(minLength)});
    else if (length < minLength || (maxLength >= 0 && length > maxLength))
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must have %1 to %2 characters")
                                                 .arg(minLength).arg(maxLength)});
}

void checkInteger(const QJsonValue &value, const QString &prefix, QAnyStringView key, Presence presence,
                  qint64 min, qint64 max, FieldErrors *errors)
{
    const auto v = present(value, prefix, key, presence, errors);
    if (!v)
        return;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must be a whole number")});
        return;
    }
    if (d < double(min) || d > double(max) || v->toInteger() < min || v->toInteger() > max)
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must be between %1 and %2")
                                                 .arg(min).arg(max)});
}

void checkBool(const QJsonValue &value, const QString &prefix, QAnyStringView key, FieldErrors *errors)
{
    const auto v = present(value, prefix, key, Presence::Optional, errors);
    if (v && !v->isBool())
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must be true or false")});
}

std::optional<QJsonArray> checkArray(const QJsonValue &value, const QString &prefix, QAnyStringView key,
                                     Presence presence, qsizetype maxItems, FieldErrors *errors)
{
    const auto v = present(value, prefix, key, presence, errors);
    if (!v)
        return presence == Presence::Optional ? std::optional<QJsonArray>(QJsonArray()) : std::nullopt;
    if (!v->isArray()) {
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must be a list")});
        return std::nullopt;
    }
    const QJsonArray array = v->toArray();
    if (array.size() > maxItems) {
        errors->append({nameOf(prefix, key), QCoreApplication::translate("JsonValue", "must have at most %1 items")
                                                 .arg(maxItems)});
        return std::nullopt;
    }
    return array;
}

void checkString(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                 FieldErrors *errors, int minLength, int maxLength)
{
    checkString(o.value(key), prefix, key, presence, errors, minLength, maxLength);
}

void checkInteger(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                  qint64 min, qint64 max, FieldErrors *errors)
{
    checkInteger(o.value(key), prefix, key, presence, min, max, errors);
}

void checkBool(const QJsonObject &o, const QString &prefix, const QString &key, FieldErrors *errors)
{
    checkBool(o.value(key), prefix, key, errors);
}

void checkEnum(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
               const QStringList &allowed, FieldErrors *errors)
{
    const auto v = present(o.value(key), prefix, key, presence, errors);
    if (v && (!v->isString() || !allowed.contains(v->toString())))
        errors->append({prefix + key, QCoreApplication::translate("JsonValue", "must be one of %1")
                                          .arg(allowed.join(QStringLiteral(", ")))});
}

std::optional<QJsonArray> checkArray(const QJsonObject &o, const QString &prefix, const QString &key,
                                     Presence presence, qsizetype maxItems, FieldErrors *errors)
{
    return checkArray(o.value(key), prefix, key, presence, maxItems, errors);
}

QString string(const QJsonObject &o, const QString &key)
{
    return string(o.value(key));
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
    return optionalInteger(o.value(key));
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
