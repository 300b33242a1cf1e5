#pragma once

#include "app/api/fielderror.h"

#include <QAnyStringView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

#include <array>
#include <optional>

// Lenient readers and omit-when-unset writers: a missing or mistyped field reads as unset, as
// the SDKs' decoders do, and an unset optional field is never sent.
namespace JsonValue {

QString string(const QJsonObject &o, const QString &key);
qint64 integer(const QJsonObject &o, const QString &key);
bool boolean(const QJsonObject &o, const QString &key);
std::optional<bool> optionalBool(const QJsonObject &o, const QString &key);
std::optional<qint64> optionalInteger(const QJsonObject &o, const QString &key);
QStringList stringList(const QJsonObject &o, const QString &key);

// Strict checks of an answer against the API's schema. Each appends an error naming the field
// (prefix + key, e.g. "data_list[3].id") when a required value is missing, a value has the
// wrong JSON type, or it lies outside the documented range. null counts as missing.
enum class Presence { Optional, Required };
void checkString(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                 FieldErrors *errors, int minLength = 0, int maxLength = -1);
void checkInteger(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
                  qint64 min, qint64 max, FieldErrors *errors);
void checkBool(const QJsonObject &o, const QString &prefix, const QString &key, FieldErrors *errors);
void checkEnum(const QJsonObject &o, const QString &prefix, const QString &key, Presence presence,
               const QStringList &allowed, FieldErrors *errors);
// The array under key, or nothing after an error (missing when required, or not an array).
std::optional<QJsonArray> checkArray(const QJsonObject &o, const QString &prefix, const QString &key,
                                     Presence presence, qsizetype maxItems, FieldErrors *errors);

// The values of o under keys (sorted ascending, as QJsonObject keeps its own), read in one pass
// over o: a key o lacks gives Undefined, a key not asked for is passed over. For a reader of
// many fields, which then checks and reads each value below without looking it up again.
void pick(const QJsonObject &o, const QLatin1StringView *keys, qsizetype count, QJsonValue *values);
template<std::size_t N>
std::array<QJsonValue, N> pick(const QJsonObject &o, const std::array<QLatin1StringView, N> &keys)
{
    std::array<QJsonValue, N> values;
    pick(o, keys.data(), qsizetype(N), values.data());
    return values;
}

// The readers and checks above on a value already found (Undefined when absent); key only
// names the field in an error.
QString string(const QJsonValue &v);
qint64 integer(const QJsonValue &v);
bool boolean(const QJsonValue &v);
void checkString(const QJsonValue &v, const QString &prefix, QAnyStringView key, Presence presence,
                 FieldErrors *errors, int minLength = 0, int maxLength = -1);
void checkInteger(const QJsonValue &v, const QString &prefix, QAnyStringView key, Presence presence,
                  qint64 min, qint64 max, FieldErrors *errors);
void checkBool(const QJsonValue &v, const QString &prefix, QAnyStringView key, FieldErrors *errors);
std::optional<QJsonArray> checkArray(const QJsonValue &v, const QString &prefix, QAnyStringView key,
                                     Presence presence, qsizetype maxItems, FieldErrors *errors);

void put(QJsonObject &o, const QString &key, const QString &value);
void put(QJsonObject &o, const QString &key, const std::optional<bool> &value);
void put(QJsonObject &o, const QString &key, const std::optional<qint64> &value);

} // namespace JsonValue
