#include "WizardPage.h"

#include "ErrorStyle.h"

#include <QLabel>

#include <utility>

namespace Inlet {

WizardPage::WizardPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
}

void WizardPage::ensureBuilt()
{
    if (std::exchange(m_built, true))
        return;
    build();
}

void WizardPage::showMessage(QLabel* label, const QString& text, bool isError)
{
    ErrorStyle::apply(label, label->parentWidget() ? label->parentWidget()->palette() : label->palette(), isError);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Inlet
