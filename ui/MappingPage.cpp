#include "MappingPage.h"

#include "setup/MapColumns.h"
#include "setup/SetupJourney.h"

namespace Inlet {

MappingPage::MappingPage(WizardState& state, MapColumns& mapColumns, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_mapColumns(mapColumns)
    , m_journey(journey)
{
}

MappingPage::~MappingPage() = default;

void MappingPage::build() { }

QString MappingPage::helpText() const
{
    return QString();
}

} // namespace Inlet
