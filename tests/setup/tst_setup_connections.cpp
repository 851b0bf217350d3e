// The use cases around one connection, against the simulator: list, reuse (a journey decision),
// delete, test, and the landing-zone credentials as a Spark config line; and the journey itself.
#include "SeedDrafts.h"
#include "SetupTestSupport.h"
#include "databricks/SparkConfigLine.h"

#include <QTest>

using namespace Inlet;

class TestSetupConnections : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listReuseAndDelete();
    void prefetchedListServesTheNextPageOnce();
    void testListsTheSourceRoot();
    void landingZoneFetchAndRefresh();
    void journeyForgetsWhatAnotherSourceMakesStale();
    void journeyForgetsSecrets();

private:
    CreatedConnection createOne();

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
};

void TestSetupConnections::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_setup = std::make_unique<SetupUnderTest>();
    const auto signedIn =
        await(m_setup->setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false));
    QVERIFY2(!signedIn.error, qPrintable(signedIn.error.details()));
}

void TestSetupConnections::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

CreatedConnection TestSetupConnections::createOne()
{
    const CreateRun run = awaitNewConnection(m_setup->setup.createConnection().create(SeedDrafts::spark(), false));
    return run.error ? CreatedConnection() : run.result.connection;
}

void TestSetupConnections::listReuseAndDelete()
{
    ExistingConnections& existing = m_setup->setup.existingConnections();
    const QString specId = SeedDrafts::spark().connectionSpecId;
    const auto none = await(existing.list(specId));
    QVERIFY2(!none.error, qPrintable(none.error.details()));
    QVERIFY(none.result.isEmpty());

    const CreatedConnection created = createOne();
    QVERIFY(!created.id.isEmpty());
    const auto one = await(existing.list(specId));
    QVERIFY2(!one.error, qPrintable(one.error.details()));
    QCOMPARE(one.result.size(), 1);
    QCOMPARE(one.result.first().id, created.id);
    QCOMPARE(one.result.first().name, SeedDrafts::spark().name);

    SetupJourney& journey = m_setup->setup.journey();
    journey.reuseConnection(one.result.first());
    QCOMPARE(journey.reusedConnection()->id, created.id);
    journey.createNewConnection();
    QVERIFY(!journey.reusedConnection());

    const auto deleted = await(existing.remove(created.id));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.details()));
    QCOMPARE(deleted.result, created.id);
    QVERIFY(await(existing.list(specId)).result.isEmpty());
    // Deleting it again is a definite refusal, reported as such.
    QCOMPARE(await(existing.remove(created.id)).error.kind(), Error::Kind::Http);
}

