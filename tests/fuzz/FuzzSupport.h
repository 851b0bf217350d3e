#pragma once

// Shared by every libFuzzer target: one QCoreApplication for the whole run (tr(), logging categories)
// and silent logging, so the fuzzer's output stays readable and a log call costs little.

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace InletFuzz {

inline void initQt()
{
    static int argc = 1;
    static char name[] = "inlet-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = nullptr;
    if (!app) {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        app = new QCoreApplication(argc, argv); // lives as long as the process, on purpose
    }
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A property the target checks; a violation is a finding, so it aborts like a crash would.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace InletFuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    InletFuzz::initQt();
    return 0;
}
