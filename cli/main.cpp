#include "app/base/processhardening.h"
#include "cli/clicontext.h"
#include "cli/downloadcommand.h"
#include "cli/exportcommand.h"
#include "cli/imagescommand.h"
#include "cli/profilecommand.h"
#include "cli/restcommand.h"
#include "cli/scancommand.h"
#include "cli/synccommand.h"
#include "cli/taskcommand.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <functional>
#include <map>

namespace {

QString usageText()
{
    return QCoreApplication::translate("main",
        "Usage: hss-image-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  images list       list images, every API filter as an option\n"
        "  scan              scan images by reference or everything matching (--all)\n"
        "  export baseline   export baseline-check results; --wait and --download follow it\n"
        "  task status ID    show or follow an export task\n"
        "  download FILE_ID  download an exported file\n"
        "  sync              synchronise the image list from SWR\n"
        "  rest METHOD PATH  sign and send any request\n"
        "  profile list|add|remove  saved profiles; secrets go to the OS keychain\n"
        "\n"
        "Global options: --profile NAME | --endpoint URL | --region REGION, --project-id ID,\n"
        "  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run\n"
        "Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (plus CLOUD_SDK_SECURITY_TOKEN), or HSS_AUTH_TOKEN.\n"
        "Exit codes: 0 ok, 1 local failure, 2 usage, 3 API error, 4 network or TLS error,\n"
        "  5 profile or keychain error, 6 outcome unknown (may have been sent; check before retrying).\n"
        "Run 'hss-image-cli COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // Requests without a profile proxy follow the system's proxy settings, as browsers do.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(QStringLiteral("hss-image-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("hss-image-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HSS_VERSION));
    Translations::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context(out, err);

    using Command = std::function<int(CliContext &, const QStringList &)>;
    const std::map<QString, Command> commands{
        {QStringLiteral("images"), ImagesCommand::run},  {QStringLiteral("scan"), ScanCommand::run},
        {QStringLiteral("export"), ExportCommand::run},  {QStringLiteral("task"), TaskCommand::run},
        {QStringLiteral("download"), DownloadCommand::run}, {QStringLiteral("sync"), SyncCommand::run},
        {QStringLiteral("rest"), RestCommand::run},      {QStringLiteral("profile"), ProfileCommand::run},
    };

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help")
        || arguments.at(1) == QLatin1String("-h") || arguments.at(1) == QLatin1String("help")) {
        (arguments.size() < 2 ? err : out) << usageText();
        return arguments.size() < 2 ? ExitCode::Usage : ExitCode::Ok;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Ok;
    }
    const auto command = commands.find(arguments.at(1));
    if (command == commands.end()) {
        err << QCoreApplication::translate("main", "error: unknown command %1").arg(arguments.at(1)) << Qt::endl
            << usageText();
        return ExitCode::Usage;
    }
    // The command's parser sees "hss-image-cli <its own arguments>".
    arguments.removeAt(1);
    return command->second(context, arguments);
}
