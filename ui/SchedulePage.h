#pragma once

#include "WizardPage.h"

namespace Inlet {

class LandingZoneAccess;
class SetupJourney;

// Schedule: the flow's name, once / minute / hour / day / week, the interval with Adobe's minimums,
// the start in local time (sent as UTC), backfill, the delta column (from the object's date and
// timestamp columns; required for tables), error diagnostics and the partial-ingestion threshold.
// Databricks: warns when the landing-zone token expires before the next runs.
class SchedulePage : public WizardPage
{
    Q_OBJECT

public:
    SchedulePage(WizardState& state, LandingZoneAccess& landingZone, SetupJourney& journey, QWidget* parent = nullptr);
    ~SchedulePage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    LandingZoneAccess& m_landingZone;
    SetupJourney& m_journey;
};

} // namespace Inlet
