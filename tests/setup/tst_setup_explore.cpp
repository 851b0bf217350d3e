// The explore use case against the simulator, without widgets: the tree level by level, a table's
// schema and preview, files read as chosen or as detected, and each fault the Select data page
// explains (a stopped Databricks cluster, no preview, no permission, a timeout, a cancel), with a
// retry that repeats only the failed level.
#include "SeedDrafts.h"
#include "SetupTestSupport.h"

#include <QTest>
#include <QUrlQuery>

using namespace Inlet;

namespace {

const ExploreItem* findItem(const QList<ExploreItem>& items, const QString& name)
{
    for (const ExploreItem& item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

const ExploreColumn* findColumn(const QList<ExploreColumn>& columns, const QString& name)
{
    for (const ExploreColumn& column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

} // namespace

class TestSetupExplore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void databaseTreeLevelByLevel();
    void tableSchemaAndPreview();
    void wideTableWithLongValues();
    void objectThatCannotBePreviewed();
    void permissionDenied();
    void databricksClusterNotRunning();
    void timeout();
    void retryRepeatsOnlyTheFailedLevel();
    void cancelledLevel();
    void cloudStorageFiles();
    void fileFormatChosenByTheUser();
    void chosenObjectTravelsInTheJourney();

private:
    // Creates a connection from `draft` and points the explore use case at it.
    QString connect(const ConnectionDraft& draft);
    QList<ExploreItem> listed(ExploreOperation* operation);
    QUrlQuery lastExploreQuery();

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
};

void TestSetupExplore::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_setup = std::make_unique<SetupUnderTest>();
    const auto signedIn =
        await(m_setup->setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false));
    QVERIFY2(!signedIn.error, qPrintable(signedIn.error.details()));
}

void TestSetupExplore::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

QString TestSetupExplore::connect(const ConnectionDraft& draft)
{
    const CreateRun run = awaitNewConnection(m_setup->setup.createConnection().create(draft, false));
    if (run.error)
        return {};
    m_setup->setup.exploreConnection().setConnection(run.result.connection.id, draft.connectionSpecId);
    return run.result.connection.id;
}

QList<ExploreItem> TestSetupExplore::listed(ExploreOperation* operation)
{
    const auto outcome = await(operation);
    if (outcome.error)
        qWarning("%s", qPrintable(outcome.error.details()));
    return outcome.result;
}

QUrlQuery TestSetupExplore::lastExploreQuery()
{
    const QJsonArray requests = m_sim->requestsTo(QStringLiteral("/explore"), QStringLiteral("GET"));
    return QUrlQuery(requests.last().toObject().value(QLatin1String("query")).toString());
}

void TestSetupExplore::databaseTreeLevelByLevel()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const QList<ExploreItem> root = listed(explore.listRoot());
    QVERIFY(findItem(root, QStringLiteral("public.customers")));
    const ExploreItem* schema = findItem(root, QStringLiteral("analytics"));
    QVERIFY(schema);
    QVERIFY(ExploreConnection::isContainer(*schema));
    QVERIFY(!ExploreConnection::isContainer(*findItem(root, QStringLiteral("public.orders"))));
    QCOMPARE(lastExploreQuery().queryItemValue(QStringLiteral("objectType")), QStringLiteral("root"));

    const QList<ExploreItem> tables = listed(explore.listChildren(*schema));
    QCOMPARE(tables.size(), 5);
    QVERIFY(findItem(tables, QStringLiteral("analytics.all_types")));
    const QUrlQuery query = lastExploreQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("objectType")), QStringLiteral("folder"));
    QCOMPARE(query.queryItemValue(QStringLiteral("object")), QStringLiteral("analytics"));
}

