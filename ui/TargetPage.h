#pragma once

#include "WizardPage.h"

namespace Inlet {

class ChooseTarget;
class SetupJourney;

// Target: an existing dataset (from Catalog, with its schema, searchable) or a new dataset on an
// existing XDM schema (from Schema Registry, with its fields). A dataset whose schema cannot take the
// chosen object's columns is explained, not offered silently. The choice goes to the journey.
class TargetPage : public WizardPage
{
    Q_OBJECT

public:
    TargetPage(WizardState& state, ChooseTarget& chooseTarget, SetupJourney& journey, QWidget* parent = nullptr);
    ~TargetPage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    ChooseTarget& m_chooseTarget;
    SetupJourney& m_journey;
};

} // namespace Inlet
