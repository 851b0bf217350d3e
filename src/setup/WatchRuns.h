#pragma once

#include "platform/DataflowOperations.h"

#include <QDate>
#include <QObject>

#include <chrono>

namespace Inlet {

class PlatformSession;

// What a run's outcome means for the user.
struct RunExplanation
{
    QString message; // translated; empty when the run needs no explanation
    // Databricks' copy step could not read the landing zone: the cluster's Spark config line is
    // missing, or holds a token a refresh revoked. The page offers the way back to the line.
    bool sparkConfigLineMissing = false;
};

// Watching a flow's runs: one refresh is one listing (`GET /runs?property=flowId==…`); how soon the
// next one is due, and what a failed run means, are decided here so the Runs page only shows them.
class WatchRuns : public QObject
{
    Q_OBJECT

public:
    explicit WatchRuns(PlatformSession& session, QObject* parent = nullptr);

    RunListOperation* refresh(const QString& flowId);

    // Soon while a run is queued or in progress (or none has started yet), then backing off: twice
    // the previous delay, up to five minutes. After a failed refresh the delay backs off the same way.
    static std::chrono::seconds nextDelay(const QList<FlowRun>& runs, std::chrono::seconds previous);
    static constexpr std::chrono::seconds kFirstDelay{5};
    static constexpr std::chrono::seconds kLongestDelay{300};

    static RunExplanation explain(const FlowRun& run, bool databricks);

    // Databricks: the landing-zone token expires on `expiry`; a warning when that is before the
    // schedule's next three runs (or its only run) would have started, else an empty string.
    static QString expiryWarning(const QDate& expiry, const FlowSchedule& schedule, const QDateTime& now);

private:
    PlatformSession& m_session;
};

} // namespace Inlet
