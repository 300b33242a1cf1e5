#include "app/api/imagefilter.h"
#include "app/net/requestsigner.h"

#include <cstddef>
#include <cstdint>

// A raw query string as it arrives on the wire: decoded, canonicalised for signing and read as
// the list filter the sandbox (and the CLI) take from it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const RequestSigner::QueryList query = RequestSigner::parseQuery(raw);
    (void)RequestSigner::canonicalQuery(query);
    (void)RequestSigner::canonicalUri(QString::fromUtf8(raw));
    FieldErrors errors;
    const ImageFilter filter = ImageFilter::fromQuery(query, &errors);
    (void)filter.validate(ImageFilter::Use::List);
    return 0;
}
