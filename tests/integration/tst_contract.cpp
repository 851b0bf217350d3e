// Contract test: the client's real requests go to Prism 5.14.2 (pinned in tests/contract/package.json
// and its lockfile) mocking Adobe's Flow Service OpenAPI (tests/contract/flow-service-openapi.yaml,
// verbatim). Any request Prism finds invalid fails the test – an `sl-violations` header, or the 422
// problem body Prism sends when the spec defines no error response.
//
// Prism serves the paths without the /data/foundation/flowservice prefix (the spec's server URL is
// //{environment}.adobe.io/data/foundation/flowservice), so the Flow Service endpoint is Prism's
// origin. Sign-in is a pasted token: Prism mocks no IMS.

#include "../unit/tst_catalog_samples.h"
#include "PlatformTestSupport.h"
#include "PrismMock.h"
#include "SeedDrafts.h"

#include "catalog/Catalog.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Inlet;

Q_DECLARE_METATYPE(Inlet::ExploreQuery)

namespace {

// The Amazon Redshift example of the documentation (reference/connectionSpec-example.json).
ConnectionDraft redshift()
{
    ConnectionDraft draft;
    draft.name = QStringLiteral("Amazon Redshift base connection");
    draft.description = QStringLiteral("base connection for Amazon Redshift");
    draft.connectionSpecId = QStringLiteral("3416976c-a9ca-4bba-901a-1f08f66978ff");
    draft.authSpecName = QStringLiteral("Basic Authentication");
    draft.params = {{QStringLiteral("server"), QStringLiteral("{SERVER}")},
                    {QStringLiteral("database"), QStringLiteral("{DATABASE}")},
                    {QStringLiteral("username"), QStringLiteral("{USERNAME}")},
                    {QStringLiteral("password"), QStringLiteral("{PASSWORD}"), true}};
    return draft;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void signIn();
    void createConnection_data();
    void createConnection();
    void listConnectionsOfASpec();
    void exploreRoot();
    void exploreShapes_data();
    void exploreShapes();
    void deleteConnection();
    void listConnectionSpecs();

private:
    QList<PrismExchange> violating() const;

    PrismMock m_prism;
    QNetworkAccessManager m_network;
    PlatformSession* m_session = nullptr;
    QList<PrismExchange> m_exchanges;
};

void TestContract::initTestCase()
{
    QVERIFY2(QFile::exists(PrismMock::contractDir() + QStringLiteral("/flow-service-openapi.yaml")),
             "INLET_CONTRACT_DIR is not set right");
    const QString unavailable = PrismMock::unavailableReason();
    QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable));
    QVERIFY2(m_prism.start(QStringLiteral("flow-service-openapi.yaml")), qPrintable(m_prism.error()));

    // Every reply passes here while it is still alive: collect Prism's verdict on each request.
    connect(&m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
        m_exchanges << PrismMock::judge(reply);
    });

    m_session = new PlatformSession(&m_network, this);
    PrismMock::setUpSession(m_session);
    PlatformEndpoints endpoints = m_session->endpoints();
    endpoints.flowService = m_prism.url();
    m_session->setEndpoints(endpoints);
}

void TestContract::init()
{
    m_exchanges.clear();
}

void TestContract::cleanupTestCase()
{
    m_prism.stop();
}

QList<PrismExchange> TestContract::violating() const
{
    QList<PrismExchange> result;
    for (const PrismExchange& exchange : m_exchanges) {
        if (!exchange.violations.isEmpty())
            result << exchange;
    }
    return result;
}

static QString describe(const QList<PrismExchange>& exchanges)
{
    return PrismMock::describe(exchanges);
}

void TestContract::signIn()
{
    const auto outcome = await(m_session->signIn());
    QVERIFY2(violating().isEmpty(), qPrintable(describe(violating())));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(m_exchanges.size(), 1);
}

void TestContract::createConnection_data()
{
    QTest::addColumn<ConnectionDraft>("draft");
    for (const ConnectionDraft& draft : SeedDrafts::all())
        QTest::newRow(qPrintable(draft.authSpecName)) << draft;
    QTest::newRow("Amazon Redshift") << redshift();
    // One create per auth type of the bundled catalog, with values its form accepts.
    const Catalog catalog = Catalog::bundled();
    for (const ConnectionSpec& spec : catalog.specs()) {
        for (const AuthSpec& auth : spec.authSpecs) {
            const FormModel model(auth);
            ConnectionDraft draft;
            draft.name = spec.displayName + QStringLiteral(" connection");
            draft.description = QStringLiteral("Created by the contract test");
            draft.connectionSpecId = spec.id;
            draft.connectionSpecVersion = spec.version;
            draft.authSpecName = auth.name;
            draft.params = model.toParams(CatalogSamples::validValues(model));
            QTest::addRow("%s / %s", qPrintable(spec.displayName), qPrintable(auth.name)) << draft;
        }
    }
}

void TestContract::createConnection()
{
    QFETCH(ConnectionDraft, draft);
    const auto outcome = await(FlowServiceClient(m_session).createConnection(draft));
    QVERIFY2(violating().isEmpty(), qPrintable(describe(violating())));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(!outcome.result.id.isEmpty());
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().status, 201);
}

