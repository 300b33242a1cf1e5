#include "app/base/processhardening.h"

#include "app/base/logging.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace ProcessHardening {

bool disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0) == 0;
    if (!limited || !undumpable)
        qCWarning(lcKeychain) << "could not disable core dumps; secrets could end up in one";
    return limited && undumpable;
#else
    return true;
#endif
}

} // namespace ProcessHardening
