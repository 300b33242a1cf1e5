#pragma once

#include "app/api/httpfields.h"
#include "app/net/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// SDK-HMAC-SHA256 as the official Huawei Cloud SDKs produce it (Node/Python/C++ rule: every
// header the client sets is signed, plus host and x-sdk-date). The pieces are public so the
// sandbox can verify requests with the very same canonicalisation.
class RequestSigner
{
public:
    using HeaderList = ::HeaderList;
    using QueryList = ::QueryList;

    struct Signed
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature;
        QByteArray signedHeaders;
        QByteArray authorization;
        QByteArray sdkDate;
        HeaderList headers; // everything to send: the caller's (trimmed) and the added ones
        QUrl wireUrl;       // path re-encoded, query in canonical form: exactly what was signed
    };

    static constexpr const char *Algorithm = "SDK-HMAC-SHA256";

    // Signs (or, for an IAM token, just authenticates) a request. `url` may carry an encoded
    // query; it is decoded, sorted and re-encoded. Host is taken from the URL, as Qt sends it.
    static Signed sign(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                       const QByteArray &body, const Credentials &credentials,
                       const QDateTime &nowUtc);

    static QByteArray formatDate(const QDateTime &utc);
    static QDateTime parseDate(const QByteArray &sdkDate);

    // Decodes an encoded query: '&' separated, first '=' splits, '+' stays a plus.
    static QueryList parseQuery(const QByteArray &encodedQuery);
    static QByteArray canonicalQuery(QueryList params);
    static QByteArray encodedPath(const QString &decodedPath);
    static QByteArray canonicalUri(const QString &decodedPath);
    static QByteArray hostHeader(const QUrl &url);
    static QByteArray payloadHash(const HeaderList &headers, const QByteArray &body);
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUri,
                                       const QByteArray &canonicalQuery,
                                       const HeaderList &signedHeadersSorted,
                                       const QByteArray &payloadHash);
    static QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);
    static QByteArray signature(const QByteArray &stringToSign, const QString &secretKey);
    static QByteArray trimmedHeaderValue(const QByteArray &value);
};
