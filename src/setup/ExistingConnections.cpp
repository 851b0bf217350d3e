#include "ExistingConnections.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

namespace Inlet {

ExistingConnections::ExistingConnections(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prefetch(kPrefetchLifetimeMs, [this] { return m_session.readScope(); })
{
}

void ExistingConnections::prefetch(const QString& connectionSpecId)
{
    m_prefetch.start(
        connectionSpecId, [this, connectionSpecId] { return startListing(connectionSpecId); }, this);
}

ConnectionListOperation* ExistingConnections::list(const QString& connectionSpecId)
{
    return m_prefetch.take(
        connectionSpecId, [this, connectionSpecId] { return startListing(connectionSpecId); }, this);
}

ConnectionListOperation* ExistingConnections::startListing(const QString& connectionSpecId)
{
    return FlowServiceClient(&m_session).listConnections(connectionSpecId);
}

DeleteConnectionOperation* ExistingConnections::remove(const QString& connectionId)
{
    return FlowServiceClient(&m_session).deleteConnection(connectionId);
}

} // namespace Inlet
