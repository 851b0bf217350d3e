#pragma once

#include "core/Json.h"

#include <QString>

namespace Inlet {

// Where the next page of a Flow Service listing is, read from a parsed page: a `continuationToken`
// (top level or inside `_page`), else the one inside `_links.next.href`.
namespace Paging {

QString continuationToken(const Json& page);
// `_links.next.href` as received (may be relative).
QString nextHref(const Json& page);

} // namespace Paging

} // namespace Inlet
