#pragma once

#include <string>

// glibc's settings that fill every freed heap block with a pattern ("perturb") and turn its per-thread
// cache off, whose blocks would skip that fill. glibc reads them only when a program starts, so they
// are put into the environment of the program about to be exec'd, with a marker that says who did it.
// Plain C++ and libc: the launcher (app/launcher) uses this before any Qt library is loaded.
namespace Inlet::FreedMemoryScrub {

// Who prepared the settings for this program's start.
enum class StartedBy {
    Nobody,
    Launcher, // bin/inlet, which execs the application from libexec
    Restart, // the application itself, which exec'd itself again (started without the launcher)
};

// Puts the settings and the marker into this process's environment for the program it execs next;
// restore() undoes that after an exec that failed.
class ExecEnvironment
{
public:
    explicit ExecEnvironment(StartedBy by);
    void restore();

private:
    bool m_hadTunables = false;
    std::string m_previousTunables;
};

// What the program found when it started.
struct Start
{
    StartedBy by = StartedBy::Nobody;
    bool inForce = false; // the settings were in the environment glibc read
};

// First thing in the started program: what was prepared for it. Removes the settings and the marker
// from the environment, so that programs it starts in turn do not inherit them.
Start takeStart();

} // namespace Inlet::FreedMemoryScrub
