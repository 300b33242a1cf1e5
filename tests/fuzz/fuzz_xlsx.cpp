#include "app/results/xlsxsheetreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    XlsxSheetReader reader;
    // A small member cap keeps a zip bomb from exhausting the fuzzer's memory limit.
    if (reader.read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                    16 * 1024 * 1024))
        (void)reader.rows();
    else
        (void)reader.errorString();
    return 0;
}
