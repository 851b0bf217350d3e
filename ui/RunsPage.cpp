#include "RunsPage.h"

#include "setup/SetupJourney.h"
#include "setup/WatchRuns.h"

namespace Inlet {

RunsPage::RunsPage(WizardState& state, WatchRuns& watchRuns, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_watchRuns(watchRuns)
    , m_journey(journey)
{
}

RunsPage::~RunsPage() = default;

void RunsPage::build() { }

QString RunsPage::helpText() const
{
    return QString();
}

} // namespace Inlet
