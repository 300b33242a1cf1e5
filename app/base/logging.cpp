#include "app/base/logging.h"

Q_LOGGING_CATEGORY(lcNet, "hss.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSign, "hss.sign", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "hss.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "hss.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTasks, "hss.tasks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "hss.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "hss.scan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "hss.inventory", QtInfoMsg)
