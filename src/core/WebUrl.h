#pragma once

#include <QString>
#include <QUrl>

namespace Inlet {

// An http or https address with a host, parsed strictly; an empty QUrl for anything else (a local
// file, a mailto:, a typo). The one check for addresses a user types or a catalog supplies.
QUrl webUrl(const QString& text);

} // namespace Inlet
