#pragma once

#include "core/Json.h"

#include <QString>
#include <QUrl>

namespace Inlet {

// Where the next page of a Flow Service listing is, read from a parsed page: a `continuationToken`
// (top level or inside `_page`), else the one inside `_links.next.href`.
namespace Paging {

QString continuationToken(const Json& page);
// `_links.next.href` as received (may be relative).
QString nextHref(const Json& page);

// A server that keeps answering "next" must not keep us forever.
constexpr int kMaxPages = 200;

// The page after `page`, or an empty URL when it is the last: its continuationToken as a query item
// of `firstUrl`, else its `_links.next.href` resolved against `base` – only when that stays on
// `base`'s origin, so the token is never sent elsewhere.
QUrl nextPageUrl(const Json& page, const QUrl& firstUrl, const QUrl& base);

} // namespace Paging

} // namespace Inlet
