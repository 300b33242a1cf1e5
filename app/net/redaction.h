#pragma once

#include <QByteArray>

// Headers that carry a credential. Whatever prints or logs a request goes through here.
namespace Redaction {

bool isSecretHeader(const QByteArray &name);
QByteArray headerValue(const QByteArray &name, const QByteArray &value);

} // namespace Redaction
