#include "ExistingConnections.h"

#include "platform/FlowServiceClient.h"

namespace Inlet {

ExistingConnections::ExistingConnections(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void ExistingConnections::prefetch(const QString& connectionSpecId)
{
    if (m_prefetch && m_prefetch->specId == connectionSpecId && (m_prefetch->listing || m_prefetch->connections)
        && m_prefetch->age.elapsed() < kPrefetchLifetimeMs)
        return;
    if (m_prefetch && m_prefetch->listing)
        m_prefetch->listing->cancel();
    ConnectionListOperation* listing = FlowServiceClient(&m_session).listConnections(connectionSpecId);
    m_prefetch = Prefetch{connectionSpecId, listing, std::nullopt, {}};
    m_prefetch->age.start();
    connect(listing, &Operation::finished, this, [this, listing] {
        if (!m_prefetch || m_prefetch->listing != listing)
            return; // replaced, or taken by list()
        if (!listing->error())
            m_prefetch->connections = listing->result();
        m_prefetch->listing.clear();
    });
}

ConnectionListOperation* ExistingConnections::list(const QString& connectionSpecId)
{
    std::optional<Prefetch> prefetched;
    std::swap(prefetched, m_prefetch);
    if (!prefetched || prefetched->specId != connectionSpecId || prefetched->age.elapsed() >= kPrefetchLifetimeMs) {
        if (prefetched && prefetched->listing)
            prefetched->listing->cancel();
        return FlowServiceClient(&m_session).listConnections(connectionSpecId);
    }
    if (prefetched->connections) {
        auto* answered = new ConnectionListOperation(this);
        answered->finishWithResult(*prefetched->connections);
        return answered;
    }
    if (!prefetched->listing)
        return FlowServiceClient(&m_session).listConnections(connectionSpecId); // it failed: ask again
    // Still under way: this operation finishes with it.
    auto* forwarded = new ConnectionListOperation(this);
    const QPointer<ConnectionListOperation> listing = prefetched->listing;
    forwarded->setCanceller([listing] {
        if (listing)
            listing->cancel();
        return false; // a listing changes nothing
    });
    connect(listing.data(), &Operation::finished, forwarded, [forwarded, listing] {
        if (listing->error())
            forwarded->finishWithError(listing->error());
        else
            forwarded->finishWithResult(listing->result());
    });
    return forwarded;
}

DeleteConnectionOperation* ExistingConnections::remove(const QString& connectionId)
{
    return FlowServiceClient(&m_session).deleteConnection(connectionId);
}

} // namespace Inlet
