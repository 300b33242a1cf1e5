#pragma once

#include "app/net/clientconfig.h"

#include <QStringList>
#include <QTextStream>

// `hss-image-cli profile list|add|remove`, on the same profile file and keychain as the app.
// Secrets are never taken from arguments (they would show in `ps` and shell history): they
// come from stdin with --secret-stdin or from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN,
// HSS_AUTH_TOKEN and HSS_PROXY_PASSWORD.
namespace ProfileCommands {

enum ExitCode {
    Ok = 0,
    Usage = 2,        // unknown command or option, invalid or missing value
    ProfileError = 5, // unknown or duplicate profile, keychain unavailable or refusing
};

} // namespace ProfileCommands

// `args` are what follows "profile" on the command line. `in` supplies --secret-stdin.
int runProfileCommand(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err);
// The same, reading secrets from the process's stdin.
int runProfileCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// For `--profile NAME` (an empty name means the current profile): the ClientConfig to send
// requests with, secrets read from the keychain. Blocks in a local event loop; needs a
// QCoreApplication.
bool loadProfileConfig(const QString &name, ClientConfig *config, QString *error);
