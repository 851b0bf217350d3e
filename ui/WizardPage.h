#pragma once

#include <QWizardPage>

class QLabel;

namespace Inlet {

class WizardState;

// A page of the Inlet wizard: reads and writes the shared WizardState and explains itself through the
// wizard's help button. Its widgets are built on the first visit (InletWizard::initializePage), so only
// the start page is built before the wizard's first frame.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(WizardState& state, QWidget* parent = nullptr);

    // Text for the help button on this page (rich text, translated).
    virtual QString helpText() const = 0;

    // Builds the widgets once; before that the page has only its title-less shell.
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    // Sets up the page's .ui and wires its widgets; called once, by ensureBuilt().
    virtual void build() = 0;
    WizardState& state() const { return m_state; }
    // Shows a message in `label`: an error as ErrorStyle has it, else plain.
    static void showMessage(QLabel* label, const QString& text, bool isError);

private:
    WizardState& m_state;
    bool m_built = false;
};

} // namespace Inlet
