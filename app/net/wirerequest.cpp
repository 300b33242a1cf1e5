#include "app/net/wirerequest.h"

namespace {

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

RequestSigner::Signed WireRequest::sign(const ApiRequest &request, const ClientConfig &config,
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
