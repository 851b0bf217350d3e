#include "ProcessHardening.h"

#include "FreedMemoryScrub.h"
#include "Logging.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_MACOS)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace Inlet::ProcessHardening {

bool scrubFreedMemory(char* argv[])
{
#if defined(__GLIBC__)
    const FreedMemoryScrub::Start start = FreedMemoryScrub::takeStart();
    if (start.by != FreedMemoryScrub::StartedBy::Nobody)
        return start.inForce;
    // Started without the launcher: once more, with the settings.
    FreedMemoryScrub::ExecEnvironment environment(FreedMemoryScrub::StartedBy::Restart);
    execv("/proc/self/exe", argv);
    // Still here: the restart failed; go on without.
    environment.restore();
    return false;
#else
    Q_UNUSED(argv)
    return false;
#endif
}

bool apply()
{
    if (qEnvironmentVariableIntValue(optOutVariable().constData()) == 1) {
        qCWarning(lcApp) << "process hardening is off:" << optOutVariable() << "is set";
        return false;
    }
    bool applied = true;
#if defined(Q_OS_UNIX)
    const rlimit noCore{0, 0};
    applied = setrlimit(RLIMIT_CORE, &noCore) == 0 && applied;
#endif
#if defined(Q_OS_LINUX)
    // Also keeps ptrace(PTRACE_ATTACH) by the same user out; root still can.
    applied = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && applied;
#elif defined(Q_OS_MACOS)
    applied = ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && applied;
#endif
    if (!applied)
        qCWarning(lcApp) << "process hardening could not be applied fully";
    return applied;
}

} // namespace Inlet::ProcessHardening
