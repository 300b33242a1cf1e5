#pragma once

#include "app/net/clientconfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CliContext;

// `profile list|add|remove`, on the same profile file and keychain as the app. Secrets are
// never taken from arguments (they would show in `ps` and shell history): they come from stdin
// with --secret-stdin or from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN and
// HSS_PROXY_PASSWORD.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
    // `args` are what follows "profile" on the command line; `in` supplies --secret-stdin.
    static int execute(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err);

    // For `--profile NAME` (an empty name means the current profile): the ClientConfig to send
    // requests with, secrets read from the keychain. Blocks in a local event loop; needs a
    // QCoreApplication.
    static bool loadConfig(const QString &name, ClientConfig *config, QString *error);
};
