#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// Checks a request the way the API gateway does (signing.md §6): SDK-HMAC-SHA256 recomputed
// with RequestSigner's own canonicalisation over the request as received, or an IAM token.
// The messages say exactly what is wrong, because the sandbox exists to debug clients.
class RequestAuthenticator
{
public:
    struct Incoming
    {
        QByteArray method;
        QString decodedPath;
        QByteArray rawQuery;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString pathProjectId;
    };

    explicit RequestAuthenticator(const SandboxConfig &config);

    SandboxError verify(const Incoming &request, const QDateTime &nowUtc) const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    SandboxError verifySignature(const Incoming &request, const QByteArray &authorization,
                                 const QDateTime &nowUtc) const;

    SandboxConfig m_config;
};
