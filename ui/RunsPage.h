#pragma once

#include "WizardPage.h"

namespace Inlet {

class WatchRuns;
class SetupJourney;

// Runs: the new flow's runs (status, window, records read, written and failed, duration, errors with
// code and message), refreshed with back-off while visible; Databricks' anonymous-credentials failure is
// explained with a way back to the Spark config line. `inlet --flow <id>` opens it directly.
class RunsPage : public WizardPage
{
    Q_OBJECT

public:
    RunsPage(WizardState& state, WatchRuns& watchRuns, SetupJourney& journey, QWidget* parent = nullptr);
    ~RunsPage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    WatchRuns& m_watchRuns;
    SetupJourney& m_journey;
};

} // namespace Inlet
