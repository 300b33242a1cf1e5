#pragma once

#include <QCoreApplication>

class CliContext;

// `download FILE_ID -o PATH`: ListDownloadExportedFile, streamed to disk.
class DownloadCommand
{
    Q_DECLARE_TR_FUNCTIONS(DownloadCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
