#pragma once

#include <QToolButton>

class QLineEdit;

namespace Inlet {

// The show/hide toggle beside a masked line edit: checked shows what was typed, unchecked masks it.
// Its text says what a click does ("Show" or "Hide"); callers give it an accessible name for what it shows.
class RevealButton : public QToolButton
{
    Q_OBJECT

public:
    explicit RevealButton(QWidget* parent = nullptr);
    RevealButton(QLineEdit* lineEdit, QWidget* parent);

    // The line edit this button masks and reveals; it starts masked.
    void setLineEdit(QLineEdit* lineEdit);

private:
    void apply(bool shown);

    QLineEdit* m_lineEdit = nullptr;
};

} // namespace Inlet
