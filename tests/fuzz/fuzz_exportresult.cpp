#include "app/api/batchexportbaselinetaskresponse.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

// A server answer as the client reads it: any bytes, JSON or not.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const BatchExportBaselineTaskResponse parsed = BatchExportBaselineTaskResponse::fromJson(doc.object());
    (void)QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact);
    return 0;
}
