#pragma once

#include <QIcon>

namespace Inlet {

// Inlet's icon from the committed renderings of io.inlet.Inlet.svg (resources/icons: the installed PNGs,
// compiled in as uncompressed PAM). Each size is read when first asked for. Rendering the SVG at start-up
// would load the SVG icon engine and QtSvg before the first frame.
QIcon appIcon();

} // namespace Inlet
