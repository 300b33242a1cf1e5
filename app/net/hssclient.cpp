#include "app/net/hssclient.h"

#include "app/api/apienums.h"
#include "app/base/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RequestSigner::HeaderList baseHeaders(const ClientConfig &config)
{
    RequestSigner::HeaderList headers{{"Content-Type", "application/json"}};
    if (!config.projectId.isEmpty())
        headers.append({"X-Project-Id", config.projectId.toUtf8()});
    if (!config.regionId.isEmpty())
        headers.append({"region", config.regionId.toUtf8()});
    if (!config.userAgent.isEmpty())
        headers.append({"User-Agent", config.userAgent});
    return headers;
}

} // namespace

HssClient::HssClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    // The SDKs never cache or share cookies; neither do we.
    m_nam->setCookieJar(nullptr);
}

void HssClient::setConfig(const ClientConfig &config)
{
    m_config = config;
    m_config.endpoint = ClientConfig::normalizedEndpoint(config.endpoint);
    // A pooled connection keeps the TLS trust and proxy it was opened with; a new profile or
    // CA must not ride on it.
    m_nam->clearConnectionCache();
    // Unset means the application's proxy, which main() points at the system settings.
    m_nam->setProxy(m_config.proxy.value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));
}

void HssClient::setClock(HssReply::Clock clock)
{
    m_clock = std::move(clock);
}

void HssClient::setRandom(HssReply::Random random)
{
    m_random = std::move(random);
}

FieldErrors HssClient::validateConfig() const
{
    FieldErrors errors;
    const QUrl &endpoint = m_config.endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        errors.append({QStringLiteral("endpoint"), tr("must be an http:// or https:// address")});
    else if (!ClientConfig::isValidEndpoint(endpoint))
        errors.append({QStringLiteral("endpoint"),
                       tr("must be a plain host name or address, without user name or \"..\"")});
    if (m_config.projectId.isEmpty())
        errors.append({QStringLiteral("project_id"), tr("is required")});
    else if (!ClientConfig::isValidProjectId(m_config.projectId))
        errors.append({QStringLiteral("project_id"),
                       tr("must be 1 to %1 letters, digits, '.', '_' or '-', and not \".\" or \"..\"")
                           .arg(ClientConfig::MaxProjectIdLength)});
    if (!m_config.regionId.isEmpty() && !ClientConfig::isValidRegionId(m_config.regionId))
        errors.append({QStringLiteral("region"),
                       tr("must be 1 to %1 letters, digits, '_' or '-'").arg(ClientConfig::MaxRegionIdLength)});
    if (!m_config.enterpriseProjectId.isEmpty()
        && !ClientConfig::isValidEnterpriseProjectId(m_config.enterpriseProjectId))
        errors.append({QStringLiteral("enterprise_project_id"),
                       tr("must be 1 to %1 letters, digits, '_' or '-'")
                           .arg(ClientConfig::MaxEnterpriseProjectIdLength)});
    if (!m_config.credentials.isComplete())
        errors.append({QStringLiteral("credentials"),
                       tr("are incomplete for the chosen authentication mode")});
    return errors;
}

RequestSigner::Signed HssClient::prepare(const ApiRequest &request, const ClientConfig &config,
                                         const QDateTime &nowUtc)
{
    QString path = request.path;
    if (request.projectScoped)
        path = QStringLiteral("/v5/") + config.projectId + request.path;
    QUrl url = ClientConfig::normalizedEndpoint(config.endpoint);
    url.setPath(url.path() + path);

    RequestSigner::QueryList query = request.query;
    if (!config.enterpriseProjectId.isEmpty())
        query.append({QStringLiteral("enterprise_project_id"), config.enterpriseProjectId});
    const QByteArray encodedQuery = RequestSigner::canonicalQuery(query);
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);

    RequestSigner::HeaderList headers = baseHeaders(config);
    for (const auto &extra : request.extraHeaders) {
        const QByteArray lower = extra.first.toLower();
        const auto same = [&](const auto &h) { return h.first.toLower() == lower; };
        headers.erase(std::remove_if(headers.begin(), headers.end(), same), headers.end());
        headers.append(extra);
    }
    return RequestSigner::sign(request.method, url, headers, request.body, config.credentials, nowUtc);
}

RequestSigner::Signed HssClient::prepare(const ApiRequest &request) const
{
    return prepare(request, m_config, m_clock());
}

ApiRequest HssClient::listImagesRequest(const ImageListQuery &query)
{
    ApiRequest r;
    r.path = QStringLiteral("/image/swr-repository");
    r.query = query.toQuery();
    return r;
}

ApiRequest HssClient::batchScanRequest(const BatchScanRequest &request)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/image/batch-scan");
    r.body = compactJson(request.toJson());
    r.idempotent = false;
    return r;
}

ApiRequest HssClient::exportBaselineRequest(const BaselineExportRequest &request)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/image/baseline/export");
    r.query = request.toQuery();
    r.body = compactJson(request.toJson());
    r.idempotent = false;
    return r;
}

ApiRequest HssClient::queryExportTaskRequest(const QString &taskId)
{
    ApiRequest r;
    r.path = QStringLiteral("/export-task/") + taskId;
    return r;
}

ApiRequest HssClient::downloadRequest(const QString &fileId, const QString &targetPath, bool overwrite)
{
    ApiRequest r;
    r.path = QStringLiteral("/download/") + fileId;
    r.downloadPath = targetPath;
    r.overwriteDownload = overwrite;
    return r;
}

