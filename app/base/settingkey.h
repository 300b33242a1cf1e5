#pragma once

#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

// One stored setting: the key as it stands in the file, the type it is read as and the value
// used while nothing is stored. Every key of the app is one of these in settingkeys.h, so a
// key is spelled once and its type and default cannot differ between the reader and the writer.
// The key is relative to the group the QSettings is in, as QSettings keys are.
template<typename T>
class SettingKey
{
public:
    explicit SettingKey(QLatin1String key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    {
    }

    QString key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    // The stored value converted to T (INI files give every value back as text), or the
    // default when nothing is stored.
    T read(const QSettings &settings) const
    {
        return settings.value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void write(QSettings &settings, const T &value) const
    {
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    void remove(QSettings &settings) const { settings.remove(m_key); }

private:
    QString m_key;
    T m_default;
};
