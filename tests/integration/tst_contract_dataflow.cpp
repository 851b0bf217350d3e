// Contract test of the ingestion half: every request the dataflow steps send goes to Prism mocking
// the OpenAPI of its service – Catalog, Schema Registry, Data Prep (Adobe's files from
// experience-platform-apis, verbatim in tests/contract/) and Flow Service – and any violation Prism
// reports fails the test. Prism serves each API's paths without its /data/foundation/… prefix, so
// each endpoint is one Prism's origin.

#include "PlatformTestSupport.h"
#include "PrismMock.h"

#include "platform/CatalogClient.h"
#include "platform/DataPrepClient.h"
#include "platform/DataflowClient.h"
#include "platform/DataflowOperations.h"
#include "platform/PlatformSession.h"
#include "platform/SchemaRegistryClient.h"
#include "setup/MapColumns.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Inlet;

Q_DECLARE_METATYPE(Inlet::SourceConnectionDraft)

namespace {

const QString kSchemaId = QStringLiteral("https://ns.adobe.com/acmeinc/schemas/9c3c2c0d5e2a4b1c8f0e7d6a5b4c3d2e");
const QString kSchemaAltId = QStringLiteral("_acmeinc.schemas.9c3c2c0d5e2a4b1c8f0e7d6a5b4c3d2e");

QList<ExploreColumn> columns()
{
    return {{QStringLiteral("customer_id"), QStringLiteral("int"), QStringLiteral("integer"), QString()},
            {QStringLiteral("first_name"), QStringLiteral("string"), QStringLiteral("string"), QString()},
            {QStringLiteral("created_at"),
             QStringLiteral("timestamp"),
             QStringLiteral("string"),
             QStringLiteral("date-time")}};
}

MappingSetDraft mapping()
{
    return MappingSetDraft{
        QStringLiteral("Customers - mapping"),
        columns(),
        kSchemaId,
        {{MappingRule::SourceType::Attribute, QStringLiteral("customer_id"), QStringLiteral("_acmeinc.customerId")},
         {MappingRule::SourceType::Attribute, QStringLiteral("first_name"), QStringLiteral("person.name.firstName")},
         {MappingRule::SourceType::Expression, QStringLiteral("uuid()"), QStringLiteral("_id")}}};
}

} // namespace

class TestContractDataflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void catalogDatasets();
    void schemaRegistry();
    void dataPrep();
    void flowSpecs();
    void sourceConnection_data();
    void sourceConnection();
    void targetConnectionAndFlow_data();
    void targetConnectionAndFlow();
    void lookingAndDeleting();
    void runs();

private:
    // Runs `operation` to its end; Prism's verdicts on its requests are in m_exchanges.
    void run(Operation* operation);
    void verifyNoViolation() const;

    PrismMock m_flowService;
    PrismMock m_catalog;
    PrismMock m_schemaRegistry;
    PrismMock m_dataPrep;
    QNetworkAccessManager m_network;
    PlatformSession* m_session = nullptr;
    QList<PrismExchange> m_exchanges;
};

void TestContractDataflow::initTestCase()
{
    const QString unavailable = PrismMock::unavailableReason();
    QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable));
    QVERIFY2(m_flowService.start(QStringLiteral("flow-service-openapi.yaml")), qPrintable(m_flowService.error()));
    QVERIFY2(m_catalog.start(QStringLiteral("catalog-openapi.yaml")), qPrintable(m_catalog.error()));
    QVERIFY2(m_schemaRegistry.start(QStringLiteral("schema-registry-openapi.yaml")),
             qPrintable(m_schemaRegistry.error()));
    QVERIFY2(m_dataPrep.start(QStringLiteral("data-prep-openapi.yaml")), qPrintable(m_dataPrep.error()));
    connect(&m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
        m_exchanges << PrismMock::judge(reply);
    });
    m_session = new PlatformSession(&m_network, this);
    PrismMock::setUpSession(m_session);
    PlatformEndpoints endpoints = m_session->endpoints();
    endpoints.flowService = m_flowService.url();
    endpoints.catalog = m_catalog.url();
    endpoints.schemaRegistry = m_schemaRegistry.url();
    endpoints.dataPrep = m_dataPrep.url();
    m_session->setEndpoints(endpoints);
}

