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

QUrl nextPageUrl(const Json& page, const QUrl& firstUrl, const QUrl& base)
{
    const QString token = continuationToken(page);
    if (!token.isEmpty()) {
        QUrl url = firstUrl;
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("continuationToken"));
        query.addQueryItem(QStringLiteral("continuationToken"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
        url.setQuery(query);
        return url;
    }
    const QString href = nextHref(page);
    if (href.isEmpty())
        return {};
    QUrl resolved(href);
    if (resolved.isRelative()) {
        // "/connections?…" is relative to the Flow Service base, "/data/foundation/…" to the host.
        QString path = href.startsWith(base.path()) && !base.path().isEmpty() ? href : base.path() + href;
        resolved = QUrl(base.toString(QUrl::RemovePath | QUrl::RemoveQuery) + path);
    }
    // Never send the token to another origin.
    if (resolved.scheme() != base.scheme() || resolved.host() != base.host() || resolved.port() != base.port())
        return {};
    return resolved;
}

} // namespace Inlet::Paging
