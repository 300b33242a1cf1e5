#include "app/results/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CsvReader::parse(csv);
    (void)CsvReader::parse(csv, QLatin1Char(';'));
    return 0;
}
