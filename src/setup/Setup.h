#pragma once

#include "CatalogLoader.h"
#include "ChooseTarget.h"
#include "CreateConnection.h"
#include "CreateDataflow.h"
#include "ExistingConnections.h"
#include "ExploreConnection.h"
#include "LandingZoneAccess.h"
#include "MapColumns.h"
#include "ProfileStore.h"
#include "ResumeDataflow.h"
#include "SetupJourney.h"
#include "SignIn.h"
#include "TestConnection.h"
#include "UnfinishedConnections.h"
#include "UnfinishedDataflows.h"
#include "WatchRuns.h"
#include "platform/PlatformSession.h"

#include <QObject>

class QNetworkAccessManager;

namespace Inlet {

class SecretStore;
class Settings;

// The use cases of setting up a connection, sharing one Platform session, and the journey they
// advance. The wizard creates one and hands each page the use case it needs; the use cases of the
// ingestion half (explore, dataset, mapping, schedule, flow, runs) join here the same way.
// Every use case takes and returns plain values and reports through an Operation (core/Operation.h).
class Setup : public QObject
{
    Q_OBJECT

public:
    Setup(Settings& settings, SecretStore& secrets, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~Setup() override;

    SetupJourney& journey() { return m_journey; }
    const SetupJourney& journey() const { return m_journey; }

    SignIn& signIn() { return m_signIn; }
    ExistingConnections& existingConnections() { return m_existingConnections; }
    LandingZoneAccess& landingZone() { return m_landingZone; }
    CreateConnection& createConnection() { return m_createConnection; }
    TestConnection& testConnection() { return m_testConnection; }
    ExploreConnection& exploreConnection() { return m_exploreConnection; }
    CatalogLoader& catalogLoader() { return m_catalogLoader; }
    UnfinishedConnections& unfinishedConnections() { return m_unfinished; }
    UnfinishedDataflows& unfinishedDataflows() { return m_unfinishedDataflows; }
    ChooseTarget& chooseTarget() { return m_chooseTarget; }
    MapColumns& mapColumns() { return m_mapColumns; }
    CreateDataflow& createDataflow() { return m_createDataflow; }
    ResumeDataflow& resumeDataflow() { return m_resumeDataflow; }
    WatchRuns& watchRuns() { return m_watchRuns; }

    // Forgets every secret held in memory: the session's credential and the typed credentials.
    void forgetSecrets();

    // The one Platform session the use cases share. Pages do not use it; tests check what it holds.
    PlatformSession& session() { return m_session; }

private:
    PlatformSession m_session;
    ProfileStore m_profiles;
    SetupJourney m_journey;
    SignIn m_signIn;
    ExistingConnections m_existingConnections;
    LandingZoneAccess m_landingZone;
    CreateConnection m_createConnection;
    TestConnection m_testConnection;
    ExploreConnection m_exploreConnection;
    CatalogLoader m_catalogLoader;
    UnfinishedConnections m_unfinished;
    UnfinishedDataflows m_unfinishedDataflows;
    ChooseTarget m_chooseTarget;
    MapColumns m_mapColumns;
    CreateDataflow m_createDataflow;
    ResumeDataflow m_resumeDataflow;
    WatchRuns m_watchRuns;
};

} // namespace Inlet
