#include "TargetPage.h"

#include "setup/ChooseTarget.h"
#include "setup/SetupJourney.h"

namespace Inlet {

TargetPage::TargetPage(WizardState& state, ChooseTarget& chooseTarget, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_chooseTarget(chooseTarget)
    , m_journey(journey)
{
}

TargetPage::~TargetPage() = default;

void TargetPage::build() { }

QString TargetPage::helpText() const
{
    return QString();
}

} // namespace Inlet
