#pragma once

#include <QString>

// What a request is authenticated with. A plain value: it is built from the keychain or the
// environment right before use and never written anywhere by the core.
struct Credentials
{
    enum class Mode {
        AkSk,          // permanent access key / secret key, request signed
        TemporaryAkSk, // AK/SK plus X-Security-Token, request signed
        IamToken,      // X-Auth-Token, nothing signed
    };

    Mode mode = Mode::AkSk;
    QString accessKey;
    QString secretKey;
    QString securityToken;
    QString authToken;

    bool isComplete() const;
    bool signsRequests() const { return mode != Mode::IamToken; }

    static QString modeName(Mode mode);
    static bool modeFromName(const QString &name, Mode *mode);
};
