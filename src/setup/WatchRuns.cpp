#include "WatchRuns.h"

#include "platform/DataflowClient.h"

#include <QLocale>

#include <algorithm>

namespace Inlet {

WatchRuns::WatchRuns(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void WatchRuns::watch(const QString& flowId)
{
    m_flowId = flowId;
    ++m_watching;
    m_runsDelay = kFirstDelay;
    m_consecutiveFailures = 0;
}

RunListOperation* WatchRuns::refresh()
{
    RunListOperation* operation = DataflowClient(&m_session).runs(m_flowId);
    // Connected before the caller can connect, so the outcome is counted before the caller hears of it.
    connect(operation, &Operation::finished, this, [this, operation, watching = m_watching] {
        count(watching, *operation);
    });
    return operation;
}

void WatchRuns::count(int watching, const RunListOperation& operation)
{
    // Sent before the latest watch(), or stopped by the caller: it says nothing about how to go on.
    if (watching != m_watching || operation.error().kind() == Error::Kind::Cancelled)
        return;
    if (operation.error()) {
        ++m_consecutiveFailures;
        return;
    }
    m_runsDelay = nextDelay(operation.result(), m_runsDelay);
    m_consecutiveFailures = 0;
}

std::chrono::seconds WatchRuns::refreshDelay() const
{
    // Doubled once per failure, stopping at the cap (so no count of failures can overflow it).
    std::chrono::seconds delay = m_runsDelay;
    for (int failure = 0; failure < m_consecutiveFailures && delay < kLongestDelay; ++failure)
        delay *= 2;
    return std::clamp(delay, kFirstDelay, kLongestDelay);
}

std::chrono::seconds WatchRuns::nextDelay(const QList<FlowRun>& runs, std::chrono::seconds previous)
{
    const bool active =
        runs.isEmpty() || std::any_of(runs.cbegin(), runs.cend(), [](const FlowRun& run) { return !run.isFinished(); });
    if (active)
        return kFirstDelay;
    return std::clamp(previous * 2, kFirstDelay, kLongestDelay);
}

RunExplanation WatchRuns::explain(const FlowRun& run, bool databricks)
{
    RunExplanation explanation;
    for (const RunError& error : run.errors) {
        if (databricks && error.message.contains(QLatin1String("anonymous credentials"), Qt::CaseInsensitive)) {
            explanation.sparkConfigLineMissing = true;
            explanation.message =
                tr("The Databricks cluster could not read the landing zone: its Spark config lacks the landing-zone "
                   "line, or still holds a token that a refresh revoked. Copy the current line into the cluster's "
                   "Spark config, restart the cluster, and the next run will read the data.");
            return explanation;
        }
    }
    if (run.status == FlowRun::Status::Failed)
        explanation.message = run.errors.isEmpty() ? tr("The run failed without giving a reason.")
                                                   : tr("The run failed: %1").arg(run.errors.first().message);
    else if (run.recordsFailed > 0)
        explanation.message = tr("%n record(s) could not be ingested; the others were.",
                                 nullptr,
                                 int(std::min<qint64>(run.recordsFailed, INT_MAX)));
    return explanation;
}

QString WatchRuns::expiryWarning(const QDate& expiry, const FlowSchedule& schedule, const QDateTime& now)
{
    if (!expiry.isValid())
        return QString();
    const QDateTime expiresAt = expiry.startOfDay(Qt::UTC);
    const QDateTime firstRun = std::max(schedule.startUtc, now);
    const int runs = schedule.frequency == FlowSchedule::Frequency::Once ? 1 : 3;
    const QDateTime lastChecked = firstRun.addSecs(schedule.intervalSeconds() * (runs - 1));
    if (expiresAt > lastChecked)
        return QString();
    return tr("The landing-zone token in the cluster's Spark config expires on %1, before the dataflow's next runs. "
              "Refresh the token before then and paste the new line into the cluster, or those runs will fail.")
        .arg(QLocale().toString(expiry, QLocale::LongFormat));
}

} // namespace Inlet
