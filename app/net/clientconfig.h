#pragma once

#include "app/net/callrate.h"
#include "app/net/credentials.h"
#include "app/net/retrypolicy.h"

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

// Everything a call needs to know about where it goes and as whom. A snapshot is taken per
// call, so switching profiles never changes a request already under way.
struct ClientConfig
{
    QUrl endpoint;       // https://hss.<region>.myhuaweicloud.com or a custom one
    QString regionId;    // sent as the `region` header when set
    QString projectId;
    QString enterpriseProjectId; // empty: not sent (the service's default project "0")
    Credentials credentials;
    int transferTimeoutMs = 60000; // idle: no byte moved for this long
    // Overall, from the first attempt to the last retry: a server dripping one byte at a time
    // keeps the idle timer happy but must not hold a call forever.
    int requestDeadlineMs = 5 * 60 * 1000;
    int downloadDeadlineMs = 60 * 60 * 1000;
    // JSON answers are held in memory; a misbehaving endpoint must not be able to fill it.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    RetryPolicy retry;
    // Per operation, for this identity. Unset here means unlimited (the sandbox and tests);
    // a saved profile says "documented" unless told otherwise.
    CallRate callRate;
    std::optional<QNetworkProxy> proxy; // unset: the system's proxy settings
    QList<QSslCertificate> extraCaCertificates;
    QByteArray userAgent = "HSS-Image-Desk/0.1 (Qt 6)";

    static constexpr int MaxProjectIdLength = 256;
    static constexpr int MaxEnterpriseProjectIdLength = 256;
    static constexpr int MaxRegionIdLength = 128;

    // Values that become part of the URL path (project id) or of the request (region header,
    // enterprise_project_id, host): nothing that could climb out of /v5/{project_id}/ or reach
    // another path of the server (such as a sandbox's control routes).
    static bool isValidProjectId(const QString &projectId);
    static bool isValidEnterpriseProjectId(const QString &id);
    static bool isValidRegionId(const QString &regionId);
    static bool isValidEndpoint(const QUrl &endpoint);

    // Drops a default port and a trailing slash so the signed host equals what Qt sends.
    static QUrl normalizedEndpoint(const QUrl &endpoint);
};
