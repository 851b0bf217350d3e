#include "Setup.h"

#include "core/Settings.h"

#include <QNetworkAccessManager>

#include <chrono>

namespace Inlet {

Setup::Setup(Settings& settings, SecretStore& secrets, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_session(&network)
    , m_profiles(settings, secrets)
    , m_signIn(m_session, m_profiles)
    , m_existingConnections(m_session)
    , m_landingZone(m_session)
    , m_createConnection(m_session, secrets)
    , m_testConnection(m_session)
    , m_exploreConnection(m_session)
    , m_catalogLoader(FlowServiceClient(&m_session), CatalogLoader::defaultCachePath())
    , m_unfinished(settings)
    , m_unfinishedDataflows(settings)
    , m_chooseTarget(m_session)
    , m_mapColumns(m_session)
    , m_createDataflow(m_session)
    , m_resumeDataflow(m_journey, m_createDataflow, m_unfinishedDataflows)
    , m_watchRuns(m_session)
{
    HttpPolicy policy = m_session.policy();
    policy.transferTimeout = std::chrono::seconds(settings.transferTimeoutSeconds());
    m_session.setPolicy(policy);
}

Setup::~Setup() = default;

void Setup::forgetSecrets()
{
    m_journey.forgetSecrets();
    m_signIn.forgetSecret();
    // Idle connections keep their socket buffers (requests with tokens and credentials) for reuse.
    if (QNetworkAccessManager* network = m_session.network()) {
        network->clearConnectionCache();
        network->clearAccessCache();
    }
}

} // namespace Inlet
