#pragma once

#include <QCoreApplication>

class CliContext;

// `rest METHOD PATH`: signs and sends any request, like `az rest`, for the calls the typed
// commands do not cover (yet).
class RestCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestCommand)

public:
    static int run(CliContext &context, const QStringList &arguments);
};
