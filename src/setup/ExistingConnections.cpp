#include "ExistingConnections.h"

#include "platform/FlowServiceClient.h"

namespace Inlet {

ExistingConnections::ExistingConnections(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

ConnectionListOperation* ExistingConnections::list(const QString& connectionSpecId)
{
    return FlowServiceClient(&m_session).listConnections(connectionSpecId);
}

DeleteConnectionOperation* ExistingConnections::remove(const QString& connectionId)
{
    return FlowServiceClient(&m_session).deleteConnection(connectionId);
}

} // namespace Inlet
