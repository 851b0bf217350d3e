#pragma once

#include "Samples.h"

#include <QString>

namespace Inlet::Bench {

class BenchTable;

// Start-up to the wizard's first frame and peak RSS, of the real `inlet` and of the floor wizard, each
// started as a fresh process with the FirstFrameProbe plugin loaded. Warm: repeated, alternating, after one
// untimed start of each. Cold: the page cache is dropped before every start (needs root); where it
// cannot be, the first start after the build stands in, and the table says so.
class StartupBench
{
public:
    struct Options
    {
        QString inletProgram;
        QString floorProgram;
        QString probePluginPath;
        int warmRuns = 15;
        int coldRuns = 5;
        bool xcb = false; // also under the xcb platform ($DISPLAY, e.g. xvfb-run)
        bool returningUser = false; // saved profile, secret in the session's keychain, cached catalog
    };

    explicit StartupBench(Options options);
    void run(BenchTable& table);

private:
    struct Figures
    {
        Samples inletMs;
        Samples floorMs;
        Samples inletRssMb;
        Samples floorRssMb;
        QString error;
    };

    Figures measure(const QString& platform, const QString& inletHome, int runs, bool dropCaches) const;
    QString prepareReturningUserHome(const QString& home);
    static bool dropPageCache(QString* why);

    Options m_options;
};

} // namespace Inlet::Bench
