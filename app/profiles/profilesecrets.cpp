#include "app/profiles/profilesecrets.h"

QList<ProfileSecrets::Kind> ProfileSecrets::allKinds()
{
    return {Kind::SecretKey, Kind::SecurityToken, Kind::AuthToken, Kind::ProxyPassword};
}

QString ProfileSecrets::keyName(Kind kind)
{
    switch (kind) {
    case Kind::SecretKey:
        return QStringLiteral("secret_key");
    case Kind::SecurityToken:
        return QStringLiteral("security_token");
    case Kind::AuthToken:
        return QStringLiteral("auth_token");
    case Kind::ProxyPassword:
        return QStringLiteral("proxy_password");
    }
    return {};
}

ProfileSecrets ProfileSecrets::mergedOver(const ProfileSecrets &stored) const
{
    ProfileSecrets merged = stored;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        merged.set(it.key(), it.value());
    return merged;
}
