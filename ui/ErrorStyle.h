#pragma once

class QColor;
class QLabel;
class QPalette;

namespace Inlet {

// How Inlet shows an error message, in one place: the label's text in a red that reads on the window
// behind it (darker on light palettes, lighter on dark ones); everything else as the surroundings have it.
namespace ErrorStyle {

QColor textColour(const QColor& window);
// Gives `label` the palette of `surroundings`, with the error colour for its text when `isError`.
void apply(QLabel* label, const QPalette& surroundings, bool isError = true);

} // namespace ErrorStyle
} // namespace Inlet
