#include "app/net/hsserror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int kMaxPlainMessage = 500;
constexpr int kMaxCodeLength = 64;
constexpr int kMaxRequestIdLength = 128;

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

bool extract(const QJsonObject &o, QString *code, QString *message, int depth)
{
    const QString errorCode = textOf(o.value(QStringLiteral("error_code")));
    const QString errorMsg = textOf(o.value(QStringLiteral("error_msg")));
    if (!errorCode.isEmpty() && !errorMsg.isEmpty()) {
        *code = errorCode;
        *message = errorMsg;
        return true;
    }
    const QString c = textOf(o.value(QStringLiteral("code")));
    const QString m = textOf(o.value(QStringLiteral("message")));
    if (!c.isEmpty() && !m.isEmpty()) {
        *code = c;
        *message = m;
        return true;
    }
    if (depth > 4)
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject() && extract(it->toObject(), code, message, depth + 1))
            return true;
        if (it->isArray()) {
            const QJsonArray array = it->toArray();
            for (const QJsonValue &item : array) {
                if (item.isObject() && extract(item.toObject(), code, message, depth + 1))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

bool HssError::isThrottling() const
{
    return httpStatus == 429 || code == QLatin1String("APIG.0308");
}

QString HssError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput: {
        QStringList parts;
        for (const FieldError &e : fieldErrors)
            parts.append(QStringLiteral("%1 %2").arg(e.field, e.message));
        return tr("Invalid input: %1").arg(parts.join(QStringLiteral("; ")));
    }
    case Kind::Api:
        text = code.isEmpty() ? tr("HTTP %1: %2").arg(httpStatus).arg(message)
                              : tr("%1 (HTTP %2): %3").arg(code).arg(httpStatus).arg(message);
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::InvalidResponse:
    case Kind::LocalFile:
    case Kind::Canceled:
    case Kind::OutcomeUnknown:
    case Kind::Throttled:
        text = message;
        break;
    }
    text = truncatedForDisplay(text);
    if (!detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(truncatedForDisplay(detail));
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("[request id %1]").arg(truncatedForDisplay(requestId, kMaxRequestIdLength));
    return text;
}

HssError HssError::fromHttp(int status, const QByteArray &body, const QString &requestIdHeader)
{
    HssError e;
    e.kind = Kind::Api;
    e.httpStatus = status;
    e.requestId = requestIdHeader;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        extract(o, &e.code, &e.message, 0);
        // A hostile answer can carry megabytes here; only what can be shown is kept.
        e.code = truncatedForDisplay(e.code, kMaxCodeLength);
        e.message = truncatedForDisplay(e.message);
        e.detail = truncatedForDisplay(o.value(QStringLiteral("encoded_authorization_message")).toString());
        if (e.requestId.isEmpty())
            e.requestId = truncatedForDisplay(o.value(QStringLiteral("request_id")).toString(), kMaxRequestIdLength);
    }
    if (e.message.isEmpty()) {
        e.message = truncatedForDisplay(QString::fromUtf8(body.left(4 * kMaxPlainMessage)).trimmed(), kMaxPlainMessage);
        if (e.message.isEmpty())
            e.message = tr("the service answered with HTTP status %1 and no explanation").arg(status);
    }
    return e;
}

HssError HssError::fromNetwork(QNetworkReply::NetworkError error, const QString &qtMessage)
{
    HssError e;
    e.networkError = error;
    e.detail = qtMessage;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.message = tr("The secure connection failed: the server's certificate is not trusted or "
                       "the TLS handshake was refused");
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = Kind::Network;
        e.message = tr("The endpoint refused the connection; check the endpoint address and port");
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = Kind::Network;
        e.message = tr("The endpoint's host name could not be resolved; check the region or endpoint "
                       "and the network");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = Kind::Network;
        e.message = tr("The server closed the connection before answering");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.kind = Kind::Network;
        e.message = tr("The proxy could not be used; check the proxy settings");
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.message = tr("The connection timed out");
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Canceled;
        e.message = tr("Canceled");
        break;
    default:
        e.kind = Kind::Network;
        e.message = tr("Network error: %1").arg(qtMessage);
        e.detail.clear();
        break;
    }
    return e;
}

HssError HssError::invalidInput(const FieldErrors &errors)
{
    HssError e;
    e.kind = Kind::InvalidInput;
    e.fieldErrors = errors;
    return e;
}

HssError HssError::outcomeUnknown(const HssError &cause)
{
    HssError e = cause;
    e.kind = Kind::OutcomeUnknown;
    e.message = tr("The request may have been sent; check before retrying (%1)").arg(cause.message);
    return e;
}

HssError HssError::throttled(const HssError &cause, int retryAfterMs)
{
    HssError e = cause;
    e.kind = Kind::Throttled;
    e.retryAfterMs = retryAfterMs;
    // Rounded up: trying again a moment too early is refused once more.
    const int seconds = std::max(1, (retryAfterMs + 999) / 1000);
    e.message = tr("The service refused the call because too many calls were made (throttled, %1); "
                   "nothing was done. Try again in %n second(s).", nullptr, seconds)
                    .arg(cause.code.isEmpty() ? QStringLiteral("HTTP %1").arg(cause.httpStatus) : cause.code);
    return e;
}

QString HssError::truncatedForDisplay(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1) + QChar(0x2026);
}

HssError HssError::canceled()
{
    HssError e;
    e.kind = Kind::Canceled;
    e.networkError = QNetworkReply::OperationCanceledError;
    e.message = tr("Canceled");
    return e;
}
