#include "ProcessHardening.h"

#include "Logging.h"

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <string>

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

namespace {
#if defined(__GLIBC__)
constexpr char kTunables[] = "glibc.malloc.perturb=90:glibc.malloc.tcache_count=0";
constexpr char kRestarted[] = "INLET_SCRUB_RESTARTED";
#endif
} // namespace

bool scrubFreedMemory(char* argv[])
{
#if defined(__GLIBC__)
    if (std::getenv(kRestarted) != nullptr) {
        // Restarted with the tunables: in force now; children need not inherit them.
        const char* tunables = std::getenv("GLIBC_TUNABLES");
        const bool inForce = tunables != nullptr && std::strstr(tunables, kTunables) != nullptr;
        unsetenv(kRestarted);
        unsetenv("GLIBC_TUNABLES");
        return inForce;
    }
    const char* current = std::getenv("GLIBC_TUNABLES");
    std::string tunables = current != nullptr && *current != '\0' ? std::string(current) + ':' + kTunables : kTunables;
    setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    setenv(kRestarted, "1", 1);
    execv("/proc/self/exe", argv);
    // Still here: the restart failed; go on without.
    unsetenv(kRestarted);
    if (current != nullptr)
        setenv("GLIBC_TUNABLES", current, 1);
    else
        unsetenv("GLIBC_TUNABLES");
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
