#include "LandingZoneAccess.h"

#include "platform/LandingZoneClient.h"

#include <QPointer>

namespace Inlet {

LandingZoneAccess::LandingZoneAccess(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

SparkConfigOperation* LandingZoneAccess::fetch()
{
    return start(false);
}

SparkConfigOperation* LandingZoneAccess::refresh()
{
    return start(true);
}

SparkConfigOperation* LandingZoneAccess::start(bool refresh)
{
    const LandingZoneClient client(&m_session);
    QPointer<LandingZoneOperation> call = refresh ? client.refreshCredentials() : client.credentials();
    auto* operation = new SparkConfigOperation(this);
    operation->setCanceller([call] {
        if (!call)
            return false;
        call->cancel();
        return call->error().isAmbiguous(); // a refresh may have revoked the old token already
    });
    connect(call, &Operation::finished, operation, [operation, call] {
        if (call->error())
            return operation->finishWithError(call->error());
        const LandingZoneCredentials& credentials = call->result();
        operation->finishWithResult(SparkConfigLine::create(
            credentials.containerName, credentials.storageAccountName, credentials.sasToken, credentials.expiryDate));
    });
    return operation;
}

} // namespace Inlet
