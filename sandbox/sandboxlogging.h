#pragma once

#include <QLoggingCategory>

// "QT_LOGGING_RULES=hss.sandbox.debug=true" shows every request the sandbox routes.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
