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
// next one is due, after a success or a failure, and what a failed run means, are decided here so the
// Runs page only shows them.
class WatchRuns : public QObject
{
    Q_OBJECT

public:
    explicit WatchRuns(PlatformSession& session, QObject* parent = nullptr);

    // Watches `flowId` from now on, afresh: the first delay, no failed refresh counted. Answers to the
    // refreshes sent before no longer count.
    void watch(const QString& flowId);
    const QString& flowId() const { return m_flowId; }

    // One listing of the watched flow's runs (watch() first). Its outcome is counted before the
    // operation's finished() reaches the caller, so refreshDelay() then already says when to look next.
    RunListOperation* refresh();

    // How long to wait before the next refresh, after the last one that finished: what the runs call
    // for (nextDelay) after a success; after consecutive failed refreshes, that doubled for each failure,
    // up to kLongestDelay. A success ends the back-off: the failures before it no longer count.
    std::chrono::seconds refreshDelay() const;
    int consecutiveFailures() const { return m_consecutiveFailures; }

    // Soon while a run is queued or in progress (or none has started yet), then backing off: twice
    // the previous delay, up to five minutes.
    static std::chrono::seconds nextDelay(const QList<FlowRun>& runs, std::chrono::seconds previous);
    static constexpr std::chrono::seconds kFirstDelay{5};
    static constexpr std::chrono::seconds kLongestDelay{300};

    static RunExplanation explain(const FlowRun& run, bool databricks);

    // Databricks: the landing-zone token expires on `expiry`; a warning when that is before the
    // schedule's next three runs (or its only run) would have started, else an empty string.
    static QString expiryWarning(const QDate& expiry, const FlowSchedule& schedule, const QDateTime& now);

private:
    void count(int watching, const RunListOperation& operation);

    PlatformSession& m_session;
    QString m_flowId;
    int m_watching = 0; // one more at each watch(), so an answer knows whether it still counts
    std::chrono::seconds m_runsDelay = kFirstDelay; // what the last successful listing called for
    int m_consecutiveFailures = 0; // failed refreshes since that listing
};

} // namespace Inlet
