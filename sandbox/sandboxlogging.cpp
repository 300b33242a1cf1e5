#include "sandbox/sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "hss.sandbox", QtInfoMsg)
