// Landing-zone credentials against the real inlet-platform-sim.

#include "PlatformTestSupport.h"
#include "SimulatorProcess.h"

#include "platform/LandingZoneClient.h"
#include "platform/PlatformSession.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Inlet;

class TestLandingZone : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getCredentials();
    void getIsStableAndRetried();
    void refreshRotatesAndRevokesTheOldSas();
    void refreshIsNeverRetried();
    void credentialsWithoutExpiryDate();

private:
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformSession> m_session;
};

void TestLandingZone::init()
{
    m_sim =
        std::make_unique<SimulatorProcess>(QStringList{QStringLiteral("--sas-lifetime-days"), QStringLiteral("90")});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = m_sim->session(m_network.get());
    HttpPolicy policy;
    policy.backoffBase = std::chrono::milliseconds(50);
    m_session->setPolicy(policy);
}

void TestLandingZone::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sim.reset();
}

void TestLandingZone::getCredentials()
{
    const auto outcome = await(LandingZoneClient(m_session.get()).credentials());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    const LandingZoneCredentials& c = outcome.result;
    QCOMPARE(c.containerName, QStringLiteral("dlz-databricks-container"));
    QVERIFY(c.sasToken.startsWith(QLatin1String("sv=")));
    QVERIFY(c.sasToken.contains(QLatin1String("&sig=")));
    QVERIFY(!c.storageAccountName.isEmpty());
    QCOMPARE(c.sasUri,
             QStringLiteral("https://%1.blob.core.windows.net/%2?%3")
                 .arg(c.storageAccountName, c.containerName, c.sasToken));
    QCOMPARE(c.expiryDate, QDate::currentDate().addDays(90));

    const QJsonObject request = m_sim->requestsTo(QStringLiteral("/credentials")).at(0).toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(request.value(QLatin1String("path")).toString(),
             QStringLiteral("/data/foundation/connectors/landingzone/credentials"));
    QCOMPARE(request.value(QLatin1String("query")).toString(), QStringLiteral("type=dlz_databricks_source"));
    QVERIFY(request.value(QLatin1String("headers")).toObject().value(QLatin1String("x-sandbox-name")).toString()
            == QLatin1String("prod"));
}

void TestLandingZone::getIsStableAndRetried()
{
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/credentials"), QStringLiteral("503")));
    const auto first = await(LandingZoneClient(m_session.get()).credentials());
    QVERIFY2(!first.error, qPrintable(first.error.details()));
    const auto second = await(LandingZoneClient(m_session.get()).credentials());
    QCOMPARE(second.result.sasToken, first.result.sasToken);
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/credentials")).size(), 3);
}

void TestLandingZone::refreshRotatesAndRevokesTheOldSas()
{
    const LandingZoneClient client(m_session.get());
    const auto before = await(client.credentials());
    QVERIFY(!before.error);
    const auto refreshed = await(client.refreshCredentials());
    QVERIFY2(!refreshed.error, qPrintable(refreshed.error.details()));
    QVERIFY(refreshed.result.sasToken != before.result.sasToken);
    QCOMPARE(refreshed.result.containerName, before.result.containerName);
    QCOMPARE(refreshed.result.storageAccountName, before.result.storageAccountName);
    QVERIFY(refreshed.result.expiryDate.isValid());

    // POST …&action=refresh, as the current API documents it.
    const QJsonObject refresh = m_sim->requestsTo(QStringLiteral("/credentials")).at(1).toObject();
    QCOMPARE(refresh.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(refresh.value(QLatin1String("query")).toString(),
             QStringLiteral("type=dlz_databricks_source&action=refresh"));

    // The old SAS is gone; a later GET returns the new one.
    const QJsonObject zone = m_sim->landingZone();
    QVERIFY(zone.value(QLatin1String("revokedSASTokens")).toArray().contains(before.result.sasToken));
    QCOMPARE(
        zone.value(QLatin1String("current")).toArray().at(0).toObject().value(QLatin1String("SASToken")).toString(),
        refreshed.result.sasToken);
    const auto after = await(client.credentials());
    QCOMPARE(after.result.sasToken, refreshed.result.sasToken);
}

void TestLandingZone::refreshIsNeverRetried()
{
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/credentials"), QStringLiteral("503")));
    const auto outcome = await(LandingZoneClient(m_session.get()).refreshCredentials());
    QCOMPARE(outcome.error.httpStatus(), 503);
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/credentials"), QStringLiteral("POST")).size(), 1);
}

void TestLandingZone::credentialsWithoutExpiryDate()
{
    const auto outcome = await(LandingZoneClient(m_session.get()).credentials(QStringLiteral("user_drop_zone")));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(outcome.result.containerName, QStringLiteral("dlz-user-container"));
    QVERIFY(!outcome.result.expiryDate.isValid());
}

QTEST_GUILESS_MAIN(TestLandingZone)
#include "tst_landingzone.moc"
