#pragma once

#include <QWizardPage>

class QLabel;

namespace Inlet {

class WizardState;

// A page of the Inlet wizard: reads and writes the shared WizardState and explains itself through the
// wizard's help button.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(WizardState& state, QWidget* parent = nullptr);

    // Text for the help button on this page (rich text, translated).
    virtual QString helpText() const = 0;

protected:
    WizardState& state() const { return m_state; }
    // Shows a message in `label`: an error in the palette's error colour, else plain.
    static void showMessage(QLabel* label, const QString& text, bool isError);

private:
    WizardState& m_state;
};

} // namespace Inlet
