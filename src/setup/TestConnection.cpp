#include "TestConnection.h"

#include "platform/FlowServiceClient.h"

namespace Inlet {

TestConnection::TestConnection(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

ExploreOperation* TestConnection::test(const QString& connectionId)
{
    return FlowServiceClient(&m_session).exploreRoot(connectionId);
}

} // namespace Inlet
