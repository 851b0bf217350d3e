#include "DataflowPage.h"

#include "setup/CreateDataflow.h"
#include "setup/SetupJourney.h"

namespace Inlet {

DataflowPage::DataflowPage(WizardState& state, CreateDataflow& createDataflow, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_createDataflow(createDataflow)
    , m_journey(journey)
{
}

DataflowPage::~DataflowPage() = default;

void DataflowPage::build() { }

QString DataflowPage::helpText() const
{
    return QString();
}

} // namespace Inlet
