// Flow Service client against the real inlet-platform-sim over loopback: every endpoint.

#include "PlatformTestSupport.h"
#include "QtJson.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogParser.h"
#include "core/AppInfo.h"
#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Inlet;
using InletTest::qtJson;

class TestFlowService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInVerifiesWithOneFlowServiceCall();
    void everyRequestCarriesThePlatformHeaders();
    void createSendsTheSeedBodyAndKeepsTheEtagVerbatim();
    void createsTheSeedSources_data();
    void createsTheSeedSources();
    void wrongAuthSpecNameIsFlow1415();
    void missingRequiredParamNamesTheField();
    void wrongParamTypeNamesTheField();
    void listConnectionsFollowsPages();
    void listConnectionSpecsReturnsEveryPageForTheCatalogParser();
    void exploreRootListsTables();
    void deleteConnection();
    void unknownConnectionIs404();
    void operationFinishesExactlyOnceAndAsynchronously();

private:
    CreatedConnection create(const ConnectionDraft& draft);

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformSession> m_session;
};

void TestFlowService::init()
{
    m_sim = std::make_unique<SimulatorProcess>(QStringList{QStringLiteral("--page-size"), QStringLiteral("3")});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = m_sim->session(m_network.get());
}

void TestFlowService::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sim.reset();
}

CreatedConnection TestFlowService::create(const ConnectionDraft& draft)
{
    const auto outcome = await(FlowServiceClient(m_session.get()).createConnection(draft));
    [&] {
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    }();
    return outcome.result;
}

void TestFlowService::signInVerifiesWithOneFlowServiceCall()
{
    const auto outcome = await(m_session->signIn());
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(!outcome.result.pastedToken);
    QVERIFY(outcome.result.tokenExpiresAt > QDateTime::currentDateTimeUtc().addSecs(3600));

    const QJsonArray requests = m_sim->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/ims/token/v3"));
    QCOMPARE(requests.at(1).toObject().value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(requests.at(1).toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("/data/foundation/flowservice/connections"));
}

void TestFlowService::everyRequestCarriesThePlatformHeaders()
{
    const CreatedConnection created = create(SeedDrafts::spark());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(FlowServiceClient(m_session.get()).exploreRoot(created.id)).error);

    const Profile profile = m_sim->profile();
    QJsonArray platform = m_sim->requestsTo(QStringLiteral("/connections"));
    for (const QJsonValue value : m_sim->requestsTo(created.id + QStringLiteral("/explore")))
        platform.append(value);
    QCOMPARE(platform.size(), 2);
    for (const QJsonValue value : platform) {
        const QJsonObject headers = value.toObject().value(QLatin1String("headers")).toObject();
        QVERIFY(headers.value(QLatin1String("authorization")).toString().startsWith(QLatin1String("Bearer sim-")));
        QCOMPARE(headers.value(QLatin1String("x-api-key")).toString(), profile.clientId);
        QCOMPARE(headers.value(QLatin1String("x-gw-ims-org-id")).toString(), profile.orgId);
        QCOMPARE(headers.value(QLatin1String("x-sandbox-name")).toString(), profile.sandbox);
        QCOMPARE(headers.value(QLatin1String("user-agent")).toString(), QStringLiteral("Inlet/") + AppInfo::version());
        if (value.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST"))
            QCOMPARE(headers.value(QLatin1String("content-type")).toString(), QStringLiteral("application/json"));
    }
}

void TestFlowService::createSendsTheSeedBodyAndKeepsTheEtagVerbatim()
{
    const CreatedConnection created = create(SeedDrafts::spark());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!created.id.isEmpty());
    QVERIFY2(created.etag.startsWith(QLatin1Char('"')) && created.etag.endsWith(QLatin1Char('"')),
             qPrintable(created.etag));

    const QJsonArray posts = m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST"));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.at(0).toObject().value(QLatin1String("json")).toObject(), SeedDrafts::sparkSeedBody());
    // The stored connection has the same etag, quotes included.
    QCOMPARE(m_sim->connections().at(0).toObject().value(QLatin1String("etag")).toString(), created.etag);
}

void TestFlowService::createsTheSeedSources_data()
{
    QTest::addColumn<ConnectionDraft>("draft");
    for (ConnectionDraft draft : SeedDrafts::all()) {
        if (draft.connectionSpecId == SeedDrafts::dataExplorer().connectionSpecId)
            draft = SeedDrafts::dataExplorerFilled(); // its placeholders break the spec's formats
        QTest::newRow(qPrintable(draft.authSpecName)) << draft;
    }
}

void TestFlowService::createsTheSeedSources()
{
    QFETCH(ConnectionDraft, draft);
    const CreatedConnection created = create(draft);
    QVERIFY(!QTest::currentTestFailed());
    const QJsonObject stored = m_sim->connections().at(0).toObject();
    QCOMPARE(stored.value(QLatin1String("id")).toString(), created.id);
    QCOMPARE(stored.value(QLatin1String("auth")).toObject().value(QLatin1String("params")).toObject(),
             qtJson(draft.params));
    QCOMPARE(stored.value(QLatin1String("connectionSpec")).toObject().value(QLatin1String("id")).toString(),
             draft.connectionSpecId);
}

void TestFlowService::wrongAuthSpecNameIsFlow1415()
{
    ConnectionDraft draft = SeedDrafts::spark();
    draft.authSpecName = QStringLiteral("Basic Authentication");
    const auto outcome = await(FlowServiceClient(m_session.get()).createConnection(draft));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind(), Error::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 400);
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-1415-400"));
    QVERIFY(!outcome.error.requestId().isEmpty());
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("authentication type does not match")));
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);
}

