#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hss-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local emulator of the Huawei Cloud HSS v5 container-image API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&](const char *name, const char *help, const char *valueName = nullptr,
                            const char *defaultValue = nullptr) {
        QCommandLineOption o(QLatin1String(name), QString::fromUtf8(help));
        if (valueName)
            o.setValueName(QLatin1String(valueName));
        if (defaultValue)
            o.setDefaultValue(QLatin1String(defaultValue));
        parser.addOption(o);
        return o;
    };
    const auto port = option("port", "TCP port (0 = any free port).", "port", "8085");
    const auto bind = option("bind", "Address to listen on.", "address", "127.0.0.1");
    const auto images = option("images", "Number of generated images.", "N", "2000");
    const auto seed = option("seed", "Seed of the generated registry.", "S", "1");
    const auto project =
        option("project-id", "Project id the sandbox serves.", "id", SandboxCredentials::ProjectId);
    const auto tls = option("tls", "Serve HTTPS with a freshly generated self-signed certificate.");
    const auto scanQueue =
        option("scan-queue-ms", "Time an image stays waiting_for_scan.", "ms", "2000");
    const auto scanRun = option("scan-run-ms", "Time an image stays scanning.", "ms", "5000");
    const auto exportRun =
        option("export-run-ms", "Time an export task stays running.", "ms", "3000");
    const auto latency = option("latency-ms", "Delay every /v5 response.", "ms");
    const auto throttleRate =
        option("throttle-rate", "Answer 429 above this many requests per second.", "n");
    const auto throttleEvery = option("throttle-every", "Answer 429 to every Nth request.", "n");
    const auto error500 = option("error-500-every", "Answer 500 to every Nth request.", "n");
    const auto resetEvery =
        option("reset-every", "Reset the connection on every Nth request.", "n");
    const auto malformed =
        option("malformed-every", "Send a malformed JSON body on every Nth request.", "n");
    const auto truncate = option("truncate-downloads", "Cut every download short.");
    const auto stall = option("stall-downloads", "Stop sending every download halfway.");
    const auto failExports = option("fail-exports", "Every export task ends in failure.");
    const auto gatewayLimits = option(
        "gateway-limits",
        "Enforce the gateway's rate limits per AK and API: 'documented' (5 calls a minute per "
        "user, 600 per API), or N/min or N/s per user (120 times that per API), answered 429 "
        "APIG.0308 with Retry-After. Default: unlimited.",
        "rate", "unlimited");
    const auto padding = option("export-padding-mb",
                                "Add this many MiB of stored zeros to every export download.", "MiB");
    const auto exitAfterStart =
        option("exit-after-start", "Generate, listen, report, then exit (timing).");
    parser.process(app);

    const auto number = [&](const QCommandLineOption &o) { return parser.value(o).toInt(); };
    SandboxConfig config;
    config.address = QHostAddress(parser.value(bind));
    config.port = quint16(number(port));
    config.imageCount = qMax(0, number(images));
    config.seed = parser.value(seed).toUInt();
    config.projectId = parser.value(project);
    config.tls = parser.isSet(tls);
    config.scanQueueMs = number(scanQueue);
    config.scanRunMs = number(scanRun);
    config.exportRunMs = number(exportRun);
    config.exportPaddingBytes = qint64(qMax(0, number(padding))) * 1024 * 1024;
    config.faults.latencyMs = number(latency);
    config.faults.throttleRate = number(throttleRate);
    config.faults.throttle.every = number(throttleEvery);
    config.faults.serverError.every = number(error500);
    config.faults.reset.every = number(resetEvery);
    config.faults.malformedJson.every = number(malformed);
    config.faults.truncateDownload.every = parser.isSet(truncate) ? 1 : 0;
    config.faults.stallDownload.every = parser.isSet(stall) ? 1 : 0;
    config.faults.failAllExports = parser.isSet(failExports);
    QString rateError;
    const std::optional<CallRate> limits = CallRate::parse(parser.value(gatewayLimits), &rateError);
    if (!limits) {
        QTextStream(stderr) << "hss-sandbox: --gateway-limits " << rateError << Qt::endl;
        return 2;
    }
    config.gatewayLimits = *limits;
    // A fixed token for scripts comes from the environment, never the command line, which every
    // local user can read.
    config.controlToken = qgetenv("HSS_SANDBOX_CONTROL_TOKEN");

    SandboxServer server(config);
    QString error;
    QTextStream out(stdout);
    if (!server.listen(&error)) {
        QTextStream(stderr) << "hss-sandbox: " << error << Qt::endl;
        return 1;
    }
    out << "hss-sandbox listening on " << server.endpoint().toString() << '\n'
        << "  images:         " << server.imageCount() << " (seed " << config.seed
        << ", generated in " << server.generationMs() << " ms)\n"
        << "  project id:     " << config.projectId << '\n'
        << "  access key:     " << config.accessKey << '\n'
        << "  secret key:     " << config.secretKey << '\n'
        << "  temporary AK:   " << config.temporaryAccessKey << " / SK "
        << config.temporarySecretKey << " / X-Security-Token " << config.securityToken << '\n'
        << "  IAM token:      " << config.iamTokens.join(QStringLiteral(", ")) << '\n'
        << "  control:        " << server.endpoint().toString() << "/sandbox/control/state\n"
        << "  control token:  " << server.controlToken() << " (header "
        << SandboxServer::ControlTokenHeader << ")\n"
        << "  gateway limits: " << config.gatewayLimits.toString() << '\n';
    if (config.tls)
        out << "  CA certificate: " << server.caCertificatePath() << '\n';
    out.flush();

    if (parser.isSet(exitAfterStart))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