void TestSetupConnections::prefetchedListServesTheNextPageOnce()
{
    ExistingConnections& existing = m_setup->setup.existingConnections();
    const QString specId = SeedDrafts::spark().connectionSpecId;
    const CreatedConnection created = createOne();
    QVERIFY(!created.id.isEmpty());
    const auto listings = [this] {
        return m_sim->requestsTo(QStringLiteral("/connections"), QStringLiteral("GET")).size();
    };
    const qsizetype before = listings();

    // Prefetched while the user chooses: the page's list() is answered without another request.
    existing.prefetch(specId);
    existing.prefetch(specId); // the same source again: still one listing
    QTRY_COMPARE_WITH_TIMEOUT(listings(), before + 1, 5000);
    spin(100);
    const auto served = await(existing.list(specId));
    QVERIFY2(!served.error, qPrintable(served.error.details()));
    QCOMPARE(served.result.size(), 1);
    QCOMPARE(served.result.first().id, created.id);
    QCOMPARE(listings(), before + 1);
    // Used once: a reload asks Platform again.
    QCOMPARE(await(existing.list(specId)).result.size(), 1);
    QCOMPARE(listings(), before + 2);

    // Still under way when the page asks: the page gets its answer, no second request.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connections"), QStringLiteral("latency"), 400, 1));
    existing.prefetch(specId);
    const auto forwarded = await(existing.list(specId));
    QVERIFY2(!forwarded.error, qPrintable(forwarded.error.details()));
    QCOMPARE(forwarded.result.size(), 1);
    QCOMPARE(listings(), before + 3);

    // Prefetched for another source: the page's own source is listed afresh.
    existing.prefetch(QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3"));
    QTRY_COMPARE_WITH_TIMEOUT(listings(), before + 4, 5000);
    const auto other = await(existing.list(specId));
    QCOMPARE(other.result.size(), 1);
    QCOMPARE(listings(), before + 5);

    // A failed prefetch is not passed on: the page asks again and gets the list.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connections"), QStringLiteral("refuse"), 403, 1));
    existing.prefetch(specId);
    QTRY_COMPARE_WITH_TIMEOUT(listings(), before + 6, 5000);
    spin(100);
    const auto retried = await(existing.list(specId));
    QVERIFY2(!retried.error, qPrintable(retried.error.details()));
    QCOMPARE(retried.result.size(), 1);
}

void TestSetupConnections::testListsTheSourceRoot()
{
    const CreatedConnection created = createOne();
    QVERIFY(!created.id.isEmpty());
    const auto tested = await(m_setup->setup.testConnection().test(created.id));
    QVERIFY2(!tested.error, qPrintable(tested.error.details()));
    QVERIFY(!tested.result.isEmpty());
    QVERIFY(!tested.result.first().name.isEmpty());
}

void TestSetupConnections::landingZoneFetchAndRefresh()
{
    LandingZoneAccess& landingZone = m_setup->setup.landingZone();
    const auto fetched = await(landingZone.fetch());
    QVERIFY2(!fetched.error, qPrintable(fetched.error.details()));
    QVERIFY2(fetched.result.line.isValid(), qPrintable(fetched.result.line.error()));
    QVERIFY(fetched.result.line.text().startsWith(QLatin1String("fs.azure.sas.")));
    QVERIFY(fetched.result.line.expiryDate().isValid());

    const auto again = await(landingZone.fetch());
    QCOMPARE(again.result.line.text(), fetched.result.line.text()); // fetching does not rotate

    const auto refreshed = await(landingZone.refresh());
    QVERIFY2(!refreshed.error, qPrintable(refreshed.error.details()));
    QVERIFY(refreshed.result.line.isValid());
    QVERIFY(refreshed.result.line.text() != fetched.result.line.text()); // a new token
}

void TestSetupConnections::journeyForgetsWhatAnotherSourceMakesStale()
{
    SetupJourney journey;
    ConnectionSpec spark;
    spark.id = SeedDrafts::spark().connectionSpecId;
    QVERIFY(journey.chooseSource(spark));
    QVERIFY(!journey.chooseSource(spark)); // the same source again changes nothing
    ConnectionSummary old;
    old.id = QStringLiteral("id-1");
    journey.reuseConnection(old);
    journey.enterCredentials(SeedDrafts::spark(), false);
    QVERIFY(!journey.remembersCredentials());

    QVERIFY(!journey.chooseSource(spark));
    QVERIFY(journey.reusedConnection().has_value());

    ConnectionSpec databricks;
    databricks.id = SparkConfigLine::databricksConnectionSpecId();
    QVERIFY(journey.chooseSource(databricks));
    QVERIFY(journey.isDatabricks());
    QVERIFY(!journey.reusedConnection());
    QVERIFY(journey.draft().params.isEmpty());
}

void TestSetupConnections::journeyForgetsSecrets()
{
    SetupJourney journey;
    journey.enterCredentials(SeedDrafts::spark(), true);
    QVERIFY(journey.draft().params.contains(QLatin1String("password")));
    journey.forgetSecrets();
    QVERIFY(!journey.draft().params.contains(QLatin1String("password")));
    QVERIFY(journey.draft().params.contains(QLatin1String("host")));
}

QTEST_GUILESS_MAIN(TestSetupConnections)
#include "tst_setup_connections.moc"