void TestSetupExplore::tableSchemaAndPreview()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const QList<ExploreItem> tables = listed(
        explore.listChildren({QStringLiteral("folder"), QStringLiteral("analytics"), QStringLiteral("analytics")}));
    const ExploreItem* allTypes = findItem(tables, QStringLiteral("analytics.all_types"));
    QVERIFY(allTypes);
    const auto described = await(explore.describeTable(*allTypes));
    QVERIFY2(!described.error, qPrintable(described.error.details()));
    const ExploredObject& object = described.result.explored;
    QCOMPARE(object.columns.size(), 12);
    QCOMPARE(object.columns.first().name, QStringLiteral("id"));
    // Every common type, with the XDM type and format Platform maps it to.
    const QList<std::tuple<QString, QString, QString, QString>> expected{
        {QStringLiteral("text_value"), QStringLiteral("string"), QStringLiteral("string"), QString()},
        {QStringLiteral("int_value"), QStringLiteral("int"), QStringLiteral("integer"), QString()},
        {QStringLiteral("decimal_value"), QStringLiteral("decimal(12,2)"), QStringLiteral("number"), QString()},
        {QStringLiteral("flag"), QStringLiteral("boolean"), QStringLiteral("boolean"), QString()},
        {QStringLiteral("day"), QStringLiteral("date"), QStringLiteral("string"), QStringLiteral("date")},
        {QStringLiteral("moment"), QStringLiteral("timestamp"), QStringLiteral("string"), QStringLiteral("date-time")},
        {QStringLiteral("blob"), QStringLiteral("binary"), QStringLiteral("string"), QString()},
        {QStringLiteral("address"),
         QStringLiteral("struct<street:string,city:string,postal_code:string>"),
         QStringLiteral("object"),
         QString()},
    };
    for (const auto& [name, type, xdmType, xdmFormat] : expected) {
        const ExploreColumn* column = findColumn(object.columns, name);
        QVERIFY2(column, qPrintable(name));
        QCOMPARE(column->type, type);
        QCOMPARE(column->xdmType, xdmType);
        QCOMPARE(column->xdmFormat, xdmFormat);
    }
    QCOMPARE(object.rows.size(), 60);
    QCOMPARE(object.rows.first().size(), 12);
    QCOMPARE(object.rows.first().at(0), QStringLiteral("9000000000"));
    QVERIFY(object.rows.first().at(10).startsWith(QLatin1Char('{'))); // nested values as JSON text
    QVERIFY(object.rows.at(5).at(1).isEmpty()); // a null
    QVERIFY(!described.result.previewUnavailable);
    QCOMPARE(lastExploreQuery().queryItemValue(QStringLiteral("preview")), QStringLiteral("true"));
    QCOMPARE(lastExploreQuery().queryItemValue(QStringLiteral("objectType")), QStringLiteral("table"));
}

void TestSetupExplore::wideTableWithLongValues()
{
    QVERIFY(!connect(SeedDrafts::dataExplorerFilled()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const ExploreItem wide{QStringLiteral("table"),
                           QStringLiteral("analytics.wide_events"),
                           QStringLiteral("analytics.wide_events"),
                           true,
                           true};
    const auto described = await(explore.describeTable(wide));
    QVERIFY2(!described.error, qPrintable(described.error.details()));
    QCOMPARE(described.result.explored.columns.size(), 300);
    QCOMPARE(described.result.explored.columns.at(0).type, QStringLiteral("long")); // Kusto's names
    QVERIFY(described.result.explored.rows.first().at(1).size() > 1000);
}

void TestSetupExplore::objectThatCannotBePreviewed()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const QList<ExploreItem> tables = listed(
        explore.listChildren({QStringLiteral("folder"), QStringLiteral("analytics"), QStringLiteral("analytics")}));
    const ExploreItem* auditLog = findItem(tables, QStringLiteral("analytics.audit_log"));
    QVERIFY(auditLog && !auditLog->canPreview && auditLog->canFetchSchema);
    const auto schemaOnly = await(explore.describeTable(*auditLog));
    QVERIFY2(!schemaOnly.error, qPrintable(schemaOnly.error.details()));
    QVERIFY(schemaOnly.result.previewUnavailable);
    QVERIFY(!schemaOnly.result.explored.columns.isEmpty());
    QVERIFY(schemaOnly.result.explored.rows.isEmpty());
    QVERIFY(!lastExploreQuery().hasQueryItem(QStringLiteral("preview"))); // not asked for

    const ExploreItem* vault = findItem(tables, QStringLiteral("analytics.vault"));
    QVERIFY(vault && !vault->canPreview && !vault->canFetchSchema);
    const int before = int(m_sim->requestsTo(QStringLiteral("/explore")).size());
    const auto nothing = await(explore.describeTable(*vault));
    QVERIFY(!nothing.error);
    QVERIFY(nothing.result.previewUnavailable);
    QVERIFY(nothing.result.explored.columns.isEmpty());
    QCOMPARE(int(m_sim->requestsTo(QStringLiteral("/explore")).size()), before); // nothing to ask
}

void TestSetupExplore::permissionDenied()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const auto payroll = await(explore.describeTable({QStringLiteral("table"),
                                                      QStringLiteral("analytics.payroll"),
                                                      QStringLiteral("analytics.payroll"),
                                                      true,
                                                      true}));
    QCOMPARE(payroll.error.httpStatus(), 403);
    const ExploreFailure failure = explore.explain(payroll.error);
    QCOMPARE(failure.problem, ExploreProblem::PermissionDenied);
    QVERIFY(failure.message.contains(QLatin1String("read access")));
    QVERIFY(failure.details.contains(QLatin1String("403")));

    // The shared fault does the same on any level.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("403")));
    const auto root = await(explore.listRoot());
    QCOMPARE(explore.explain(root.error).problem, ExploreProblem::PermissionDenied);
}

