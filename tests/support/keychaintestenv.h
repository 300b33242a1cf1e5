#pragma once

#include <QDir>
#include <QString>
#include <QtGlobal>

// The keychain tests talk to a real Secret Service. .ci/test provides one: a private
// dbus-run-session with an unlocked gnome-keyring and throw-away HOME/XDG folders. Without a
// session bus a job could at best fail and, with a desktop's locked keyring, wait on a prompt,
// so the tests skip instead, saying why.
namespace KeychainTestEnv {

inline QString skipReason()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no DBUS_SESSION_BUS_ADDRESS: run through .ci/test, which starts a "
                              "private session bus with an unlocked gnome-keyring");
    return {};
}

// True when HOME is a throw-away folder (as in .ci/test), so scanning it is safe and quick.
inline bool homeIsScratch()
{
    const QString home = QDir(qEnvironmentVariable("HOME")).canonicalPath();
    const QString temp = QDir(QDir::tempPath()).canonicalPath();
    return !home.isEmpty() && home.startsWith(temp + QLatin1Char('/'));
}

} // namespace KeychainTestEnv

// In a test function: skips, saying why, where no Secret Service can be reached.
#define HSS_REQUIRE_KEYCHAIN()                                                                  \
    do {                                                                                        \
        const QString keychainSkipReason = KeychainTestEnv::skipReason();                       \
        if (!keychainSkipReason.isEmpty())                                                      \
            QSKIP(qPrintable(keychainSkipReason));                                              \
    } while (false)

// In a test function: skips unless HOME is throw-away, for tests that write or scan it.
#define HSS_REQUIRE_SCRATCH_HOME()                                                              \
    do {                                                                                        \
        if (!KeychainTestEnv::homeIsScratch())                                                  \
            QSKIP("HOME is not a throw-away folder: run through .ci/test, which isolates the "  \
                  "profile file, keyring and folders this test writes to or reads");            \
    } while (false)
