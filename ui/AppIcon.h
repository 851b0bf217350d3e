#pragma once

#include <QIcon>

namespace Inlet {

// Inlet's icon from the committed PNG renderings of io.inlet.Inlet.svg (resources/icons/hicolor).
// Each size is decoded when first asked for. Rendering the SVG at start-up would load the SVG icon engine
// and QtSvg before the first frame.
QIcon appIcon();

} // namespace Inlet
