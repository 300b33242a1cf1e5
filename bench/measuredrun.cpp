#include "bench/measuredrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include <algorithm>

extern char **environ;

namespace {

constexpr useconds_t kPollMicroseconds = 2000;

} // namespace

MeasuredRun MeasuredRun::run(const QString &program, const QStringList &arguments,
                             const QStringList &environment, const QString &stdoutPath)
{
    MeasuredRun result;
    QTemporaryFile errors;
    if (!errors.open())
        return result;

    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    const size_t argumentCount = storage.size();
    for (char **e = environ; *e; ++e)
        storage.emplace_back(*e);
    for (const QString &variable : environment)
        storage.push_back(variable.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (size_t n = 0; n < storage.size(); ++n)
        (n < argumentCount ? argv : envp).push_back(storage[n].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    const QByteArray outPath = stdoutPath.isEmpty() ? QByteArrayLiteral("/dev/null")
                                                    : QFile::encodeName(stdoutPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, errors.handle(), STDERR_FILENO);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.errorOutput = "could not start " + storage.front();
        return result;
    }
    // ru_maxrss cannot be used: exec() records the high-water mark of the memory the child
    // had before, which after posix_spawn's vfork is this process's. VmHWM of the child's own
    // memory is read while it runs instead; it only grows, so the last reading is the peak
    // but for the child's final milliseconds.
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0)
            return result;
        QFile procStatus(statusPath);
        if (procStatus.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : procStatus.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    result.maxRssMb = std::max(result.maxRssMb,
                                               line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0);
            }
        }
        usleep(kPollMicroseconds);
    }
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.userMs = double(usage.ru_utime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec) / 1e3;
    result.systemMs = double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3;
    errors.seek(0);
    result.errorOutput = errors.readAll();
    return result;
}
