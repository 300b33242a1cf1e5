#include "cli/profilecommand.h"

#include "app/base/logging.h"
#include "app/profiles/clientconfigloader.h"
#include "app/profiles/credentialstore.h"
#include "app/profiles/profilestore.h"
#include "app/profiles/regioncatalog.h"
#include "cli/clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <cstdio>

namespace {

QString usageText()
{
    return ProfileCommand::tr(
        "Usage:\n"
        "  hss-image-cli profile list\n"
        "  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID\n"
        "        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]\n"
        "        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]\n"
        "        [--ca-file PATH] [--timeout SECONDS] [--secret-stdin] [--set-current]\n"
        "  hss-image-cli profile remove NAME [--force]\n"
        "\n"
        "Secrets are never accepted as arguments. With --secret-stdin, stdin gives one per line:\n"
        "the secret key (aksk, temporary-aksk), then the security token (temporary-aksk), or the\n"
        "IAM token (iam-token); then the proxy password when --proxy-user is given. Otherwise\n"
        "they come from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN and\n"
        "HSS_PROXY_PASSWORD; the access key may come from CLOUD_SDK_AK.\n"
        "\n"
        "Exit codes: 0 success, 2 usage error, 5 profile or keychain error.\n");
}

// Keychain jobs always finish (each step has a timeout), so waiting cannot hang.
template<typename Job>
void waitFinished(Job *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int usageError(QTextStream &err, const QString &message)
{
    err << ProfileCommand::tr("hss-image-cli profile: %1").arg(message) << '\n'
        << ProfileCommand::tr("Run \"hss-image-cli profile --help\" for usage.") << '\n';
    err.flush();
    return ExitCode::Usage;
}

int profileError(QTextStream &err, const QString &message)
{
    err << ProfileCommand::tr("hss-image-cli profile: %1").arg(message) << '\n';
    err.flush();
    return ExitCode::Profile;
}

int listProfiles(QTextStream &out)
{
    ProfileStore store;
    const QString current = store.currentProfileName();
    for (const Profile &p : store.profiles()) {
        const QString where = p.usesCustomEndpoint() ? p.customEndpoint.toString() : p.regionId;
        out << (p.name == current ? "*" : " ") << '\t' << p.name << '\t' << where << '\t'
            << p.projectId << '\t' << Credentials::modeName(p.authMode) << '\n';
    }
    out.flush();
    return ExitCode::Ok;
}

bool looksLikeSecretOption(const QString &arg)
{
    static const QStringList names = {
        QStringLiteral("--secret"), QStringLiteral("--sk"), QStringLiteral("--token"),
        QStringLiteral("--security-token"), QStringLiteral("--auth-token"),
        QStringLiteral("--password"), QStringLiteral("--proxy-password"),
    };
    for (const QString &name : names) {
        if (arg == name || arg.startsWith(name + QLatin1Char('=')) || arg.startsWith(name + QLatin1Char('-')))
            return arg != QLatin1String("--secret-stdin");
    }
    return false;
}

int addProfile(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err)
{
    for (const QString &arg : args) {
        if (looksLikeSecretOption(arg))
            return usageError(err, ProfileCommand::tr("secrets are never accepted as arguments (they would "
                                          "show in the process list and shell history); use "
                                          "--secret-stdin or the environment"));
    }

    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), QString(), QStringLiteral("ID"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QString(), QStringLiteral("URL"));
    const QCommandLineOption projectId(QStringLiteral("project-id"), QString(), QStringLiteral("ID"));
    const QCommandLineOption enterprise(QStringLiteral("enterprise-project"), QString(), QStringLiteral("ID"));
    const QCommandLineOption auth(QStringLiteral("auth"), QString(), QStringLiteral("MODE"),
                                  Credentials::modeName(Credentials::Mode::AkSk));
    const QCommandLineOption accessKey(QStringLiteral("access-key"), QString(), QStringLiteral("AK"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), QString(), QStringLiteral("PROXY"),
                                   QStringLiteral("system"));
    const QCommandLineOption proxyUser(QStringLiteral("proxy-user"), QString(), QStringLiteral("USER"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"),
                                     QString::number(Profile::DefaultTimeoutSeconds));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption setCurrent(QStringLiteral("set-current"));
    parser.addOptions({region, endpoint, projectId, enterprise, auth, accessKey, proxy, proxyUser,
                       caFile, timeout, secretStdin, setCurrent});
    if (!parser.parse(QStringList{QStringLiteral("profile add")} + args))
        return usageError(err, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(err, ProfileCommand::tr("\"add\" needs exactly one profile name"));

    Profile p;
    p.name = parser.positionalArguments().constFirst();
    if (parser.isSet(region) == parser.isSet(endpoint))
        return usageError(err, ProfileCommand::tr("give either --region or --endpoint"));
    if (parser.isSet(region)) {
        p.regionId = parser.value(region);
        if (!RegionCatalog::isKnown(p.regionId))
            return usageError(err, ProfileCommand::tr("unknown region \"%1\"; known regions: %2")
                                       .arg(p.regionId, RegionCatalog::regionIds().join(QStringLiteral(", "))));
    } else {
        p.customEndpoint = QUrl(parser.value(endpoint), QUrl::StrictMode);
    }
    p.projectId = parser.value(projectId);
    if (parser.isSet(enterprise)) {
        const QString value = parser.value(enterprise);
        if (value == QLatin1String("all")) {
            p.enterpriseScope = Profile::EnterpriseScope::All;
        } else {
            p.enterpriseScope = Profile::EnterpriseScope::Specific;
            p.enterpriseProjectId = value;
        }
    }
    if (!Credentials::modeFromName(parser.value(auth), &p.authMode))
        return usageError(err, ProfileCommand::tr("--auth must be aksk, temporary-aksk or iam-token"));
    if (p.authMode != Credentials::Mode::IamToken)
        p.accessKeyId = parser.isSet(accessKey) ? parser.value(accessKey)
                                                : qEnvironmentVariable("CLOUD_SDK_AK");
    const QString proxyValue = parser.value(proxy);
    if (!Profile::proxyModeFromName(proxyValue, &p.proxyMode) || p.proxyMode == Profile::ProxyMode::Manual) {
        const int colon = proxyValue.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        p.proxyMode = Profile::ProxyMode::Manual;
        p.proxyHost = proxyValue.left(colon);
        p.proxyPort = colon > 0 ? proxyValue.mid(colon + 1).toInt(&portOk) : 0;
        if (!portOk)
            return usageError(err, ProfileCommand::tr("--proxy must be system, none or HOST:PORT"));
    }
    p.proxyUser = parser.value(proxyUser);
    if (!p.proxyUser.isEmpty() && p.proxyMode != Profile::ProxyMode::Manual)
        return usageError(err, ProfileCommand::tr("--proxy-user needs --proxy HOST:PORT"));
    p.caCertificateFile = parser.value(caFile);
    bool timeoutOk = false;
    p.requestTimeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk)
        return usageError(err, ProfileCommand::tr("--timeout must be a number of seconds"));

    const FieldErrors errors = p.validate();
    if (!errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : errors)
            parts.append(QStringLiteral("%1 %2").arg(e.field, e.message));
        return usageError(err, ProfileCommand::tr("invalid profile: %1").arg(parts.join(QStringLiteral("; "))));
    }

    ProfileSecrets secrets;
    const QList<ProfileSecrets::Kind> needed = p.requiredSecrets();
    for (ProfileSecrets::Kind kind : needed) {
        QString value;
        if (parser.isSet(secretStdin)) {
            value = in.readLine();
        } else {
            static const QMap<ProfileSecrets::Kind, const char *> variables = {
                {ProfileSecrets::Kind::SecretKey, "CLOUD_SDK_SK"},
                {ProfileSecrets::Kind::SecurityToken, "CLOUD_SDK_SECURITY_TOKEN"},
                {ProfileSecrets::Kind::AuthToken, "HSS_AUTH_TOKEN"},
                {ProfileSecrets::Kind::ProxyPassword, "HSS_PROXY_PASSWORD"},
            };
            value = qEnvironmentVariable(variables.value(kind));
        }
        if (value.isEmpty())
            return usageError(err, ProfileCommand::tr("the %1 is missing: give it on stdin with --secret-stdin "
                                          "or in the environment (see --help)")
                                       .arg(ProfileSecrets::keyName(kind)));
        secrets.set(kind, value);
    }

    CredentialStore credentials;
    ProfileStore store;
    if (store.contains(p.name))
        return profileError(err, ProfileCommand::tr("a profile named \"%1\" already exists").arg(p.name));
    // Secrets first: if the keychain refuses, no profile is left behind without its secrets.
    QPointer<CredentialJob> write(credentials.writeSecrets(p.name, secrets));
    waitFinished(write.get());
    if (!write->isOk())
        return profileError(err, write->errorString());
    QString error;
    if (!store.add(p, &error)) {
        QPointer<CredentialJob> undo(credentials.removeSecrets(p.name));
        waitFinished(undo.get());
        return profileError(err, error);
    }
    if (parser.isSet(setCurrent) || store.profileNames().size() == 1)
        store.setCurrentProfile(p.name);
    qCInfo(lcCli).noquote() << "profile" << p.name << "added";
    out << ProfileCommand::tr("Profile \"%1\" added; its secrets are in the keychain.").arg(p.name) << '\n';
    out.flush();
    return ExitCode::Ok;
}

int removeProfile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList names = args;
    const bool force = names.removeAll(QStringLiteral("--force")) > 0;
    if (names.size() != 1 || names.constFirst().startsWith(QLatin1Char('-')))
        return usageError(err, ProfileCommand::tr("\"remove\" needs exactly one profile name"));
    const QString name = names.constFirst();
    ProfileStore store;
    if (!store.contains(name))
        return profileError(err, ProfileCommand::tr("there is no profile named \"%1\"").arg(name));