void TestContract::listConnectionsOfASpec()
{
    const auto outcome = await(FlowServiceClient(m_session).listConnections(SeedDrafts::spark().connectionSpecId));
    QVERIFY2(violating().isEmpty(), qPrintable(describe(violating())));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(!outcome.result.isEmpty());
    QVERIFY(m_exchanges.first().url.contains(QLatin1String("property=connectionSpec.id")));
}

void TestContract::exploreRoot()
{
    const auto outcome =
        await(FlowServiceClient(m_session).exploreRoot(QStringLiteral("69f188b6-af07-4587-8061-e94d34637b41")));
    QCOMPARE(m_exchanges.size(), 1);
    // Known disagreement between Adobe's documents: every tutorial sends objectType=root, the OpenAPI
    // enum only allows ROOT. Inlet follows the tutorials. The one violation must be exactly that; if
    // the client ever changes, this XFAIL turns into an XPASS and fails, so the note gets removed.
    const QStringList violations = m_exchanges.first().violations;
    QEXPECT_FAIL(
        "", "OpenAPI enum is ROOT, the documented requests use root (see FlowServiceClient::exploreRoot)", Continue);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(m_exchanges)));
    QCOMPARE(violations.size(), 1);
    QVERIFY2(violations.first().contains(QLatin1String("objecttype must be equal to one of the allowed values")),
             qPrintable(violations.first()));
    QVERIFY(outcome.error.isError()); // Prism answered 422, so nothing to parse
}

void TestContract::exploreShapes_data()
{
    QTest::addColumn<QString>("objectType");
    QTest::addColumn<ExploreQuery>("query");
    const auto file = [](std::optional<FileFormat::Type> type, const QString& delimiter, const QString& compression) {
        ExploreQuery query;
        query.objectType = QStringLiteral("file");
        query.path = QStringLiteral("/acme-customers/customers.csv");
        query.preview = true;
        if (type) {
            FileFormat format;
            format.type = *type;
            format.delimiter = delimiter;
            format.compression = compression;
            query.format = format;
        } else {
            query.determineProperties = true;
        }
        return query;
    };
    QTest::newRow("folder") << QStringLiteral("folder") << ExploreQuery();
    ExploreQuery table;
    table.objectType = QStringLiteral("table");
    table.path = QStringLiteral("test1.Mytable");
    QTest::newRow("table schema") << QString() << table;
    table.preview = true;
    QTest::newRow("table preview") << QString() << table;
    QTest::newRow("file detected") << QString() << file(std::nullopt, {}, {});
    QTest::newRow("file delimited gzip") << QString()
                                         << file(FileFormat::Type::Delimited,
                                                 QStringLiteral(";"),
                                                 QStringLiteral("gzip"));
    QTest::newRow("file delimited tab") << QString() << file(FileFormat::Type::Delimited, QStringLiteral("\t"), {});
    QTest::newRow("file json") << QString() << file(FileFormat::Type::JsonData, {}, {});
    QTest::newRow("file parquet") << QString() << file(FileFormat::Type::Parquet, {}, {});
}

void TestContract::exploreShapes()
{
    QFETCH(QString, objectType);
    QFETCH(ExploreQuery, query);
    const QString connection = QStringLiteral("69f188b6-af07-4587-8061-e94d34637b41");
    FlowServiceClient client(m_session);
    bool finished = false;
    Operation* operation = objectType.isEmpty()
        ? static_cast<Operation*>(client.exploreObject(connection, query))
        : client.exploreLevel(connection, objectType, QStringLiteral("/acme-customers/"));
    connect(operation, &Operation::finished, this, [&finished] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(m_exchanges.size(), 1);
    // The only violations are the known disagreements between Adobe's documents: the tutorials send
    // objectType in lower case (the OpenAPI enum is upper case, see exploreRoot), and fileType as
    // delimited/json/parquet where the OpenAPI's enum has Delimited and JSON only (flow-service-api.md:
    // the data-landing-zone tutorial sends the lower-case names, parquet included).
    const QStringList violations = m_exchanges.first().violations;
    QEXPECT_FAIL("", "OpenAPI enums differ from the documented requests in case (and parquet)", Continue);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(m_exchanges)));
    const bool sendsFileType = objectType.isEmpty() && query.format.has_value();
    QVERIFY2(violations.size() == (sendsFileType ? 2 : 1), qPrintable(describe(m_exchanges)));
    QVERIFY2(violations.first().contains(QLatin1String("objecttype must be equal to one of the allowed values")),
             qPrintable(violations.first()));
    if (sendsFileType) {
        QVERIFY2(violations.last().contains(QLatin1String("filetype must be equal to one of the allowed values")),
                 qPrintable(violations.last()));
    }
}

void TestContract::deleteConnection()
{
    const auto outcome =
        await(FlowServiceClient(m_session).deleteConnection(QStringLiteral("69f188b6-af07-4587-8061-e94d34637b41")));
    QVERIFY2(violating().isEmpty(), qPrintable(describe(violating())));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(m_exchanges.first().status, 204);
}

void TestContract::listConnectionSpecs()
{
    const auto outcome = await(FlowServiceClient(m_session).listConnectionSpecs());
    QVERIFY2(violating().isEmpty(), qPrintable(describe(violating())));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(!outcome.result.isEmpty());
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
