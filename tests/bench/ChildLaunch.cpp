#include "ChildLaunch.h"

#include <QByteArray>
#include <QList>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Inlet::Bench {

namespace {

// Where the child finds the probe's pipe; high so it clobbers none of the usual descriptors.
constexpr int kChildReportFd = 100;

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// argv/envp arrays over QByteArrays that outlive the spawn.
QList<char*> pointers(QList<QByteArray>& strings)
{
    QList<char*> result;
    for (QByteArray& string : strings)
        result.append(string.data());
    result.append(nullptr);
    return result;
}

} // namespace

FirstFrame launchToFirstFrame(const QString& program,
                              const QStringList& environment,
                              const QString& probePluginPath,
                              int timeoutMs)
{
    FirstFrame result;
    QList<QByteArray> argvStrings{program.toLocal8Bit()};
    QList<QByteArray> envStrings;
    for (const QString& variable : environment)
        envStrings.append(variable.toLocal8Bit());
    // QGuiApplication loads the generic plugins these name (FirstFrameProbe.json has the key).
    envStrings.append("QT_PLUGIN_PATH=" + probePluginPath.toLocal8Bit());
    envStrings.append("QT_QPA_GENERIC_PLUGINS=inletbenchprobe");
    envStrings.append("INLET_BENCH_FIRST_FRAME_FD=" + QByteArray::number(kChildReportFd));
    QList<char*> argv = pointers(argvStrings);
    QList<char*> envp = pointers(envStrings);

    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        result.error = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears close-on-exec on the copy; stdout and stderr go nowhere (Qt's warnings are not data).
    posix_spawn_file_actions_adddup2(&actions, fds[1], kChildReportFd);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    pid_t pid = 0;
    const qint64 startedAt = monotonicNanoseconds();
    const int spawnError = posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawnError != 0) {
        ::close(fds[0]);
        result.error =
            QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(spawnError)));
        return result;
    }

    QByteArray report;
    const qint64 deadline = startedAt + qint64(timeoutMs) * 1000000;
    while (!report.contains('\n')) {
        const qint64 left = (deadline - monotonicNanoseconds()) / 1000000;
        if (left <= 0)
            break;
        pollfd readable{fds[0], POLLIN, 0};
        if (poll(&readable, 1, int(left)) <= 0)
            continue;
        char buffer[256];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break; // the child ended without reporting
        report.append(buffer, n);
    }
    ::close(fds[0]);

    int status = 0;
    if (!report.contains('\n'))
        kill(pid, SIGKILL);
    waitpid(pid, &status, 0);

    // "first-frame <ns> vmhwm-kb <kB>"
    const QList<QByteArray> words = report.trimmed().split(' ');
    if (words.size() != 4 || words.at(0) != "first-frame" || words.at(2) != "vmhwm-kb") {
        result.error = report.isEmpty()
            ? QStringLiteral("%1 showed no wizard within %2 s (exit status %3)")
                  .arg(program)
                  .arg(timeoutMs / 1000)
                  .arg(status)
            : QStringLiteral("unexpected probe report: %1").arg(QString::fromLatin1(report));
        return result;
    }
    result.ok = true;
    result.milliseconds = double(words.at(1).toLongLong() - startedAt) / 1e6;
    result.peakRssMegabytes = double(words.at(3).toLongLong()) / 1024.0;
    return result;
}

} // namespace Inlet::Bench
