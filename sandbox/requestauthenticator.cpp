#include "sandbox/requestauthenticator.h"

#include "app/net/requestsigner.h"
#include "sandbox/sandboxlogging.h"

namespace {

const QString kSignatureCode = QStringLiteral("APIGW.0301");
const QString kAccessCode = QStringLiteral("APIGW.0306");

SandboxError unauthorized(const QString &detail)
{
    return {401, kSignatureCode,
            QStringLiteral("Incorrect IAM authentication information: ") + detail};
}

SandboxError forbidden(const QString &detail)
{
    return {403, kAccessCode, QStringLiteral("Access denied: ") + detail};
}

const QByteArray *findHeader(const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &lowerName)
{
    for (const auto &h : headers) {
        if (h.first.toLower() == lowerName)
            return &h.second;
    }
    return nullptr;
}

} // namespace

RequestAuthenticator::RequestAuthenticator(const SandboxConfig &config)
    : m_config(config)
{ }

bool RequestAuthenticator::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

SandboxError RequestAuthenticator::verify(const Incoming &request, const QDateTime &nowUtc) const
{
    if (request.pathProjectId != m_config.projectId)
        return forbidden(QStringLiteral("project %1 in the path is not this sandbox's project (%2)")
                             .arg(request.pathProjectId, m_config.projectId));

    const QByteArray *authorization = findHeader(request.headers, "authorization");
    if (authorization) {
        const SandboxError error = verifySignature(request, authorization->trimmed(), nowUtc);
        if (error.isError())
            return error;
    } else if (const QByteArray *token = findHeader(request.headers, "x-auth-token")) {
        if (!m_config.iamTokens.contains(QString::fromUtf8(token->trimmed())))
            return unauthorized(QStringLiteral("the X-Auth-Token is not a valid token"));
    } else {
        return unauthorized(QStringLiteral(
            "neither an Authorization (SDK-HMAC-SHA256) nor an X-Auth-Token header was sent"));
    }

    if (const QByteArray *projectHeader = findHeader(request.headers, "x-project-id")) {
        const QString headerProject = QString::fromUtf8(projectHeader->trimmed());
        if (headerProject != request.pathProjectId)
            return forbidden(
                QStringLiteral("X-Project-Id %1 differs from the project %2 in the path")
                    .arg(headerProject, request.pathProjectId));
    }
    return {};
}

SandboxError RequestAuthenticator::verifySignature(const Incoming &request,
                                                   const QByteArray &authorization,
                                                   const QDateTime &nowUtc) const
{
    const QByteArray prefix = QByteArray(RequestSigner::Algorithm) + ' ';
    if (!authorization.startsWith(prefix))
        return unauthorized(QStringLiteral("the Authorization header must start with %1")
                                .arg(QLatin1String(RequestSigner::Algorithm)));

    QByteArray access, signedHeaders, signature;
    const QList<QByteArray> parts = authorization.mid(prefix.size()).split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        if (part.startsWith("Access="))
            access = part.mid(7);
        else if (part.startsWith("SignedHeaders="))
            signedHeaders = part.mid(14);
        else if (part.startsWith("Signature="))
            signature = part.mid(10);
    }
    if (access.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty())
        return unauthorized(QStringLiteral("the Authorization header needs Access=, SignedHeaders= "
                                           "and Signature= separated by \", \""));

    QString secretKey;
    const QString accessKey = QString::fromUtf8(access);
    if (accessKey == m_config.accessKey) {
        secretKey = m_config.secretKey;
    } else if (accessKey == m_config.temporaryAccessKey) {
        const QByteArray *token = findHeader(request.headers, "x-security-token");
        if (!token)
            return unauthorized(
                QStringLiteral("access key %1 is temporary and needs an X-Security-Token header")
                    .arg(accessKey));
        if (QString::fromUtf8(token->trimmed()) != m_config.securityToken)
            return unauthorized(
                QStringLiteral("the X-Security-Token does not belong to temporary access key %1")
                    .arg(accessKey));
        secretKey = m_config.temporarySecretKey;
    } else {
        return unauthorized(QStringLiteral("access key %1 does not exist").arg(accessKey));
    }

    const QList<QByteArray> names = signedHeaders.split(';');
    if (!names.contains("x-sdk-date"))
        return unauthorized(QStringLiteral("x-sdk-date must be listed in SignedHeaders"));
    const QByteArray *date = findHeader(request.headers, "x-sdk-date");
    if (!date)
        return unauthorized(QStringLiteral("the X-Sdk-Date header is missing"));
    const QDateTime signedAt = RequestSigner::parseDate(date->trimmed());
    if (!signedAt.isValid())
        return unauthorized(QStringLiteral("X-Sdk-Date %1 is not in the form YYYYMMDDTHHMMSSZ")
                                .arg(QString::fromLatin1(*date)));
    const qint64 skew = qAbs(signedAt.secsTo(nowUtc));
    if (skew > m_config.maxClockSkewSeconds)
        return unauthorized(QStringLiteral("X-Sdk-Date %1 is %2 s away from the server time %3 "
                                           "(at most %4 s allowed); check the client clock")
                                .arg(QString::fromLatin1(*date))
                                .arg(skew)
                                .arg(QString::fromLatin1(RequestSigner::formatDate(nowUtc)))
                                .arg(m_config.maxClockSkewSeconds));

    RequestSigner::HeaderList signedList;
    for (const QByteArray &name : names) {
        const QByteArray lower = name.trimmed().toLower();
        const QByteArray *value = findHeader(request.headers, lower);
        if (!value)
            return unauthorized(
                QStringLiteral("header %1 is listed in SignedHeaders but was not sent")
                    .arg(QString::fromLatin1(lower)));
        signedList.append({lower, RequestSigner::trimmedHeaderValue(*value)});
    }

    const QByteArray canonical = RequestSigner::canonicalRequest(
        request.method, RequestSigner::canonicalUri(request.decodedPath),
        RequestSigner::canonicalQuery(RequestSigner::parseQuery(request.rawQuery)), signedList,
        RequestSigner::payloadHash(request.headers, request.body));
    const QByteArray expected = RequestSigner::signature(
        RequestSigner::stringToSign(date->trimmed(), canonical), secretKey);
    if (!constantTimeEquals(expected, signature.toLower())) {
        // The real gateway echoes its canonical request with '|' for newlines; so do we, since
        // it is the fastest way to spot which part the client canonicalised differently.
        QByteArrayList lines = canonical.split('\n');
        for (QByteArray &line : lines) {
            if (line.startsWith("x-security-token:"))
                line = "x-security-token:<redacted>";
        }
        const QByteArray echoed = lines.join('|');
        qCDebug(lcSandbox) << "signature mismatch, canonical request" << echoed;
        return unauthorized(QStringLiteral("verify aksk signature fail, canonical request: %1")
                                .arg(QString::fromUtf8(echoed)));
    }
    return {};
}
