#include "RevealButton.h"

#include <QLineEdit>

namespace Inlet {

RevealButton::RevealButton(QWidget* parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setToolTip(tr("Show or hide what you typed"));
    setText(tr("Show"));
    connect(this, &QToolButton::toggled, this, &RevealButton::apply);
}

RevealButton::RevealButton(QLineEdit* lineEdit, QWidget* parent)
    : RevealButton(parent)
{
    setLineEdit(lineEdit);
}

void RevealButton::setLineEdit(QLineEdit* lineEdit)
{
    m_lineEdit = lineEdit;
    apply(isChecked());
}

void RevealButton::apply(bool shown)
{
    setText(shown ? tr("Hide") : tr("Show"));
    if (m_lineEdit) {
        m_lineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    }
}

} // namespace Inlet
