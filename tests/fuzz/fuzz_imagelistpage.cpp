#include "app/api/imagepagereader.h"
#include "app/api/listswrimagerepositoryresponse.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// A server answer as the client reads it: any bytes, JSON or not. The direct reader must never
// accept what the document path would remark on, nor read it differently.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<ListSwrImageRepositoryResponse> direct = ImagePageReader::read(bytes);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        if (direct)
            std::abort();
        return 0;
    }
    FieldErrors errors;
    const ListSwrImageRepositoryResponse parsed = ListSwrImageRepositoryResponse::fromJson(doc.object(), &errors);
    if (direct && (!errors.isEmpty() || direct->totalNum != parsed.totalNum || direct->images != parsed.images))
        std::abort();
    (void)QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact);
    return 0;
}
