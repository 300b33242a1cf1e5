#include "tests/support/sandboxtestclient.h"

#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray SandboxTestClient::Response::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first.toLower() == lower)
            return h.second;
    }
    return {};
}

QJsonObject SandboxTestClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString SandboxTestClient::Response::errorCode() const
{
    return json().value(QStringLiteral("error_code")).toString();
}

QString SandboxTestClient::Response::errorMessage() const
{
    return json().value(QStringLiteral("error_msg")).toString();
}

SandboxTestClient::SandboxTestClient(const QUrl &endpoint, const QString &projectId)
    : m_endpoint(endpoint)
    , m_projectId(projectId)
{ }

SandboxTestClient::SandboxTestClient(const SandboxServer &server)
    : m_endpoint(server.endpoint())
    , m_projectId(server.projectId())
    , m_controlToken(server.controlToken())
{ }

Credentials SandboxTestClient::demoCredentials()
{
    Credentials c;
    c.accessKey = QLatin1String(SandboxCredentials::AccessKey);
    c.secretKey = QLatin1String(SandboxCredentials::SecretKey);
    return c;
}

Credentials SandboxTestClient::temporaryCredentials()
{
    Credentials c;
    c.mode = Credentials::Mode::TemporaryAkSk;
    c.accessKey = QLatin1String(SandboxCredentials::TemporaryAccessKey);
    c.secretKey = QLatin1String(SandboxCredentials::TemporarySecretKey);
    c.securityToken = QLatin1String(SandboxCredentials::SecurityToken);
    return c;
}

Credentials SandboxTestClient::iamToken(const QString &token)
{
    Credentials c;
    c.mode = Credentials::Mode::IamToken;
    c.authToken = token;
    return c;
}

SandboxTestClient::Response SandboxTestClient::send(const QByteArray &method,
                                                    const QString &apiPath,
                                                    const RequestSigner::QueryList &query,
                                                    const QByteArray &body, const Options &options)
{
    return sendTo(method, m_projectId, apiPath, query, body, options);
}

SandboxTestClient::Response
SandboxTestClient::sendTo(const QByteArray &method, const QString &projectId,
                          const QString &apiPath, const RequestSigner::QueryList &query,
                          const QByteArray &body, const Options &options)
{
    return wait(startTo(method, projectId, apiPath, query, body, options),
                options.transferTimeoutMs + 5000);
}

QNetworkReply *SandboxTestClient::start(const QByteArray &method, const QString &apiPath,
                                        const RequestSigner::QueryList &query,
                                        const QByteArray &body, const Options &options)
{
    return startTo(method, m_projectId, apiPath, query, body, options);
}

QNetworkReply *SandboxTestClient::startTo(const QByteArray &method, const QString &projectId,
                                          const QString &apiPath,
                                          const RequestSigner::QueryList &query,
                                          const QByteArray &body, const Options &options)
{
    QUrl url = m_endpoint;
    url.setPath(QStringLiteral("/v5/") + projectId + QLatin1Char('/') + apiPath);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(RequestSigner::canonicalQuery(query)), QUrl::StrictMode);

    RequestSigner::HeaderList headers{{"Content-Type", "application/json"}};
    const QByteArray projectHeader = options.projectIdHeader.value_or(projectId.toUtf8());
    if (!projectHeader.isEmpty())
        headers.append({"X-Project-Id", projectHeader});
    headers += options.extraHeaders;
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    RequestSigner::Signed signedRequest = RequestSigner::sign(
        method, url, headers, body, options.credentials.value_or(demoCredentials()), date);
    if (options.afterSigning)
        options.afterSigning(signedRequest.headers);

    QUrl wire = signedRequest.wireUrl;
    if (options.queryAfterSigning)
        wire.setQuery(QString::fromLatin1(*options.queryAfterSigning), QUrl::StrictMode);
    QNetworkRequest request(wire);
    for (const auto &h : std::as_const(signedRequest.headers)) {
        // Qt writes Host itself, with exactly the value the signer used.
        if (h.first.toLower() != "host")
            request.setRawHeader(h.first, h.second);
    }
    request.setTransferTimeout(options.transferTimeoutMs);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return m_manager.sendCustomRequest(request, method, options.bodyAfterSigning.value_or(body));
}

SandboxTestClient::Response
SandboxTestClient::control(const QByteArray &method, const QString &action, const QByteArray &body)
{
    QUrl url = m_endpoint;
    url.setPath(QStringLiteral("/sandbox/control/") + action);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_controlToken.isEmpty())
        request.setRawHeader(SandboxServer::ControlTokenHeader, m_controlToken);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    return wait(m_manager.sendCustomRequest(request, method, body));
}

SandboxTestClient::Response SandboxTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    Response r;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    r.contentLength = length.isValid() ? length.toLongLong() : -1;
    reply->deleteLater();
    return r;
}