void TestContractDataflow::init()
{
    m_exchanges.clear();
}

void TestContractDataflow::cleanupTestCase()
{
    for (PrismMock* prism : {&m_flowService, &m_catalog, &m_schemaRegistry, &m_dataPrep})
        prism->stop();
}

void TestContractDataflow::run(Operation* operation)
{
    bool finished = false;
    connect(operation, &Operation::finished, this, [&finished] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
}

void TestContractDataflow::verifyNoViolation() const
{
    QVERIFY(!m_exchanges.isEmpty());
    for (const PrismExchange& exchange : m_exchanges) {
        QVERIFY2(exchange.violations.isEmpty(), qPrintable(PrismMock::describe(m_exchanges)));
        // Schema Registry's OpenAPI declares only application/json answers, while its Accept parameter
        // (required, validated above) names the registry's own media types: Prism validates the
        // request, then finds no example to answer with (406).
        const bool registryMediaType =
            exchange.status == 406 && exchange.url.startsWith(m_schemaRegistry.url().toString());
        QVERIFY2((exchange.status >= 200 && exchange.status < 300) || registryMediaType,
                 qPrintable(PrismMock::describe(m_exchanges)));
    }
}

void TestContractDataflow::catalogDatasets()
{
    run(CatalogClient(m_session).listDatasets());
    run(CatalogClient(m_session).listDatasets(QStringLiteral("Acme customers")));
    run(CatalogClient(m_session).createDataset(
        QStringLiteral("Customers (Spark)"), QStringLiteral("From Inlet"), kSchemaId));
    run(CatalogClient(m_session).deleteDataset(QStringLiteral("5ba9452f7de80400007fc52a")));
    QCOMPARE(m_exchanges.size(), 4);
    verifyNoViolation();
}

void TestContractDataflow::schemaRegistry()
{
    run(SchemaRegistryClient(m_session).listSchemas());
    run(SchemaRegistryClient(m_session).describeSchema(kSchemaId, kSchemaAltId));
    run(SchemaRegistryClient(m_session).describeSchema(kSchemaId)); // by the encoded $id
    QCOMPARE(m_exchanges.size(), 5);
    verifyNoViolation();
}

void TestContractDataflow::dataPrep()
{
    run(DataPrepClient(m_session).validate(mapping()));
    run(DataPrepClient(m_session).preview(
        mapping(),
        MapColumns::rowsAsJson(
            columns(), {{QStringLiteral("1000"), QStringLiteral("Ada"), QStringLiteral("2024-01-01T00:00:00Z")}}, 10)));
    run(DataPrepClient(m_session).createMappingSet(mapping()));
    run(DataPrepClient(m_session).findMappingSets(QStringLiteral("Customers - mapping")));
    QCOMPARE(m_exchanges.size(), 4);
    verifyNoViolation();
}

void TestContractDataflow::flowSpecs()
{
    run(DataflowClient(m_session).flowSpecs(QStringLiteral("CRMToAEP")));
    verifyNoViolation();
}

void TestContractDataflow::sourceConnection_data()
{
    QTest::addColumn<SourceConnectionDraft>("draft");
    SourceConnectionDraft table;
    table.name = QStringLiteral("Customers - source");
    table.baseConnectionId = QStringLiteral("69f188b6-af07-4587-8061-e94d34637b41");
    table.connectionSpecId = QStringLiteral("6a8d82bc-1caf-45d1-908d-cadabc9d63a6");
    table.objectType = QStringLiteral("table");
    table.path = QStringLiteral("public.customers");
    table.columns = columns();
    QTest::newRow("table") << table;
    table.cdcEnabled = true;
    QTest::newRow("table with change data capture") << table;
    SourceConnectionDraft file = table;
    file.cdcEnabled = false;
    file.objectType = QStringLiteral("file");
    file.path = QStringLiteral("/acme-customers/customers-2024.csv.gz");
    file.format = FileFormat{FileFormat::Type::Delimited, QStringLiteral(";"), QStringLiteral("gzip")};
    QTest::newRow("delimited file") << file;
    file.format = FileFormat{FileFormat::Type::Parquet, {}, {}};
    QTest::newRow("parquet file") << file;
}

void TestContractDataflow::sourceConnection()
{
    QFETCH(SourceConnectionDraft, draft);
    run(DataflowClient(m_session).createSourceConnection(draft));
    QCOMPARE(m_exchanges.size(), 1);
    verifyNoViolation();
}

void TestContractDataflow::targetConnectionAndFlow_data()
{
    QTest::addColumn<int>("frequency");
    for (const FlowSchedule::Frequency frequency : {FlowSchedule::Frequency::Once,
                                                    FlowSchedule::Frequency::Minute,
                                                    FlowSchedule::Frequency::Hour,
                                                    FlowSchedule::Frequency::Day,
                                                    FlowSchedule::Frequency::Week})
        QTest::newRow(qPrintable(FlowSchedule::frequencyName(frequency))) << int(frequency);
}

void TestContractDataflow::targetConnectionAndFlow()
{
    QFETCH(int, frequency);
    run(DataflowClient(m_session).createTargetConnection(TargetConnectionDraft{
        QStringLiteral("Customers - target"), QStringLiteral("5ba9452f7de80400007fc52a"), kSchemaId}));
    FlowDraft flow;
    flow.name = QStringLiteral("Customers from Spark");
    flow.flowSpec = FlowSpecInfo{QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860"),
                                 QStringLiteral("CRMToAEP"),
                                 QStringLiteral("1.0"),
                                 {},
                                 false};
    flow.sourceConnectionId = QStringLiteral("eb19c882-0000-4000-8000-000000000001");
    flow.targetConnectionId = QStringLiteral("eea7eaf4-0000-4000-8000-000000000002");
    flow.mappingId = QStringLiteral("e7c80e4c0d8f4a98a7d400b4e178b635");
    flow.schedule.frequency = FlowSchedule::Frequency(frequency);
    flow.schedule.interval = FlowSchedule::minimumInterval(flow.schedule.frequency);
    flow.schedule.startUtc = QDateTime::currentDateTimeUtc();
    flow.schedule.deltaColumn = QStringLiteral("created_at");
    flow.schedule.partialIngestionPercent = 10;
    run(DataflowClient(m_session).createFlow(flow));
    QCOMPARE(m_exchanges.size(), 2);
    verifyNoViolation();
}

void TestContractDataflow::lookingAndDeleting()
{
    DataflowClient client(m_session);
    run(client.find(
        DataflowClient::Kind::SourceConnection, QStringLiteral("baseConnectionId"), QStringLiteral("69f188b6")));
    run(client.find(
        DataflowClient::Kind::TargetConnection, QStringLiteral("params.dataSetId"), QStringLiteral("5ba9452f")));
    run(client.findFlows(QStringLiteral("sourceConnectionIds"), QStringLiteral("eb19c882")));
    for (const DataflowClient::Kind kind :
         {DataflowClient::Kind::Flow, DataflowClient::Kind::TargetConnection, DataflowClient::Kind::SourceConnection})
        run(client.remove(kind, QStringLiteral("3d17a4ff-9e0a-4f7c-94bb-bc0b61a3a76d")));
    verifyNoViolation();
}

void TestContractDataflow::runs()
{
    run(DataflowClient(m_session).runs(QStringLiteral("3d17a4ff-9e0a-4f7c-94bb-bc0b61a3a76d")));
    verifyNoViolation();
}

QTEST_GUILESS_MAIN(TestContractDataflow)
#include "tst_contract_dataflow.moc"
