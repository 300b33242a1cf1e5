#include "app/results/ziparchive.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ZipArchive zip;
    zip.setMaxMemberSize(16 * 1024 * 1024);
    if (!zip.openData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        return 0;
    const QList<ZipArchive::Member> members = zip.members();
    for (const ZipArchive::Member &m : members) {
        (void)zip.contains(m.name);
        (void)zip.read(m.name);
    }
    return 0;
}
