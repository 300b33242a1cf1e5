#pragma once

#include "app/api/fielderror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

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

void put(QJsonObject &o, const QString &key, const QString &value);
void put(QJsonObject &o, const QString &key, const std::optional<bool> &value);
void put(QJsonObject &o, const QString &key, const std::optional<qint64> &value);

} // namespace JsonValue
