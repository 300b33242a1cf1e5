#pragma once

#include "app/net/callrate.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxfaults.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything a sandbox instance is started with. The defaults are what `hss-sandbox` without
// options runs; tests shrink the durations so state changes happen within milliseconds.
struct SandboxConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port, see SandboxServer::endpoint()
    bool tls = false;

    QString projectId = QLatin1String(SandboxCredentials::ProjectId);
    QString accessKey = QLatin1String(SandboxCredentials::AccessKey);
    QString secretKey = QLatin1String(SandboxCredentials::SecretKey);
    QString temporaryAccessKey = QLatin1String(SandboxCredentials::TemporaryAccessKey);
    QString temporarySecretKey = QLatin1String(SandboxCredentials::TemporarySecretKey);
    QString securityToken = QLatin1String(SandboxCredentials::SecurityToken);
    QStringList iamTokens = {QLatin1String(SandboxCredentials::IamToken)};
    int maxClockSkewSeconds = 15 * 60; // the gateway's tolerance for X-Sdk-Date

    int imageCount = 2000;
    quint32 seed = 1;
    // Generated times are relative to this instant, not to "now", so one seed always yields the
    // same data. 2026-01-01T00:00:00Z.
    qint64 dataEpochMs = 1767225600000LL;

    int scanQueueMs = 2000; // waiting_for_scan
    int scanRunMs = 5000;   // scanning
    int scanFailEvery = 13; // every image whose id is a multiple of this fails its scan
    int exportRunMs = 3000; // export task "running"
    // A download is built in memory, so a full export of a huge registry is cut here to keep
    // the sandbox under 150 MB (50,000 records peak at about 105 MB).
    int maxExportRecords = 50000;
    // Zero bytes stored in every export download on top of its records, so a client's
    // download can be measured at any size (bench_download).
    qint64 exportPaddingBytes = 0;
    int recordedRequestLimit = 200;
    // Threads that authenticate and build image-list pages; 0 builds them in the server's own
    // thread, -1 uses one per core (at least two).
    int listWorkers = -1;
    // Serialised list pages kept for reuse while the registry does not change (0 = none).
    qint64 pageCacheBytes = 64 * 1024 * 1024;
    // List pages built as QJsonObjects and serialised by QJsonDocument, as the sandbox did before
    // it wrote them straight to bytes: the same bytes, about five times slower. bench_sandbox's old
    // set-up, and the reference the tests compare the direct pages with.
    bool documentListPages = false;
    // Empty: hss-image-baseline-<UTC yyyyMMddHHmmss>.zip, so exports of the same second share
    // a name, as the service's do. Set: every export file has this name, which makes that
    // clash certain for tests of the client's download naming.
    QString exportFileName;
    // A request body over this is refused with 413 from its Content-Length, before it is
    // buffered (a scan of 10,240 listed images with the longest names is about 3.5 MB). Recorded
    // bodies are cut to recordedBodyLimit, and the oldest records go once all recorded bodies
    // together pass recordedBytesLimit, so the sandbox's memory stays bounded whatever local
    // clients send.
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int recordedBodyLimit = 4 * 1024 * 1024;
    qint64 recordedBytesLimit = 32 * 1024 * 1024;
    // Required in the X-Sandbox-Control-Token header of every /sandbox/control/ request. Empty
    // means a fresh random token per run (see SandboxServer::controlToken()).
    QByteArray controlToken;

    SandboxFaults faults;
    // The gateway's rate limits per user and API (see GatewayLimiter); unlimited = off.
    CallRate gatewayLimits;
};
