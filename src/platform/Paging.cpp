#include "Paging.h"

#include <QUrl>
#include <QUrlQuery>

namespace Inlet::Paging {

QString continuationToken(const Json& page)
{
    QString token = jsonString(page, "continuationToken");
    if (token.isEmpty()) {
        if (const Json* paging = jsonMember(page, "_page"))
            token = jsonString(*paging, "continuationToken");
    }
    if (token.isEmpty()) {
        const QUrl next(nextHref(page));
        token = QUrlQuery(next).queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    }
    return token;
}

QString nextHref(const Json& page)
{
    const Json* links = jsonMember(page, "_links");
    const Json* next = links ? jsonMember(*links, "next") : nullptr;
    return next ? jsonString(*next, "href") : QString();
}

} // namespace Inlet::Paging
