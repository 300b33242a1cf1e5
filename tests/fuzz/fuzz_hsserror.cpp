#include "app/net/hsserror.h"

#include <cstddef>
#include <cstdint>

// An error answer: the first two bytes pick the HTTP status, the rest is the body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 2,
                                                    qsizetype(size - 2));
    const HssError error = HssError::fromHttp(status, body, QStringLiteral("fuzz-request-id"));
    (void)error.toString();
    (void)error.isThrottling();
    return 0;
}
