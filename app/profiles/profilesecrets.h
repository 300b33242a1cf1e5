#pragma once

#include <QList>
#include <QMap>
#include <QString>

// The secret half of a profile, as it goes to and comes from the keychain. A kind that is not
// present means "unknown / leave as stored"; an empty value present means "delete".
class ProfileSecrets
{
public:
    enum class Kind {
        SecretKey,
        SecurityToken,
        AuthToken,
        ProxyPassword,
    };

    static QList<Kind> allKinds();
    // The last part of the keychain key: "<profile>/<keyName>".
    static QString keyName(Kind kind);

    bool contains(Kind kind) const { return m_values.contains(kind); }
    QString value(Kind kind) const { return m_values.value(kind); }
    void set(Kind kind, const QString &value) { m_values.insert(kind, value); }
    void remove(Kind kind) { m_values.remove(kind); }
    QList<Kind> kinds() const { return m_values.keys(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    // Fills in what this set does not have from `stored`, e.g. typed values over the keychain's.
    ProfileSecrets mergedOver(const ProfileSecrets &stored) const;

private:
    QMap<Kind, QString> m_values;
};