    // Secrets first: a profile removed while its secret stays behind would leave a key in the
    // keychain that nothing lists any more.
    CredentialStore credentials;
    QPointer<CredentialJob> removal(credentials.removeSecrets(name));
    waitFinished(removal.get());
    const bool secretsRemoved = removal->isOk();
    const QString secretsError = removal->errorString();
    if (!secretsRemoved && !force)
        return profileError(err, ProfileCommand::tr("profile \"%1\" was kept, because its keychain entries could not be "
                                         "deleted: %2 Try again once the keychain works, or give --force to "
                                         "remove the profile anyway and delete the entries \"%1/...\" of "
                                         "service \"%3\" yourself.")
                                     .arg(name, secretsError, credentials.service()));
    QString error;
    if (!store.remove(name, &error))
        return profileError(err, error);
    if (!secretsRemoved) {
        err << ProfileCommand::tr("hss-image-cli profile: profile \"%1\" removed, but its keychain entries are still "
                      "there (%2); delete the entries \"%1/...\" of service \"%3\" yourself, for "
                      "example with Seahorse or secret-tool.")
                   .arg(name, secretsError, credentials.service())
            << '\n';
        err.flush();
        return ExitCode::Ok;
    }
    out << ProfileCommand::tr("Profile \"%1\" and its keychain entries removed.").arg(name) << '\n';
    out.flush();
    return ExitCode::Ok;
}

} // namespace

