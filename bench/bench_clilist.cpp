// `hss-image-cli images list --all-pages` in csv and json against curl fetching the same signed
// page requests with the same number in flight, from the same sandbox, with and without added
// latency: wall time ratios, the CLI's CPU (user+sys) and its peak memory. Prints a table; not
// a test.
// Usage: bench_clilist [images in the sandbox, default 182000] [runs, default 2]
#include "app/api/apienums.h"
#include "app/api/listswrimagerepositoryrequest.h"
#include "app/net/hssclient.h"
#include "bench/curlconfig.h"
#include "bench/measuredrun.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kPageSize = 200;
constexpr int kInFlight = 4; // what `--all-pages` uses

struct Best
{
    MeasuredRun fastest;
    double peakRssMb = 0;
    double leastCpuMs = 0;
    int runs = 0;

    void add(const MeasuredRun &run)
    {
        if (runs++ == 0) {
            fastest = run;
            leastCpuMs = run.cpuMs();
        }
        if (run.wallMs < fastest.wallMs)
            fastest = run;
        leastCpuMs = std::min(leastCpuMs, run.cpuMs());
        peakRssMb = std::max(peakRssMb, run.maxRssMb);
    }
};

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        lines += chunk.count('\n');
    }
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int imageCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 182000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 2;
    const QString cli = QStringLiteral(HSS_CLI_PATH);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl not found\n");
        return 1;
    }

    SandboxConfig sandbox;
    sandbox.imageCount = imageCount;
    SandboxFixture host;
    QString error;
    if (!host.startInThread(sandbox, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    HssClient &client = *host.client();
    ListSwrImageRepositoryRequest query;
    query.filter.imageType = QStringLiteral("private_image");
    query.limit = kPageSize;
    auto first = SandboxFixture::owned(SandboxFixture::finish(client.send(query)));
    if (!first->isOk()) {
        std::fprintf(stderr, "first page: %s\n", qPrintable(first->error().toString()));
        return 1;
    }
    const qint64 total = first->response().totalNum;
    const qint64 end = std::min<qint64>(total, ApiEnums::MaxOffset + kPageSize);
    const qint64 pages = (end + kPageSize - 1) / kPageSize;

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("curl.cfg"));
    const QString output = dir.filePath(QStringLiteral("out"));
    const QStringList environment{
        QStringLiteral("CLOUD_SDK_AK=") + QLatin1String(SandboxCredentials::AccessKey),
        QStringLiteral("CLOUD_SDK_SK=") + QLatin1String(SandboxCredentials::SecretKey),
        QStringLiteral("HSS_PROFILE="), QStringLiteral("HSS_AUTH_TOKEN=")};
    const QStringList listArguments{QStringLiteral("images"), QStringLiteral("list"),
                                    QStringLiteral("--image-type"), QStringLiteral("private_image"),
                                    QStringLiteral("--all-pages"), QStringLiteral("--endpoint"),
                                    host.endpoint().toString(), QStringLiteral("--project-id"),
                                    host.server()->projectId(), QStringLiteral("--output")};

    std::printf("%lld private_image rows of %d images, %lld pages of %d, %d requests in flight, "
                "best of %d runs\n",
                static_cast<long long>(total), imageCount, static_cast<long long>(pages), kPageSize,
                kInFlight, runs);
    for (const int latencyMs : {50, 0}) {
        host.server()->mergeFaults(QJsonObject{{QStringLiteral("latency_ms"), latencyMs}});
        Best curlBest;
        Best csvBest;
        Best jsonBest;
        for (int n = 0; n < runs; ++n) {
            // Signed now: a signature is valid for fifteen minutes.
            CurlConfig curlConfig;
            curlConfig.addGlobal("silent");
            curlConfig.addGlobal("parallel");
            curlConfig.addGlobal("parallel-max = " + QByteArray::number(kInFlight));
            for (qint64 offset = 0; offset < end; offset += kPageSize) {
                ListSwrImageRepositoryRequest page = query;
                page.offset = offset;
                curlConfig.addRequest(client.prepare(page.toApiRequest()), QStringLiteral("/dev/null"));
            }
            if (!curlConfig.write(config)) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(config));
                return 1;
            }
            const MeasuredRun byCurl = MeasuredRun::run(curl, {QStringLiteral("--config"), config});
            const MeasuredRun csv = MeasuredRun::run(cli, listArguments + QStringList{QStringLiteral("csv")},
                                                     environment, output);
            const qint64 csvLines = lineCount(output);
            const MeasuredRun json = MeasuredRun::run(
                cli, listArguments + QStringList{QStringLiteral("json")}, environment, output);
            if (!byCurl.ok() || !csv.ok() || !json.ok() || csvLines != total + 1) {
                std::fprintf(stderr, "a run failed: curl %d, csv %d (%lld lines), json %d\n%s%s%s",
                             byCurl.exitCode, csv.exitCode, static_cast<long long>(csvLines),
                             json.exitCode, byCurl.errorOutput.constData(), csv.errorOutput.constData(),
                             json.errorOutput.constData());
                return 1;
            }
            curlBest.add(byCurl);
            csvBest.add(csv);
            jsonBest.add(json);
        }
        const double reference = curlBest.fastest.wallMs;
        std::printf("\nlatency %d ms per call\n", latencyMs);
        std::printf("| %-22s | %8s | %13s | %13s | %13s |\n", "client", "wall (s)", "ratio to curl",
                    "CPU u+s (s)", "peak RSS (MB)");
        std::printf("|%s|%s|%s|%s|%s|\n", "------------------------", "----------", "---------------",
                    "---------------", "---------------");
        const auto line = [&](const char *who, const Best &b) {
            std::printf("| %-22s | %8.2f | %12.2fx | %13.2f | %13.1f |\n", who, b.fastest.wallMs / 1000.0,
                        b.fastest.wallMs / reference, b.leastCpuMs / 1000.0, b.peakRssMb);
        };
        line("curl --parallel", curlBest);
        line("hss-image-cli csv", csvBest);
        line("hss-image-cli json", jsonBest);
    }
    std::printf("\ntargets: at 50 ms wall <= 1.05x curl; CPU csv <= 0.5 s, json <= 0.8 s; "
                "RSS <= 50 MB\n");
    return 0;
}
