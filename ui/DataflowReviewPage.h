#pragma once

#include "WizardPage.h"

namespace Inlet {

class Clipboard;
class SetupJourney;

// Review: the dataflow's summary and every request the wizard will send, as curl commands with
// placeholders (CreateDataflow::previewRequests), copyable. The commit page: Create is next.
class DataflowReviewPage : public WizardPage
{
    Q_OBJECT

public:
    DataflowReviewPage(WizardState& state, Clipboard& clipboard, SetupJourney& journey, QWidget* parent = nullptr);
    ~DataflowReviewPage() override;

    QString helpText() const override;

protected:
    void build() override;

private:
    Clipboard& m_clipboard;
    SetupJourney& m_journey;
};

} // namespace Inlet
