// A large export download, `hss-image-cli download -o` against curl fetching the same signed
// request from the same local sandbox: throughput, peak memory of each, and the ratio measured
// in this run. Prints a table; not a test.
// Usage: bench_download [MiB of padding in the export, default 1024] [runs, default 2]
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/net/hssclient.h"
#include "bench/curlconfig.h"
#include "bench/measuredrun.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Best
{
    MeasuredRun fastest;
    double peakRssMb = 0;
    int runs = 0;

    void add(const MeasuredRun &run)
    {
        if (runs++ == 0 || run.wallMs < fastest.wallMs)
            fastest = run;
        peakRssMb = std::max(peakRssMb, run.maxRssMb);
    }
};

QStringList credentialsEnvironment()
{
    return {QStringLiteral("CLOUD_SDK_AK=") + QLatin1String(SandboxCredentials::AccessKey),
            QStringLiteral("CLOUD_SDK_SK=") + QLatin1String(SandboxCredentials::SecretKey),
            QStringLiteral("HSS_PROFILE="), QStringLiteral("HSS_AUTH_TOKEN=")};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1024;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 2;
    const QString cli = QStringLiteral(HSS_CLI_PATH);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl not found\n");
        return 1;
    }

    SandboxConfig sandbox;
    sandbox.imageCount = 450;
    sandbox.exportRunMs = 0;
    sandbox.exportPaddingBytes = mib * 1024 * 1024;
    // In a thread of its own, so this thread can wait for the child processes.
    SandboxFixture host;
    QString error;
    if (!host.startInThread(sandbox, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QStringList endpoint{QStringLiteral("--endpoint"), host.endpoint().toString(),
                               QStringLiteral("--project-id"), host.server()->projectId()};
    const QString exportOut = dir.filePath(QStringLiteral("export.txt"));
    const MeasuredRun exported =
        MeasuredRun::run(cli,
                         QStringList{QStringLiteral("export"), QStringLiteral("baseline"),
                                     QStringLiteral("--id"), QStringLiteral("5"),
                                     QStringLiteral("--wait"), QStringLiteral("--poll-interval"),
                                     QStringLiteral("0.05")}
                             + endpoint,
                         credentialsEnvironment(), exportOut);
    QString fileId;
    QFile exportText(exportOut);
    if (exported.ok() && exportText.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : exportText.readAll().split('\n')) {
            if (line.startsWith("file_id: "))
                fileId = QString::fromUtf8(line.mid(9));
        }
    }
    if (fileId.isEmpty()) {
        std::fprintf(stderr, "export failed: %s\n", exported.errorOutput.constData());
        return 1;
    }

    const QString target = dir.filePath(QStringLiteral("download.zip"));
    const QString config = dir.filePath(QStringLiteral("curl.cfg"));
    qint64 expected = -1;
    Best curlBest;
    Best cliBest;
    const auto check = [&](const char *who, const MeasuredRun &run) {
        const qint64 size = QFileInfo(target).size();
        if (!run.ok() || size < mib * 1024 * 1024 || (expected >= 0 && size != expected)) {
            std::fprintf(stderr, "%s download failed (exit %d, %lld bytes): %s\n", who, run.exitCode,
                         static_cast<long long>(size), run.errorOutput.constData());
            return false;
        }
        expected = size;
        QFile::remove(target);
        return true;
    };
    // Run 0 only warms up: the sandbox builds the archive on the first request.
    for (int n = 0; n <= runs; ++n) {
        // Signed now: a signature is valid for fifteen minutes.
        CurlConfig curlConfig;
        curlConfig.addGlobal("silent");
        curlConfig.addRequest(
            host.client()->prepare(ListDownloadExportedFileRequest{fileId, target, true}.toApiRequest()),
            target);
        if (!curlConfig.write(config)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(config));
            return 1;
        }
        const MeasuredRun byCurl = MeasuredRun::run(curl, {QStringLiteral("--config"), config});
        if (!check("curl", byCurl))
            return 1;
        if (n == 0)
            continue;
        curlBest.add(byCurl);
        const MeasuredRun byCli = MeasuredRun::run(
            cli, QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), target} + endpoint,
            credentialsEnvironment());
        if (!check("hss-image-cli", byCli))
            return 1;
        cliBest.add(byCli);
    }

    const double mb = double(expected) / 1e6;
    const auto rate = [&](const Best &b) { return mb / (b.fastest.wallMs / 1000.0); };
    std::printf("download of %.0f MB (%lld MiB padding), best of %d runs each, same sandbox\n\n", mb,
                static_cast<long long>(mib), runs);
    std::printf("| %-26s | %8s | %8s | %13s | %12s |\n", "client", "time (s)", "MB/s", "peak RSS (MB)",
                "CPU (s)");
    std::printf("|%s|%s|%s|%s|%s|\n", "----------------------------", "----------", "----------",
                "---------------", "--------------");
    const auto line = [&](const char *who, const Best &b) {
        std::printf("| %-26s | %8.2f | %8.0f | %13.1f | %12.2f |\n", who, b.fastest.wallMs / 1000.0,
                    rate(b), b.peakRssMb, b.fastest.cpuMs() / 1000.0);
    };
    line("curl", curlBest);
    line("hss-image-cli download -o", cliBest);
    std::printf("\nthroughput ratio cli/curl: %.2fx (target >= 0.90), cli peak RSS %.1f MB "
                "(target <= 40)\n",
                rate(cliBest) / rate(curlBest), cliBest.peakRssMb);
    return 0;
}
