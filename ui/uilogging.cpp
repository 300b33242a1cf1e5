#include "ui/uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "hss.ui", QtInfoMsg)
