#include "DataflowReviewPage.h"

#include "Clipboard.h"
#include "setup/SetupJourney.h"

namespace Inlet {

DataflowReviewPage::DataflowReviewPage(WizardState& state, Clipboard& clipboard, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_clipboard(clipboard)
    , m_journey(journey)
{
}

DataflowReviewPage::~DataflowReviewPage() = default;

void DataflowReviewPage::build() { }

QString DataflowReviewPage::helpText() const
{
    return QString();
}

} // namespace Inlet