ApiRequest HssClient::synchronizeRequest(const QString &imageType)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/image/synchronize");
    r.body = compactJson({{QStringLiteral("image_type"), imageType}});
    r.idempotent = false;
    return r;
}

ApiRequest HssClient::synchronizeTaskRequest(const ImageSyncTaskRequest &request)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/image/image-sync/tasks");
    r.body = compactJson(request.toJson());
    r.idempotent = false;
    return r;
}

ApiRequest HssClient::securityReportStatisticRequest(const SecurityReportStatisticRequest &request)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/image/security-report/statistic");
    r.query = request.toQuery();
    r.body = compactJson(request.toJson());
    // A count changes nothing on the server, so it may be asked again after a failure.
    return r;
}

HssReply *HssClient::submit(HssReply::Operation operation, const ApiRequest &request,
                            const FieldErrors &inputErrors)
{
    auto *reply = new HssReply(operation, request, m_config, m_nam, m_clock, m_random, this);
    const FieldErrors errors = validateConfig() + inputErrors;
    if (!errors.isEmpty()) {
        qCInfo(lcNet).noquote() << request.method << request.path << "refused before sending";
        reply->failBeforeSending(HssError::invalidInput(errors));
    } else {
        reply->start();
    }
    return reply;
}

HssReply *HssClient::listImages(const ImageListQuery &query)
{
    return submit(HssReply::Operation::ListImages, listImagesRequest(query), query.validate());
}

HssReply *HssClient::batchScan(const BatchScanRequest &request)
{
    return submit(HssReply::Operation::BatchScan, batchScanRequest(request), request.validate());
}

HssReply *HssClient::exportBaseline(const BaselineExportRequest &request)
{
    return submit(HssReply::Operation::ExportBaseline, exportBaselineRequest(request),
                  request.validate());
}

bool HssClient::isSafeId(const QString &id)
{
    // Ids come from the service and end up as a path segment: nothing that could climb out.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

FieldErrors HssClient::validateRawRequest(const ApiRequest &request)
{
    FieldErrors errors;
    static const QRegularExpression method(QStringLiteral("^[A-Z]{1,32}$"));
    if (!method.match(QString::fromLatin1(request.method)).hasMatch())
        errors.append({QStringLiteral("method"), tr("must be a word of capital letters, like GET or POST")});
    // RFC 9110 token characters for names; values may hold any visible text, spaces and tabs.
    static const QRegularExpression name(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const auto &header : request.extraHeaders) {
        const bool controlInValue = std::any_of(header.second.begin(), header.second.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return (u < 0x20 && u != '\t') || u == 0x7F;
        });
        if (!name.match(QString::fromLatin1(header.first)).hasMatch() || controlInValue) {
            errors.append({QStringLiteral("header"),
                           tr("%1 has a character a header cannot carry (a line break or another "
                              "control character, or a space or separator in the name)")
                               .arg(QString::fromLatin1(header.first.toPercentEncoding()))});
        }
    }
    return errors;
}

HssReply *HssClient::queryExportTask(const QString &taskId)
{
    FieldErrors errors;
    if (!isSafeId(taskId))
        errors.append({QStringLiteral("task_id"),
                       tr("must have 1 to 64 letters, digits, dots, dashes or underscores")});
    return submit(HssReply::Operation::QueryExportTask, queryExportTaskRequest(taskId), errors);
}

HssReply *HssClient::downloadExportedFile(const QString &fileId, const QString &targetPath,
                                          bool overwrite)
{
    FieldErrors errors;
    if (!isSafeId(fileId))
        errors.append({QStringLiteral("file_id"),
                       tr("must have 1 to 64 letters, digits, dots, dashes or underscores")});
    if (targetPath.isEmpty())
        errors.append({QStringLiteral("path"), tr("is required")});
    else if (const QString problem = HssReply::targetProblem(targetPath, overwrite); !problem.isEmpty())
        errors.append({QStringLiteral("path"), problem});
    return submit(HssReply::Operation::DownloadFile, downloadRequest(fileId, targetPath, overwrite),
                  errors);
}

HssReply *HssClient::synchronizeImages(const QString &imageType)
{
    FieldErrors errors;
    if (!ApiEnums::syncImageTypes().contains(imageType))
        errors.append({QStringLiteral("image_type"),
                       tr("must be one of %1").arg(ApiEnums::syncImageTypes().join(QStringLiteral(", ")))});
    return submit(HssReply::Operation::SynchronizeImages, synchronizeRequest(imageType), errors);
}

HssReply *HssClient::createImageSynchronizeTask(const ImageSyncTaskRequest &request)
{
    return submit(HssReply::Operation::CreateSyncTask, synchronizeTaskRequest(request), request.validate());
}

HssReply *HssClient::securityReportStatistic(const SecurityReportStatisticRequest &request)
{
    FieldErrors errors = request.validate();
    if (m_config.regionId.isEmpty())
        errors.append({QStringLiteral("region"),
                       tr("is required by this call; the profile has a custom endpoint without a region")});
    return submit(HssReply::Operation::ReportStatistic, securityReportStatisticRequest(request), errors);
}

HssReply *HssClient::send(const ApiRequest &request)
{
    return submit(HssReply::Operation::Raw, request, validateRawRequest(request));
}
