#pragma once

#include <QIcon>
#include <QStyle>

namespace Inlet {

// The application style's standard icon of `kind`, made once per style. QStyle::standardIcon() builds
// a new icon on every call (under Fusion an icon-theme lookup, about 1.4 million instructions), too
// slow for a model's data(), which runs for every cell painted. GUI thread only.
QIcon standardIcon(QStyle::StandardPixmap kind);

} // namespace Inlet
