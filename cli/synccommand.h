#pragma once

#include <QCoreApplication>

class CliContext;

// `sync`: RunImageSynchronize, so the list shows what SWR has now.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
