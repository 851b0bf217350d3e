#pragma once

#include <QString>
#include <QStringList>

namespace Inlet::Bench {

// One start of a GUI program with the FirstFrameProbe plugin loaded: the time from just before the spawn to the
// first frame of its wizard (both on CLOCK_MONOTONIC), and its peak RSS at that moment.
struct FirstFrame
{
    bool ok = false;
    double milliseconds = 0;
    double peakRssMegabytes = 0;
    QString error;
};

// `environment` is the child's whole environment ("NAME=value"); the probe's variables are added.
// `probePluginPath` is the folder whose generic/ holds the probe.
FirstFrame launchToFirstFrame(const QString& program,
                              const QStringList& environment,
                              const QString& probePluginPath,
                              int timeoutMs = 30000);

} // namespace Inlet::Bench
