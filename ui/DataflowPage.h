#pragma once

#include "WizardPage.h"

namespace Inlet {

class CreateDataflow;
class SetupJourney;

// Create: the flow spec checked, then dataset, source connection, target connection, mapping set
// and flow created, each once, with each step's state shown. A failed step is named, everything chosen is
// kept, Continue resumes from that step (looking first when its outcome is unknown); Delete removes what
// was created, listed by name and id, after one confirmation. Resume later keeps the setup for next time.
class DataflowPage : public WizardPage
{
    Q_OBJECT

public:
    DataflowPage(WizardState& state, CreateDataflow& createDataflow, SetupJourney& journey, QWidget* parent = nullptr);
    ~DataflowPage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    CreateDataflow& m_createDataflow;
    SetupJourney& m_journey;
};

} // namespace Inlet
