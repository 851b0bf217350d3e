#include "ExistingConnections.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

namespace Inlet {

ExistingConnections::ExistingConnections(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void ExistingConnections::prefetch(const QString& connectionSpecId)
{
    m_prefetch.start(
        m_session.readScope() + u'\n' + connectionSpecId,
        [this, connectionSpecId] { return startListing(connectionSpecId); },
        this);
}

ConnectionListOperation* ExistingConnections::list(const QString& connectionSpecId)
{
    return m_prefetch.take(
        m_session.readScope() + u'\n' + connectionSpecId,
        [this, connectionSpecId] { return startListing(connectionSpecId); },
        this);
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