void TestSetupExplore::databricksClusterNotRunning()
{
    QVERIFY(!connect(SeedDrafts::databricks()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("cluster-terminated")));
    const auto root = await(explore.listRoot());
    QCOMPARE(root.error.httpStatus(), 400);
    const ExploreFailure failure = explore.explain(root.error);
    QCOMPARE(failure.problem, ExploreProblem::ClusterNotRunning);
    QVERIFY2(failure.message.contains(QLatin1String("Start the cluster")), qPrintable(failure.message));
    // The cluster started: the same level now answers.
    const QList<ExploreItem> again = listed(explore.listRoot());
    QVERIFY(findItem(again, QStringLiteral("acme-db.customers")));

    // The same answer for another source is not about a cluster of the user's.
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("cluster-terminated")));
    const auto spark = await(explore.listRoot());
    QCOMPARE(explore.explain(spark.error).problem, ExploreProblem::Other);
}

void TestSetupExplore::timeout()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    HttpPolicy policy = m_setup->setup.session().policy();
    policy.transferTimeout = std::chrono::milliseconds(300);
    policy.maxTries = 1;
    m_setup->setup.session().setPolicy(policy);
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("latency"), 3000));
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const auto root = await(explore.listRoot());
    QCOMPARE(root.error.kind(), Error::Kind::Timeout);
    const ExploreFailure failure = explore.explain(root.error);
    QCOMPARE(failure.problem, ExploreProblem::Timeout);
    QVERIFY(failure.message.contains(QLatin1String("Retry")));
}

