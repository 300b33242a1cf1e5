#include "app/net/credentials.h"

bool Credentials::isComplete() const
{
    switch (mode) {
    case Mode::AkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty();
    case Mode::TemporaryAkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty() && !securityToken.isEmpty();
    case Mode::IamToken:
        return !authToken.isEmpty();
    }
    return false;
}

QString Credentials::modeName(Mode mode)
{
    switch (mode) {
    case Mode::AkSk:
        return QStringLiteral("aksk");
    case Mode::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    case Mode::IamToken:
        return QStringLiteral("iam-token");
    }
    return {};
}

bool Credentials::modeFromName(const QString &name, Mode *mode)
{
    for (Mode m : {Mode::AkSk, Mode::TemporaryAkSk, Mode::IamToken}) {
        if (modeName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}
