#pragma once

#include <QString>

class QWidget;

namespace Inlet::Accessibility {

// The visible text of a label as a screen reader should say it: no mnemonic ('&', or a translation's
// appended "(&P)"), no trailing colon.
QString spokenLabel(const QString& labelText);

// Gives every widget that a QLabel below `root` is the buddy of the accessible name of that label,
// so what a screen reader says is exactly what sighted users read.
void nameBuddiesAfterTheirLabels(QWidget* root);

} // namespace Inlet::Accessibility