void TestSetupExplore::retryRepeatsOnlyTheFailedLevel()
{
    QVERIFY(!connect(SeedDrafts::azureBlob()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const QList<ExploreItem> root = listed(explore.listRoot());
    const ExploreItem* customers = findItem(root, QStringLiteral("acme-customers"));
    QVERIFY(customers);
    // The second level fails once (a 500 is not retried by the session).
    QVERIFY(m_sim->addFault(
        QStringLiteral("GET"), QStringLiteral("*/explore?object=/acme-customers/"), QStringLiteral("500"), 0, 1));
    const auto failed = await(explore.listChildren(*customers));
    QCOMPARE(failed.error.httpStatus(), 500);
    QCOMPARE(explore.explain(failed.error).problem, ExploreProblem::Other);
    const QList<ExploreItem> files = listed(explore.listChildren(*customers));
    QVERIFY(findItem(files, QStringLiteral("customers.csv")));
    int rootRequests = 0;
    int levelRequests = 0;
    for (const QJsonValue request : m_sim->requestsTo(QStringLiteral("/explore"))) {
        const QUrlQuery query(request.toObject().value(QLatin1String("query")).toString());
        if (query.queryItemValue(QStringLiteral("objectType")) == QLatin1String("root"))
            ++rootRequests;
        else if (query.queryItemValue(QStringLiteral("object"), QUrl::FullyDecoded)
                 == QLatin1String("/acme-customers/"))
            ++levelRequests;
    }
    QCOMPARE(rootRequests, 1);
    QCOMPARE(levelRequests, 2);
}

void TestSetupExplore::cancelledLevel()
{
    QVERIFY(!connect(SeedDrafts::spark()).isEmpty());
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("latency"), 2000));
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    ExploreOperation* operation = explore.listRoot();
    QTimer::singleShot(100, operation, &Operation::cancel);
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(operation);
    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(outcome.error.kind(), Error::Kind::Cancelled);
    QCOMPARE(explore.explain(outcome.error).problem, ExploreProblem::Cancelled);

    // A description is cancelled the same way.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("latency"), 2000));
    DescribeOperation* describe = explore.describeTable(
        {QStringLiteral("table"), QStringLiteral("public.orders"), QStringLiteral("public.orders"), true, true});
    QTimer::singleShot(100, describe, &Operation::cancel);
    QCOMPARE(await(describe).error.kind(), Error::Kind::Cancelled);
}

void TestSetupExplore::cloudStorageFiles()
{
    QVERIFY(!connect(SeedDrafts::azureBlob()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const QList<ExploreItem> root = listed(explore.listRoot());
    QCOMPARE(root.first().type, QStringLiteral("folder"));
    QCOMPARE(root.first().path, QStringLiteral("/acme-customers/"));
    QVERIFY(listed(explore.listChildren(*findItem(root, QStringLiteral("empty")))).isEmpty());
    const auto restricted = await(explore.listChildren(*findItem(root, QStringLiteral("restricted"))));
    QCOMPARE(explore.explain(restricted.error).problem, ExploreProblem::PermissionDenied);

    const QList<ExploreItem> files = listed(explore.listChildren(*findItem(root, QStringLiteral("acme-customers"))));
    const ExploreItem* eu = findItem(files, QStringLiteral("customers-eu.csv"));
    QVERIFY(eu);
    QCOMPARE(eu->path, QStringLiteral("/acme-customers/customers-eu.csv"));
    // Detected: semicolons, no compression.
    const auto detected = await(explore.describeFile(*eu, std::nullopt));
    QVERIFY2(!detected.error, qPrintable(detected.error.details()));
    QVERIFY(detected.result.format);
    QCOMPARE(detected.result.format->type, FileFormat::Type::Delimited);
    QCOMPARE(detected.result.format->delimiter, QStringLiteral(";"));
    QVERIFY(detected.result.format->compression.isEmpty());
    QCOMPARE(detected.result.explored.columns.size(), 8);
    QCOMPARE(detected.result.explored.rows.size(), 60);
    QUrlQuery query = lastExploreQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("determineProperties")), QStringLiteral("true"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("fileType")));

    const auto gz =
        await(explore.describeFile(*findItem(files, QStringLiteral("customers-2024.csv.gz")), std::nullopt));
    QVERIFY2(!gz.error, qPrintable(gz.error.details()));
    QCOMPARE(gz.result.format->compression, QStringLiteral("gzip"));

    const QList<ExploreItem> events = listed(explore.listChildren(*findItem(root, QStringLiteral("events"))));
    const auto json =
        await(explore.describeFile(*findItem(events, QStringLiteral("events-2024-06.json")), std::nullopt));
    QVERIFY2(!json.error, qPrintable(json.error.details()));
    QCOMPARE(json.result.format->type, FileFormat::Type::JsonData);
    QCOMPARE(findColumn(json.result.explored.columns, QStringLiteral("customer"))->xdmType, QStringLiteral("object"));
    const auto parquet = await(explore.describeFile(*findItem(events, QStringLiteral("orders.parquet")), std::nullopt));
    QVERIFY2(!parquet.error, qPrintable(parquet.error.details()));
    QCOMPARE(parquet.result.format->type, FileFormat::Type::Parquet);
    QCOMPARE(findColumn(parquet.result.explored.columns, QStringLiteral("total"))->xdmType, QStringLiteral("number"));
}

