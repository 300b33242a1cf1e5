#include "app/net/redaction.h"

namespace Redaction {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "x-auth-token" || lower == "x-security-token"
        || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie";
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    return isSecretHeader(name) ? QByteArrayLiteral("[redacted]") : value;
}

} // namespace Redaction
