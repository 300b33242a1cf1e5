#pragma once

#include <QLoggingCategory>

// "QT_LOGGING_RULES=hss.ui.debug=true" shows what the window asked for and why.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
