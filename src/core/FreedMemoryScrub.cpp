#include "FreedMemoryScrub.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace Inlet::FreedMemoryScrub {

namespace {
constexpr char kTunablesVariable[] = "GLIBC_TUNABLES";
constexpr char kTunables[] = "glibc.malloc.perturb=90:glibc.malloc.tcache_count=0";
constexpr char kMarkerVariable[] = "INLET_FREED_MEMORY_SCRUB";
constexpr char kLauncher[] = "launcher";
constexpr char kRestart[] = "restart";
} // namespace

ExecEnvironment::ExecEnvironment(StartedBy by)
{
    const char* previous = std::getenv(kTunablesVariable);
    m_hadTunables = previous != nullptr;
    if (m_hadTunables)
        m_previousTunables = previous;
    // Added to the user's own tunables, never in their place.
    const std::string tunables =
        m_previousTunables.empty() ? std::string(kTunables) : m_previousTunables + ':' + kTunables;
    setenv(kTunablesVariable, tunables.c_str(), 1);
    setenv(kMarkerVariable, by == StartedBy::Launcher ? kLauncher : kRestart, 1);
}

void ExecEnvironment::restore()
{
    unsetenv(kMarkerVariable);
    if (m_hadTunables)
        setenv(kTunablesVariable, m_previousTunables.c_str(), 1);
    else
        unsetenv(kTunablesVariable);
}

Start takeStart()
{
    Start start;
    const char* marker = std::getenv(kMarkerVariable);
    if (marker == nullptr)
        return start;
    if (std::strcmp(marker, kLauncher) == 0)
        start.by = StartedBy::Launcher;
    else if (std::strcmp(marker, kRestart) == 0)
        start.by = StartedBy::Restart;
    unsetenv(kMarkerVariable);
    if (start.by == StartedBy::Nobody)
        return start;
    const char* tunables = std::getenv(kTunablesVariable);
    start.inForce = tunables != nullptr && std::strstr(tunables, kTunables) != nullptr;
    unsetenv(kTunablesVariable);
    return start;
}

} // namespace Inlet::FreedMemoryScrub
