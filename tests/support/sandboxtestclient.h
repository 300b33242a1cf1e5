#pragma once

#include "app/net/credentials.h"
#include "app/net/requestsigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class SandboxServer;

// Talks to a sandbox over real HTTP the way the SDKs do: JSON content type, X-Project-Id,
// SDK-HMAC-SHA256 from RequestSigner. Hooks let a test break the request after signing.
// Ways to send a request differently from a well-behaved client. Outside the client class only
// because GCC cannot use a nested type with member initialisers as a default argument there.
struct SandboxRequestOptions
{
    std::optional<Credentials> credentials;
    QDateTime date; // invalid = now
    std::optional<QByteArray> projectIdHeader;
    RequestSigner::HeaderList extraHeaders; // set before signing, so they are signed
    std::function<void(RequestSigner::HeaderList &)> afterSigning;
    std::optional<QByteArray> bodyAfterSigning;
    std::optional<QByteArray> queryAfterSigning; // raw encoded query
    int transferTimeoutMs = 15000;
};

class SandboxTestClient
{
public:
    struct Response
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 contentLength = -1;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QString errorCode() const;
        QString errorMessage() const;
    };

    using Options = SandboxRequestOptions;

    SandboxTestClient(const QUrl &endpoint, const QString &projectId);
    // Endpoint, project and control token of an in-process sandbox.
    explicit SandboxTestClient(const SandboxServer &server);

    // Sent with every control() call; a sandbox started as a process prints it in its banner.
    void setControlToken(const QByteArray &token) { m_controlToken = token; }

    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    Response send(const QByteArray &method, const QString &apiPath,
                  const RequestSigner::QueryList &query = {}, const QByteArray &body = {},
                  const Options &options = {});
    Response sendTo(const QByteArray &method, const QString &projectId, const QString &apiPath,
                    const RequestSigner::QueryList &query, const QByteArray &body,
                    const Options &options);
    // /sandbox/control/<action> with the control token, if one was given.
    Response control(const QByteArray &method, const QString &action, const QByteArray &body = {});
    QNetworkReply *start(const QByteArray &method, const QString &apiPath,
                         const RequestSigner::QueryList &query = {}, const QByteArray &body = {},
                         const Options &options = {});
    static Response wait(QNetworkReply *reply, int timeoutMs = 15000);

    static Credentials demoCredentials();
    static Credentials temporaryCredentials();
    static Credentials iamToken(const QString &token);

private:
    QNetworkReply *startTo(const QByteArray &method, const QString &projectId,
                           const QString &apiPath, const RequestSigner::QueryList &query,
                           const QByteArray &body, const Options &options);

    QNetworkAccessManager m_manager;
    QUrl m_endpoint;
    QString m_projectId;
    QByteArray m_controlToken;
    std::optional<QSslConfiguration> m_ssl;
};
