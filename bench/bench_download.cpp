// A large export download, `hss-image-cli download -o` against curl fetching the same signed
// request from the same local sandbox: throughput, peak memory of each, and the ratio measured
// in this run. Prints a table; not a test.
// Usage: bench_download [MiB of padding in the export, default 1024] [pairs of runs, default 5]
//
// The machine may be shared, so one fast or slow run must not decide the figure: curl and the
// CLI run in pairs, back to back, first one then the other in turn, and the headline is the
// median of the pairs' ratios, next to the ratio of each one's best run. Both write the same
// path (the CLI's temporary file sits beside it), which is removed, and the disk's write-back
// finished, after every run, so each starts with the same file system and page cache.
#include "app/api/listdownloadexportedfilerequest.h"
#include "app/net/hssclient.h"
#include "bench/curlconfig.h"
#include "bench/measuredrun.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr double kRatioGoal = 0.90;
constexpr double kRssGoalMb = 40;

struct Runs
{
    std::vector<MeasuredRun> all;

    const MeasuredRun &fastest() const
    {
        return *std::min_element(all.cbegin(), all.cend(), [](const MeasuredRun &a, const MeasuredRun &b) {
            return a.wallMs < b.wallMs;
        });
    }
    double medianWallMs() const
    {
        std::vector<double> walls;
        for (const MeasuredRun &run : all)
            walls.push_back(run.wallMs);
        return median(walls);
    }
    double peakRssMb() const
    {
        double peak = 0;
        for (const MeasuredRun &run : all)
            peak = std::max(peak, run.maxRssMb);
        return peak;
    }

    static double median(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
};

QStringList credentialsEnvironment()
{
    return {QStringLiteral("CLOUD_SDK_AK=") + QLatin1String(SandboxCredentials::AccessKey),
            QStringLiteral("CLOUD_SDK_SK=") + QLatin1String(SandboxCredentials::SecretKey),
            QStringLiteral("HSS_PROFILE="), QStringLiteral("HSS_AUTH_TOKEN=")};
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unknown");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.mid(0, 3).join(' ');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1024;
    const int pairs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
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
    // Every run leaves the folder as it found it: only the complete file, removed at once.
    const auto check = [&](const char *who, const MeasuredRun &run) {
        const qint64 size = QFileInfo(target).size();
        const bool complete = run.ok() && size >= mib * 1024 * 1024 && (expected < 0 || size == expected);
        QFile::remove(target);
        // The next run starts with nothing left to write back: curl leaves its gigabyte in the
        // page cache, and the CLI, which syncs its file before renaming it, queued behind that.
        ::sync();
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        if (!complete || left.contains(QFileInfo(target).fileName()) || left.size() > 2) {
            std::fprintf(stderr, "%s download failed (exit %d, %lld bytes, left: %s): %s\n", who,
                         run.exitCode, static_cast<long long>(size), qPrintable(left.join(u' ')),
                         run.errorOutput.constData());
            return false;
        }
        expected = size;
        return true;
    };
    const auto runCurl = [&]() -> std::optional<MeasuredRun> {
        // Signed now: a signature is valid for fifteen minutes.
        CurlConfig curlConfig;
        curlConfig.addGlobal("silent");
        curlConfig.addRequest(
            host.client()->prepare(ListDownloadExportedFileRequest{fileId, target, true}.toApiRequest()),
            target);
        if (!curlConfig.write(config)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(config));
            return std::nullopt;
        }
        const MeasuredRun run = MeasuredRun::run(curl, {QStringLiteral("--config"), config});
        return check("curl", run) ? std::optional<MeasuredRun>(run) : std::nullopt;
    };
    const auto runCli = [&]() -> std::optional<MeasuredRun> {
        const MeasuredRun run = MeasuredRun::run(
            cli, QStringList{QStringLiteral("download"), fileId, QStringLiteral("-o"), target} + endpoint,
            credentialsEnvironment());
        return check("hss-image-cli", run) ? std::optional<MeasuredRun>(run) : std::nullopt;
    };

    const QByteArray loadBefore = loadAverage();
    // One of each only warms up: the sandbox builds the archive on the first request, and both
    // programs are read from disk once.
    if (!runCurl() || !runCli())
        return 1;
    Runs curlRuns;
    Runs cliRuns;
    std::vector<double> ratios;
    for (int n = 0; n < pairs; ++n) {
        // Whoever runs second may find the machine warmer or busier: the order alternates.
        const bool curlFirst = n % 2 == 0;
        std::optional<MeasuredRun> first = curlFirst ? runCurl() : runCli();
        std::optional<MeasuredRun> second = first ? (curlFirst ? runCli() : runCurl()) : std::nullopt;
        if (!second)
            return 1;
        const MeasuredRun &byCurl = curlFirst ? *first : *second;
        const MeasuredRun &byCli = curlFirst ? *second : *first;
        curlRuns.all.push_back(byCurl);
        cliRuns.all.push_back(byCli);
        ratios.push_back(byCurl.wallMs / byCli.wallMs);
    }

    const double mb = double(expected) / 1e6;
    const auto rate = [&](double wallMs) { return mb / (wallMs / 1000.0); };
    std::printf("download of %.0f MB (%lld MiB padding), %d pairs of runs after one warm-up each, "
                "alternating who goes first; load average %s before, %s after\n\n",
                mb, static_cast<long long>(mib), pairs, loadBefore.constData(), loadAverage().constData());
    std::printf("| %-26s | %8s | %8s | %15s | %13s | %12s |\n", "client", "best (s)", "MB/s",
                "median (s)", "peak RSS (MB)", "CPU (s)");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "----------------------------", "----------", "----------",
                "-----------------", "---------------", "--------------");
    const auto line = [&](const char *who, const Runs &runs) {
        const MeasuredRun &best = runs.fastest();
        std::printf("| %-26s | %8.2f | %8.0f | %15.2f | %13.1f | %12.2f |\n", who, best.wallMs / 1000.0,
                    rate(best.wallMs), runs.medianWallMs() / 1000.0, runs.peakRssMb(),
                    best.cpuMs() / 1000.0);
    };
    line("curl", curlRuns);
    line("hss-image-cli download -o", cliRuns);

    QStringList each;
    for (const double ratio : ratios)
        each.append(QString::number(ratio, 'f', 2));
    const double medianRatio = Runs::median(ratios);
    const double bestRatio = curlRuns.fastest().wallMs / cliRuns.fastest().wallMs;
    const double rss = cliRuns.peakRssMb();
    const auto verdict = [](bool met) { return met ? "met" : "NOT met"; };
    std::printf("\nthroughput cli/curl per pair: %s\n", qPrintable(each.join(QStringLiteral(", "))));
    std::printf("throughput cli/curl: median of pairs %.2fx, best against best %.2fx "
                "(goal >= %.2fx for both: %s)\n",
                medianRatio, bestRatio, kRatioGoal,
                verdict(medianRatio >= kRatioGoal && bestRatio >= kRatioGoal));
    std::printf("cli peak RSS, worst run: %.1f MB (goal <= %.0f MB: %s)\n", rss, kRssGoalMb,
                verdict(rss <= kRssGoalMb));
    return 0;
}
