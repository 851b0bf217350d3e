#include "WizardPage.h"

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
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (isError) {
        // A red that stays readable on light and dark windows alike.
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Inlet