int ProfileCommand::execute(const QStringList &args, QTextStream &in, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, ProfileCommand::tr("missing command: list, add or remove"));
    const QString command = args.constFirst();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help") || rest.contains(QStringLiteral("--help"))) {
        out << usageText();
        out.flush();
        return ExitCode::Ok;
    }
    if (command == QLatin1String("list")) {
        if (!rest.isEmpty())
            return usageError(err, ProfileCommand::tr("\"list\" takes no arguments"));
        return listProfiles(out);
    }
    if (command == QLatin1String("add"))
        return addProfile(rest, in, out, err);
    if (command == QLatin1String("remove"))
        return removeProfile(rest, out, err);
    return usageError(err, ProfileCommand::tr("unknown command \"%1\": use list, add or remove").arg(command));
}

int ProfileCommand::run(CliContext &context, const QStringList &arguments)
{
    QTextStream in(stdin);
    return execute(arguments.mid(1), in, context.out(), context.err());
}

bool ProfileCommand::loadConfig(const QString &name, ClientConfig *config, QString *error)
{
    ProfileStore store;
    const QString chosen = name.isEmpty() ? store.currentProfileName() : name;
    const std::optional<Profile> profile = store.profile(chosen);
    if (!profile) {
        *error = chosen.isEmpty()
            ? ProfileCommand::tr("no profile given and none is current; create one with \"hss-image-cli profile add\"")
            : ProfileCommand::tr("there is no profile named \"%1\" (see \"hss-image-cli profile list\")").arg(chosen);
        return false;
    }
    CredentialStore credentials;
    ClientConfigLoader loader(&credentials);
    loader.load(*profile);
    waitFinished(&loader);
    if (!loader.isOk()) {
        *error = loader.errorString();
        return false;
    }
    *config = loader.config();
    return true;
}
