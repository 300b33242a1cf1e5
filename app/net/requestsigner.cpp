#include "app/net/requestsigner.h"

#include "app/base/logging.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

const QByteArray kUnsignedPayloadHeader = QByteArrayLiteral("x-sdk-content-sha256");

QByteArray rfc3986(const QString &text)
{
    // Qt's default exclusion set is exactly RFC 3986 "unreserved", with upper-case hex.
    return QUrl::toPercentEncoding(text);
}

bool containsHeader(const RequestSigner::HeaderList &headers, const QByteArray &lowerName)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.toLower() == lowerName;
    });
}

} // namespace

QByteArray RequestSigner::formatDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime RequestSigner::parseDate(const QByteArray &sdkDate)
{
    if (sdkDate.size() != 16)
        return {};
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(sdkDate),
                                             QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

RequestSigner::QueryList RequestSigner::parseQuery(const QByteArray &encodedQuery)
{
    QueryList params;
    if (encodedQuery.isEmpty())
        return params;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

QByteArray RequestSigner::canonicalQuery(QueryList params)
{
    // Raw (decoded) strings sort by UTF-16 code unit, like the Go, Node and Python SDKs.
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second < b.second;
    });
    QByteArrayList parts;
    parts.reserve(params.size());
    for (const auto &param : std::as_const(params))
        parts.append(rfc3986(param.first) + '=' + rfc3986(param.second));
    return parts.join('&');
}

QByteArray RequestSigner::encodedPath(const QString &decodedPath)
{
    const QStringList segments = decodedPath.split(QLatin1Char('/'));
    QByteArrayList encoded;
    encoded.reserve(segments.size());
    for (const QString &segment : segments)
        encoded.append(rfc3986(segment));
    QByteArray path = encoded.join('/');
    if (path.isEmpty())
        path = "/";
    return path;
}

QByteArray RequestSigner::canonicalUri(const QString &decodedPath)
{
    QByteArray uri = encodedPath(decodedPath);
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray RequestSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLower().toLatin1();
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray RequestSigner::trimmedHeaderValue(const QByteArray &value)
{
    return value.trimmed();
}

QByteArray RequestSigner::payloadHash(const HeaderList &headers, const QByteArray &body)
{
    for (const auto &header : headers) {
        if (header.first.toLower() == kUnsignedPayloadHeader)
            return trimmedHeaderValue(header.second);
    }
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigner::canonicalRequest(const QByteArray &method,
                                           const QByteArray &canonicalUriValue,
                                           const QByteArray &canonicalQueryValue,
                                           const HeaderList &signedHeadersSorted,
                                           const QByteArray &payloadHashValue)
{
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &header : signedHeadersSorted) {
        canonicalHeaders += header.first + ':' + header.second + '\n';
        names.append(header.first);
    }
    return method.toUpper() + '\n' + canonicalUriValue + '\n' + canonicalQueryValue + '\n'
        + canonicalHeaders + '\n' + names.join(';') + '\n' + payloadHashValue;
}

QByteArray RequestSigner::stringToSign(const QByteArray &sdkDate, const QByteArray &canonical)
{
    return QByteArray(Algorithm) + '\n' + sdkDate + '\n'
        + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigner::signature(const QByteArray &toSign, const QString &secretKey)
{
    return QMessageAuthenticationCode::hash(toSign, secretKey.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

RequestSigner::Signed RequestSigner::sign(const QByteArray &method, const QUrl &url,
                                          const HeaderList &headers, const QByteArray &body,
                                          const Credentials &credentials, const QDateTime &nowUtc)
{
    Signed out;
    const QString decodedPath = url.path(QUrl::FullyDecoded);
    const QByteArray query = canonicalQuery(parseQuery(url.query(QUrl::FullyEncoded).toLatin1()));

    QByteArray wire = url.scheme().toLatin1() + "://" + hostHeader(url) + encodedPath(decodedPath);
    if (!query.isEmpty())
        wire += '?' + query;
    out.wireUrl = QUrl::fromEncoded(wire, QUrl::StrictMode);

    for (const auto &header : headers)
        out.headers.append({header.first, trimmedHeaderValue(header.second)});

    if (!credentials.signsRequests()) {
        out.headers.append({QByteArrayLiteral("X-Auth-Token"), credentials.authToken.toUtf8()});
        return out;
    }

    if (credentials.mode == Credentials::Mode::TemporaryAkSk
        && !containsHeader(out.headers, QByteArrayLiteral("x-security-token"))) {
        out.headers.append({QByteArrayLiteral("X-Security-Token"), credentials.securityToken.toUtf8()});
    }
    out.sdkDate = formatDate(nowUtc);
    out.headers.append({QByteArrayLiteral("X-Sdk-Date"), out.sdkDate});
    if (!containsHeader(out.headers, QByteArrayLiteral("host")))
        out.headers.append({QByteArrayLiteral("host"), hostHeader(url)});

    HeaderList toSign;
    toSign.reserve(out.headers.size());
    for (const auto &header : std::as_const(out.headers))
        toSign.append({header.first.toLower(), header.second});
    std::stable_sort(toSign.begin(), toSign.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArrayList names;
    for (const auto &header : std::as_const(toSign))
        names.append(header.first);
    out.signedHeaders = names.join(';');

    out.canonicalRequest = canonicalRequest(method, canonicalUri(decodedPath), query, toSign,
                                            payloadHash(out.headers, body));
    out.stringToSign = stringToSign(out.sdkDate, out.canonicalRequest);
    out.signature = signature(out.stringToSign, credentials.secretKey);
    out.authorization = QByteArray(Algorithm) + " Access=" + credentials.accessKey.toUtf8()
        + ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;
    out.headers.append({QByteArrayLiteral("Authorization"), out.authorization});
    qCDebug(lcSign) << "signed" << method << out.wireUrl.toString(QUrl::FullyEncoded)
                    << "headers" << out.signedHeaders;
    return out;
}
