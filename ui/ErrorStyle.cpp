#include "ErrorStyle.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Inlet::ErrorStyle {

QColor textColour(const QColor& window)
{
    // Both reach a contrast of at least 4.5:1 (WCAG AA) on the light and dark window colours in use.
    const bool dark = window.lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void apply(QLabel* label, const QPalette& surroundings, bool isError)
{
    QPalette palette = surroundings;
    if (isError) {
        palette.setColor(QPalette::WindowText, textColour(surroundings.color(QPalette::Window)));
    }
    label->setPalette(palette);
}

} // namespace Inlet::ErrorStyle
