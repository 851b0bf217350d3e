#pragma once

#include "core/Json.h"
#include "core/Logging.h"
#include "core/Operation.h"
#include "platform/HttpExchange.h"
#include "platform/Paging.h"
#include "platform/PlatformSession.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace Inlet {

// A listing that spans pages (Flow Service's, or Schema Registry's with `base` its endpoint), as one operation: `GET
// firstUrl`, then every following page (Paging::nextPageUrl), never one twice and at most Paging::kMaxPages. Each page
// is parsed once and goes through `parsePage` as it arrives; result() is the items of every page in order. A page that
// fails (HTTP, transport, or parsePage's BadResponse) finishes the listing with that error.
template <typename Item>
class PagedListing : public ResultOperation<QList<Item>>
{
public:
    using ParsePage = QList<Item> (*)(const JsonDocument& page, Error* error);

    // `base`: the API's endpoint relative `next` links are resolved against (empty: Flow Service's);
    // `accept`: the media type the API wants (empty: JSON).
    PagedListing(PlatformSession* session,
                 QUrl firstUrl,
                 ParsePage parsePage,
                 QObject* parent,
                 const QUrl& base = {},
                 QByteArray accept = {})
        : ResultOperation<QList<Item>>(parent)
        , m_session(session)
        , m_firstUrl(std::move(firstUrl))
        , m_base(base.isEmpty() ? session->endpoints().flowService : base)
        , m_accept(std::move(accept))
        , m_parsePage(parsePage)
    {
        this->setCanceller([this] {
            if (m_page)
                m_page->cancel();
            return false; // GETs only
        });
        fetch(m_firstUrl);
    }

private:
    void fetch(const QUrl& url)
    {
        m_seen.insert(url.toString());
        HttpRequestSpec spec;
        spec.url = url;
        spec.idempotent = true;
        spec.accept = m_accept;
        HttpExchange* page = m_session->send(spec, this);
        m_page = page;
        QObject::connect(page, &Operation::finished, this, [this, page] { onPage(*page); });
    }

    void onPage(const HttpExchange& page)
    {
        if (this->isFinished()) // cancelled
            return;
        if (page.error())
            return this->finishWithError(page.error());
        const JsonDocument parsed = JsonText::parse(page.result().body);
        Error error;
        m_items << m_parsePage(parsed, &error);
        if (error.isError())
            return this->finishWithError(error);
        const QUrl next = Paging::nextPageUrl(parsed.root, m_firstUrl, m_base);
        if (next.isEmpty())
            return this->finishWithResult(m_items);
        if (m_seen.contains(next.toString()) || m_seen.size() >= Paging::kMaxPages) {
            qCWarning(lcPlatform) << "Stopped following pages after" << m_seen.size() << "pages";
            return this->finishWithResult(m_items);
        }
        fetch(next);
    }

    PlatformSession* m_session;
    QUrl m_firstUrl;
    QUrl m_base;
    QByteArray m_accept;
    ParsePage m_parsePage;
    QPointer<HttpExchange> m_page;
    QSet<QString> m_seen;
    QList<Item> m_items;
};

} // namespace Inlet
