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

} // namespace ProcessHardening

} // namespace Inlet