void TestSetupExplore::fileFormatChosenByTheUser()
{
    QVERIFY(!connect(SeedDrafts::azureBlob()).isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const ExploreItem eu{QStringLiteral("file"),
                         QStringLiteral("customers-eu.csv"),
                         QStringLiteral("/acme-customers/customers-eu.csv"),
                         true,
                         true};
    FileFormat format;
    format.delimiter = QStringLiteral(";");
    const auto right = await(explore.describeFile(eu, format));
    QVERIFY2(!right.error, qPrintable(right.error.details()));
    QCOMPARE(right.result.explored.columns.size(), 8);
    QCOMPARE(right.result.format, std::optional<FileFormat>(format));
    QUrlQuery query = lastExploreQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("fileType")), QStringLiteral("delimited"));
    QCOMPARE(query.queryItemValue(QStringLiteral("columnDelimiter"), QUrl::FullyDecoded), QStringLiteral(";"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("determineProperties")));

    format.delimiter = QStringLiteral(",");
    const auto wrongDelimiter = await(explore.describeFile(eu, format));
    QVERIFY(!wrongDelimiter.error);
    QCOMPARE(wrongDelimiter.result.explored.columns.size(), 1); // whole lines: the user sees it is wrong

    format.type = FileFormat::Type::JsonData;
    const auto wrongType = await(explore.describeFile(eu, format));
    QCOMPARE(wrongType.error.httpStatus(), 400);
    const ExploreFailure failure = explore.explain(wrongType.error);
    QCOMPARE(failure.problem, ExploreProblem::Other);
    QVERIFY2(failure.message.contains(QLatin1String("could not be read as json")), qPrintable(failure.message));

    FileFormat gzip;
    gzip.compression = QStringLiteral("gzip");
    const auto compressed = await(explore.describeFile({QStringLiteral("file"),
                                                        QStringLiteral("customers-2024.csv.gz"),
                                                        QStringLiteral("/acme-customers/customers-2024.csv.gz"),
                                                        true,
                                                        true},
                                                       gzip));
    QVERIFY2(!compressed.error, qPrintable(compressed.error.details()));
    QCOMPARE(lastExploreQuery().queryItemValue(QStringLiteral("compressionType")), QStringLiteral("gzip"));
}

void TestSetupExplore::chosenObjectTravelsInTheJourney()
{
    const QString id = connect(SeedDrafts::spark());
    QVERIFY(!id.isEmpty());
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const auto described = await(explore.describeTable(
        {QStringLiteral("table"), QStringLiteral("public.customers"), QStringLiteral("public.customers"), true, true}));
    QVERIFY(!described.error);
    const ChosenObject chosen = explore.choose(described.result);
    QVERIFY(chosen.isValid());
    QCOMPARE(chosen.connectionId, id);
    QCOMPARE(chosen.path, QStringLiteral("public.customers"));
    QCOMPARE(chosen.type, QStringLiteral("table"));
    QVERIFY(!chosen.format);
    QCOMPARE(chosen.columns.size(), 8);

    SetupJourney& journey = m_setup->setup.journey();
    journey.connectionReady({id, QStringLiteral("\"1\"")});
    journey.chooseObject(chosen);
    QCOMPARE(journey.chosenObject()->path, QStringLiteral("public.customers"));
    journey.connectionReady({id, QStringLiteral("\"1\"")}); // the same connection again keeps it
    QVERIFY(journey.chosenObject());
    journey.connectionReady({QStringLiteral("another"), QStringLiteral("\"2\"")});
    QVERIFY(!journey.chosenObject());
}

QTEST_GUILESS_MAIN(TestSetupExplore)
#include "tst_setup_explore.moc"
