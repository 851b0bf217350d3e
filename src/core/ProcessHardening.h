#pragma once

#include <QByteArray>

namespace Inlet {

// Keeps the secrets in this process's memory out of core dumps and away from debuggers that attach
// later (as KeePassXC does): no core file, not dumpable, so another process of the same user cannot
// ptrace it. Release builds call it first thing in main(); setting INLET_ALLOW_DEBUGGING=1 in the
// environment skips it, for a developer who needs a core or gdb -p.
namespace ProcessHardening {

// The opt-out's environment variable.
inline QByteArray optOutVariable()
{
    return QByteArrayLiteral("INLET_ALLOW_DEBUGGING");
}

// Applies the protections unless the opt-out is set; returns whether they are in force.
bool apply();

// Makes glibc fill every heap block with a pattern when it is freed (its "perturb" setting) and turns
// its per-thread cache off, whose blocks would skip that fill, so a secret copied by Qt's network
// stack, a widget or a parser does not outlive its buffer. glibc reads these settings only when a
// process starts. The launcher users start (bin/inlet) sets them for the application it execs; started
// any other way, the first call restarts the executable (same pid, same arguments) with them set. Call
// it first thing in main(). Returns whether they are in force: false where it cannot be done (not
// glibc, or the restart failed); the opt-out above does not turn it off.
bool scrubFreedMemory(char* argv[]);

} // namespace ProcessHardening

} // namespace Inlet
