#include "SchedulePage.h"

#include "setup/LandingZoneAccess.h"
#include "setup/SetupJourney.h"

namespace Inlet {

SchedulePage::SchedulePage(WizardState& state, LandingZoneAccess& landingZone, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_landingZone(landingZone)
    , m_journey(journey)
{
}

SchedulePage::~SchedulePage() = default;

void SchedulePage::build() { }

QString SchedulePage::helpText() const
{
    return QString();
}

} // namespace Inlet
