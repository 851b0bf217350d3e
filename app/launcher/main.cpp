// bin/inlet, what users start: execs the application, installed in libexec, with glibc's settings that
// scrub freed heap blocks already in its environment (core/FreedMemoryScrub.h). glibc reads them only
// when a program starts; without this the application restarts itself to take them, and that loads
// and relocates Qt twice. No Qt here, so nothing is loaded twice.
#include "core/FreedMemoryScrub.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <unistd.h>

int main(int /*argc*/, char* argv[])
{
    std::error_code error;
    // Beside this launcher wherever the tree was installed or built (the relative path is CMake's).
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        std::fprintf(stderr, "inlet: cannot tell where this program is (%s)\n", error.message().c_str());
        return 127;
    }
    const std::filesystem::path application = self.parent_path() / INLET_APPLICATION_FROM_LAUNCHER;
    Inlet::FreedMemoryScrub::ExecEnvironment environment(Inlet::FreedMemoryScrub::StartedBy::Launcher);
    // Same pid and arguments, so the application is what the caller started.
    execv(application.c_str(), argv);
    std::fprintf(stderr, "inlet: cannot start %s: %s\n", application.c_str(), std::strerror(errno));
    return 127;
}
