#pragma once

#include "WizardPage.h"

namespace Inlet {

class MapColumns;
class SetupJourney;

// Mapping: every source column against the schema's fields, matched automatically (AutoMapping),
// each match editable with a field picker over the schema's tree; unmapped columns and unfilled required
// or identity fields shown; checked with Data Prep's validate before going on and shown on the preview rows.
class MappingPage : public WizardPage
{
    Q_OBJECT

public:
    MappingPage(WizardState& state, MapColumns& mapColumns, SetupJourney& journey, QWidget* parent = nullptr);
    ~MappingPage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    MapColumns& m_mapColumns;
    SetupJourney& m_journey;
};

} // namespace Inlet