void TestFlowService::missingRequiredParamNamesTheField()
{
    ConnectionDraft draft = SeedDrafts::dataExplorer();
    draft.params.remove(QStringLiteral("tenant"));
    const auto outcome = await(FlowServiceClient(m_session.get()).createConnection(draft));
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-1100-400"));
    QVERIFY2(outcome.error.actionableMessage().contains(QLatin1String("auth.params.tenant")),
             qPrintable(outcome.error.actionableMessage()));
}

void TestFlowService::wrongParamTypeNamesTheField()
{
    ConnectionDraft draft = SeedDrafts::spark();
    draft.params.insert(QStringLiteral("host"), 42);
    const auto outcome = await(FlowServiceClient(m_session.get()).createConnection(draft));
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-1100-400"));
    QVERIFY2(outcome.error.serverMessage().contains(QLatin1String("auth.params.host")),
             qPrintable(outcome.error.serverMessage()));
}

void TestFlowService::listConnectionsFollowsPages()
{
    FlowServiceClient client(m_session.get());
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        ConnectionDraft draft = SeedDrafts::spark();
        draft.name = QStringLiteral("Spark %1").arg(i);
        ids << create(draft).id;
        QVERIFY(!QTest::currentTestFailed());
    }
    create(SeedDrafts::dataExplorerFilled()); // another spec: must not be listed
    QVERIFY(!QTest::currentTestFailed());

    const auto outcome = await(client.listConnections(SeedDrafts::spark().connectionSpecId));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QStringList listed;
    for (const ConnectionSummary& summary : outcome.result) {
        listed << summary.id;
        QCOMPARE(summary.connectionSpecId, SeedDrafts::spark().connectionSpecId);
        QVERIFY(summary.createdAt.isValid());
    }
    QCOMPARE(listed, ids);
    // Page size 3: 7 connections take 3 requests, each filtered by the spec id.
    const QJsonArray gets = m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("GET"));
    QCOMPARE(gets.size(), 3);
    for (const QJsonValue get : gets)
        QVERIFY(get.toObject()
                    .value(QLatin1String("query"))
                    .toString()
                    .contains(QStringLiteral("property=connectionSpec.id==") + SeedDrafts::spark().connectionSpecId));
}

void TestFlowService::listConnectionSpecsReturnsEveryPageForTheCatalogParser()
{
    const auto outcome = await(FlowServiceClient(m_session.get()).listConnectionSpecs());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QStringList ids;
    for (const JsonDocument& page : outcome.result) {
        const CatalogPage parsed = CatalogParser::parse(page);
        QVERIFY(parsed.documentValid);
        for (const ConnectionSpec& spec : parsed.specs)
            ids << spec.id;
    }
    QStringList bundled;
    const Catalog catalog = Catalog::bundled();
    for (const ConnectionSpec& spec : catalog.specs())
        bundled << spec.id;
    QCOMPARE(ids, bundled);
    QCOMPARE(outcome.result.size(), int((bundled.size() + 2) / 3));
}

void TestFlowService::exploreRootListsTables()
{
    const CreatedConnection created = create(SeedDrafts::databricks());
    QVERIFY(!QTest::currentTestFailed());
    const auto outcome = await(FlowServiceClient(m_session.get()).exploreRoot(created.id));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(outcome.result.size() >= 3);
    QCOMPARE(outcome.result.first().type, QStringLiteral("table"));
    QVERIFY(outcome.result.first().name.startsWith(QLatin1String("acme-db.")));
    QCOMPARE(outcome.result.first().path, outcome.result.first().name);
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/explore")).at(0).toObject().value(QLatin1String("query")).toString(),
             QStringLiteral("objectType=root"));
}

void TestFlowService::deleteConnection()
{
    FlowServiceClient client(m_session.get());
    const CreatedConnection created = create(SeedDrafts::dataExplorerFilled());
    QVERIFY(!QTest::currentTestFailed());
    const auto deleted = await(client.deleteConnection(created.id));
    QVERIFY2(!deleted.error, qPrintable(deleted.error.details()));
    QCOMPARE(deleted.result, created.id);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);
    const auto again = await(client.deleteConnection(created.id));
    QCOMPARE(again.error.httpStatus(), 404);
    QCOMPARE(again.error.code(), QStringLiteral("FLOW-1101-404"));
}

void TestFlowService::unknownConnectionIs404()
{
    const auto outcome = await(FlowServiceClient(m_session.get()).exploreRoot(QStringLiteral("no-such-id")));
    QCOMPARE(outcome.error.kind(), Error::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 404);
    QVERIFY(!outcome.error.details().isEmpty());
    // A 404 is not retried.
    QCOMPARE(m_sim->requestsTo(QStringLiteral("no-such-id/explore")).size(), 1);
}

void TestFlowService::operationFinishesExactlyOnceAndAsynchronously()
{
    auto* operation = FlowServiceClient(m_session.get()).listConnections(SeedDrafts::spark().connectionSpecId);
    QPointer<Operation> guard(operation);
    QSignalSpy spy(operation, &Operation::finished);
    QCOMPARE(spy.count(), 0); // never synchronously
    QVERIFY(spy.wait(20000));
    spin(200);
    QCOMPARE(spy.count(), 1);
    QVERIFY(guard.isNull()); // deleted itself after finishing
}

QTEST_GUILESS_MAIN(TestFlowService)
#include "tst_flowservice.moc"
