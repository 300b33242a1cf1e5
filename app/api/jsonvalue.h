#pragma once

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

void put(QJsonObject &o, const QString &key, const QString &value);
void put(QJsonObject &o, const QString &key, const std::optional<bool> &value);
void put(QJsonObject &o, const QString &key, const std::optional<qint64> &value);

} // namespace JsonValue
