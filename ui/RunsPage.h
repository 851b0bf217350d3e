#pragma once

#include "WizardPage.h"

#include <QDateTime>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

#include <chrono>

namespace Ui {
class RunsPage;
}

namespace Inlet {

class Operation;
class RunTableModel;
class SetupJourney;
class WatchRuns;
struct FlowRun;

// Runs: the new flow's runs (status, start, duration, records read, written and failed; a selected run's
// errors with code and message), refreshed while the page is visible, as often as WatchRuns says (it
// also decides the back-off after a failed refresh); Databricks' anonymous-credentials failure is
// explained with a way back to the Spark config line. `inlet --flow <id>` opens it directly.
class RunsPage : public WizardPage
{
    Q_OBJECT

public:
    RunsPage(WizardState& state, WatchRuns& watchRuns, SetupJourney& journey, QWidget* parent = nullptr);
    ~RunsPage() override;

    void initializePage() override;
    void cleanupPage() override;
    QString helpText() const override;

    // The flow to watch (the wizard hands it on from the Create page, or from `--flow`).
    void setFlowId(const QString& flowId);
    QString flowId() const;
    void refreshNow();

    // For tests: the runs shown, and whether a refresh is running or due.
    RunTableModel* runsModel() const { return m_model; }
    bool isRefreshing() const { return !m_running.isNull(); }
    bool isRefreshScheduled() const { return m_refreshTimer.isActive(); }
    std::chrono::seconds refreshDelay() const;

signals:
    // The run failed for want of the landing zone's line in the cluster: the user wants to see it.
    void sparkConfigLineWanted();

protected:
    void build() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void finishRefresh(const Operation& operation, const QList<FlowRun>& runs);
    void scheduleRefresh(std::chrono::seconds delay);
    void stopWatching();
    void showSelectedRun();
    void selectRun(const QString& runId);
    QString selectedRunId() const;
    void updateClock();

    const QScopedPointer<Ui::RunsPage> m_ui;
    WatchRuns& m_watchRuns;
    SetupJourney& m_journey;
    RunTableModel* m_model;
    QPointer<Operation> m_running;
    QTimer m_refreshTimer; // the next refresh, while visible
    QTimer m_clock; // live durations and the "next check" countdown
    QDateTime m_lastUpdated;
    QDateTime m_nextRefreshAt;
};

} // namespace Inlet
