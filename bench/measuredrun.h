#pragma once

#include <QString>
#include <QStringList>

// One run of a child process, measured from outside: wall time and the CPU it used, as wait4()
// reports them, and its peak resident memory (VmHWM). The benchmarks compare the CLI with curl this way.
struct MeasuredRun
{
    int exitCode = -1;
    double wallMs = 0;
    double userMs = 0;
    double systemMs = 0;
    double maxRssMb = 0;
    QByteArray errorOutput; // the child's stderr, for reporting a failed run

    double cpuMs() const { return userMs + systemMs; }
    bool ok() const { return exitCode == 0; }

    // Runs program with arguments, the current environment plus `environment` (NAME=value),
    // stdout written to stdoutPath (/dev/null when empty). Blocks until the child has exited.
    static MeasuredRun run(const QString &program, const QStringList &arguments,
                           const QStringList &environment = {}, const QString &stdoutPath = {});
};
