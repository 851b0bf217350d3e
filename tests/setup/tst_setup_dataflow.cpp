// The dataflow use cases against the simulator, without widgets: targets from Catalog and Schema
// Registry, a schema's fields and identities, automatic mapping checked by Data Prep (validate and
// preview), the schedule's rules, and creating the dataflow – every create step with every kind of
// fault (a refusal, an answer lost after the object was stored, a dropped connection, a look that
// fails), never a second object, resume from the failed step, and deleting exactly what was created.
#include "SeedDrafts.h"
#include "SetupTestSupport.h"
#include "setup/AutoMapping.h"
#include "setup/ScheduleRules.h"

#include <QTest>

using namespace Inlet;

namespace {

const QString kCustomerSchema = QStringLiteral("https://ns.adobe.com/acmeinc/schemas/9c3c2c0d5e2a4b1c8f0e7d6a5b4c3d2e");
const QString kOrderSchema = QStringLiteral("https://ns.adobe.com/acmeinc/schemas/4b8e1f7a2c9d4e3f8a1b6c5d4e3f2a1b");
const QString kProductSchema = QStringLiteral("https://ns.adobe.com/acmeinc/schemas/7d2a9e4c1b8f4a6d9c3e2f1a0b9c8d7e");

const DatasetSummary* findDataset(const QList<DatasetSummary>& datasets, const QString& name)
{
    for (const DatasetSummary& dataset : datasets) {
        if (dataset.name == name)
            return &dataset;
    }
    return nullptr;
}

} // namespace

class TestSetupDataflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void targetsListDatasetsWithTheirSchemas();
    void prefetchedTargetsServeTheTargetPageOnce();
    void schemaFieldsIdentitiesAndPrimaryKey();
    void schemaDescribedByEncodedId();
    void fitExplainsWhatCannotTakeTheData();
    void autoMappingMatchesFoldedNames();
    void dataPrepValidatesAndPreviews();
    void mappingCheckedAheadServesNextOnce();
    void scheduleRules();
    void createsEveryObjectOnce();
    void faultAtEveryCreateStep_data();
    void faultAtEveryCreateStep();
    void lookThatFailsKeepsTheDoubt();
    void independentCreatesGoTogether();
    void refusalWaitsForTheCreatesUnderWay();
    void preparedFlowSpecIsNotLookedUpAgain();
    void cancelledCreateIsLookedForFirst();
    void newDatasetCreatedAndEverythingRemoved();
    void flowSpecThatRefusesTheSourceCreatesNothing();
    void runsProgressToSuccess();
    void refreshBacksOffAfterFailuresUntilASuccess();
    void databricksCopyErrorIsExplained();
    void reviewShowsEveryRequestWithPlaceholders();
    void savedSetupResumesLater();

private:
    bool startSimulator(const QStringList& arguments = {});
    // A Spark connection, its table public.customers explored, and a plan into "Acme customers".
    DataflowPlan customersPlan();
    ChosenObject explore(const QString& connectionId, const QString& specId, const ExploreItem& item);
    XdmSchema describe(const QString& schemaId);
    int stat(const char* name) { return m_sim->stats().value(QLatin1String(name)).toInt(); }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
};

void TestSetupDataflow::init()
{
    QVERIFY(startSimulator(
        {QStringLiteral("--run-seconds"), QStringLiteral("2"), QStringLiteral("--run-every"), QStringLiteral("0")}));
}

bool TestSetupDataflow::startSimulator(const QStringList& arguments)
{
    m_setup.reset();
    m_sim = std::make_unique<SimulatorProcess>(arguments);
    if (!m_sim->start()) {
        qWarning("%s", qPrintable(m_sim->errorText()));
        return false;
    }
    m_setup = std::make_unique<SetupUnderTest>();
    const auto signedIn =
        await(m_setup->setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false));
    return !signedIn.error;
}

void TestSetupDataflow::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

ChosenObject TestSetupDataflow::explore(const QString& connectionId, const QString& specId, const ExploreItem& item)
{
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    explore.setConnection(connectionId, specId);
    const auto described = await(item.type == QLatin1String("file") ? explore.describeFile(item, std::nullopt)
                                                                    : explore.describeTable(item));
    if (described.error)
        qWarning("%s", qPrintable(described.error.details()));
    return explore.choose(described.result);
}

XdmSchema TestSetupDataflow::describe(const QString& schemaId)
{
    const auto described = await(m_setup->setup.chooseTarget().describe(schemaId));
    if (described.error)
        qWarning("%s", qPrintable(described.error.details()));
    return described.result;
}

DataflowPlan TestSetupDataflow::customersPlan()
{
    const ConnectionDraft draft = SeedDrafts::spark();
    const CreateRun run = awaitNewConnection(m_setup->setup.createConnection().create(draft, false));
    if (run.error)
        return {};
    DataflowPlan plan;
    plan.name = QStringLiteral("Customers from Spark");
    plan.sourceSpecId = draft.connectionSpecId;
    plan.baseConnectionId = run.result.connection.id;
    plan.object = explore(
        run.result.connection.id,
        draft.connectionSpecId,
        {QStringLiteral("table"), QStringLiteral("public.customers"), QStringLiteral("public.customers"), true, true});
    const auto targets = await(m_setup->setup.chooseTarget().load());
    if (const DatasetSummary* dataset = findDataset(targets.result.datasets, QStringLiteral("Acme customers"))) {
        plan.datasetId = dataset->id;
        plan.schemaId = dataset->schemaId;
    }
    plan.rules = AutoMapping::suggest(plan.object.columns, describe(plan.schemaId));
    plan.schedule.frequency = FlowSchedule::Frequency::Hour;
    plan.schedule.interval = 1;
    plan.schedule.startUtc = QDateTime::currentDateTimeUtc();
    plan.schedule.deltaColumn = QStringLiteral("created_at");
    return plan;
}

void TestSetupDataflow::targetsListDatasetsWithTheirSchemas()
{
    const auto targets = await(m_setup->setup.chooseTarget().load());
    QVERIFY2(!targets.error, qPrintable(targets.error.details()));
    QCOMPARE(targets.result.schemas.size(), 5);
    // Ordered by title, every page followed (the simulator pages by 20; the listing asks by title).
    QCOMPARE(targets.result.schemas.first().title, QStringLiteral("Acme Consent Events"));
    const DatasetSummary* customers = findDataset(targets.result.datasets, QStringLiteral("Acme customers"));
    QVERIFY(customers);
    QCOMPARE(customers->schemaId, kCustomerSchema);
    QCOMPARE(targets.result.schemaTitle(customers->schemaId), QStringLiteral("Acme Customer Profile"));
    const DatasetSummary* system = findDataset(targets.result.datasets, QStringLiteral("Profile Snapshot Export"));
    QVERIFY(system);
    QVERIFY(system->schemaId.isEmpty());
    // Both lists were asked for with the media type each API wants.
    const QJsonArray schemaRequests = m_sim->requestsTo(QStringLiteral("/tenant/schemas"), QStringLiteral("GET"));
    QVERIFY(!schemaRequests.isEmpty());
}

void TestSetupDataflow::prefetchedTargetsServeTheTargetPageOnce()
{
    ChooseTarget& chooseTarget = m_setup->setup.chooseTarget();
    const auto reads = [this] {
        return m_sim->requestsTo(QStringLiteral("/dataSets"), QStringLiteral("GET")).size()
            + m_sim->requestsTo(QStringLiteral("/tenant/schemas"), QStringLiteral("GET")).size();
    };
    const qsizetype before = reads();

    // Read while the user chooses a table: the Target page's load() is answered without a request.
    chooseTarget.prefetch();
    chooseTarget.prefetch(); // chosen again: still one read of each list
    QTRY_VERIFY_WITH_TIMEOUT(reads() >= before + 2, 5000);
    spin(200);
    const qsizetype prefetched = reads();
    const auto served = await(chooseTarget.load());
    QVERIFY2(!served.error, qPrintable(served.error.details()));
    QVERIFY(findDataset(served.result.datasets, QStringLiteral("Acme customers")));
    QCOMPARE(served.result.schemas.size(), 5);
    QCOMPARE(reads(), prefetched);
    // Used once: the page's reload reads again.
    QVERIFY(!await(chooseTarget.load()).error);
    QVERIFY(reads() > prefetched);

    // Still under way when the page asks: the page waits for it, no second read.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/dataSets"), QStringLiteral("latency"), 400, 1));
    const qsizetype beforeSlow = reads();
    chooseTarget.prefetch();
    const auto forwarded = await(chooseTarget.load());
    QVERIFY2(!forwarded.error, qPrintable(forwarded.error.details()));
    QVERIFY(findDataset(forwarded.result.datasets, QStringLiteral("Acme customers")));
    QCOMPARE(reads(), beforeSlow + (prefetched - before));

    // A failed read is not handed over: the page reads again and gets both lists.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/dataSets"), QStringLiteral("refuse"), 403, 1));
    chooseTarget.prefetch();
    spin(500);
    const auto retried = await(chooseTarget.load());
    QVERIFY2(!retried.error, qPrintable(retried.error.details()));
    QVERIFY(findDataset(retried.result.datasets, QStringLiteral("Acme customers")));
}

void TestSetupDataflow::schemaFieldsIdentitiesAndPrimaryKey()
{
    QVERIFY(!await(m_setup->setup.chooseTarget().load()).error);
    const XdmSchema customers = describe(kCustomerSchema);
    QCOMPARE(customers.title, QStringLiteral("Acme Customer Profile"));
    QVERIFY(!customers.isTimeSeries());
    const SchemaField* id = customers.field(QStringLiteral("_acmeinc.customerId"));
    QVERIFY(id);
    QVERIFY(id->required);
    QVERIFY(id->primaryIdentity);
    QCOMPARE(id->identityNamespace, QStringLiteral("AcmeCustomerId"));
    const SchemaField* firstName = customers.field(QStringLiteral("person.name.firstName"));
    QVERIFY(firstName);
    QCOMPARE(firstName->depth, 2);
    QVERIFY(!firstName->required);
    // Objects come before their children.
    const auto indexOf = [&customers](const QString& path) {
        for (qsizetype i = 0; i < customers.fields.size(); ++i) {
            if (customers.fields.at(i).path == path)
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(indexOf(QStringLiteral("person")) < indexOf(QStringLiteral("person.name")));
    QVERIFY(indexOf(QStringLiteral("person.name")) < indexOf(QStringLiteral("person.name.firstName")));
    QCOMPARE(customers.field(QStringLiteral("person.birthDate"))->valueType(), QStringLiteral("date"));

    const XdmSchema products = describe(kProductSchema);
    QVERIFY(products.hasPrimaryKey());
    QVERIFY(products.field(QStringLiteral("_acmeinc.productId"))->primaryKey);
    const XdmSchema orders = describe(kOrderSchema);
    QVERIFY(orders.isTimeSeries());
    QVERIFY(orders.field(QStringLiteral("timestamp"))->required);

    // Described once per session: a second describe sends nothing.
    const int lookups = stat("schemaLookups");
    QCOMPARE(describe(kCustomerSchema).id, kCustomerSchema);
    QCOMPARE(stat("schemaLookups"), lookups);
}

void TestSetupDataflow::schemaDescribedByEncodedId()
{
    // Without a listing there is no altId: the path carries the URL-encoded $id, as the registry allows.
    const XdmSchema customers = describe(kCustomerSchema);
    QCOMPARE(customers.id, kCustomerSchema);
    QVERIFY(customers.field(QStringLiteral("_acmeinc.customerId")));
    bool byEncodedId = false;
    for (const QJsonValue request : m_sim->requests())
        byEncodedId =
            byEncodedId || request.toObject().value(QLatin1String("path")).toString().endsWith(kCustomerSchema);
    QVERIFY(byEncodedId);
}

void TestSetupDataflow::fitExplainsWhatCannotTakeTheData()
{
    const DataflowPlan plan = customersPlan();
    QVERIFY(!plan.object.columns.isEmpty());
    QCOMPARE(ChooseTarget::fit(plan.object.columns, describe(kCustomerSchema)).level, TargetFit::Level::Good);
    // No schema at all (a system dataset).
    const TargetFit none = ChooseTarget::fit(plan.object.columns, XdmSchema());
    QCOMPARE(none.level, TargetFit::Level::Unusable);
    QVERIFY(!none.reason.isEmpty());
    // An event schema needs a timestamp the products table does not have.
    const ChosenObject products = explore(
        plan.baseConnectionId,
        plan.sourceSpecId,
        {QStringLiteral("table"), QStringLiteral("public.products"), QStringLiteral("public.products"), true, true});
    const TargetFit orders = ChooseTarget::fit(products.columns, describe(kOrderSchema));
    QCOMPARE(orders.level, TargetFit::Level::Unusable);
    QVERIFY2(orders.reason.contains(QLatin1String("timestamp")), qPrintable(orders.reason));
}

void TestSetupDataflow::autoMappingMatchesFoldedNames()
{
    QCOMPARE(AutoMapping::foldName(QStringLiteral("first_name")), AutoMapping::foldName(QStringLiteral("firstName")));
    QCOMPARE(AutoMapping::foldName(QStringLiteral("First-Name")), AutoMapping::foldName(QStringLiteral("first name")));
    const DataflowPlan plan = customersPlan();
    const QList<MappingRule> rules = plan.rules;
    const auto destinationOf = [&rules](const QString& column) {
        for (const MappingRule& rule : rules) {
            if (rule.source == column)
                return rule.destination;
        }
        return QString();
    };
    QCOMPARE(destinationOf(QStringLiteral("customer_id")), QStringLiteral("_acmeinc.customerId"));
    QCOMPARE(destinationOf(QStringLiteral("first_name")), QStringLiteral("person.name.firstName"));
    QCOMPARE(destinationOf(QStringLiteral("birth_date")), QStringLiteral("person.birthDate"));
    QCOMPARE(destinationOf(QStringLiteral("created_at")), QStringLiteral("_acmeinc.createdAt"));
    QCOMPARE(destinationOf(QStringLiteral("is_active")), QStringLiteral("_acmeinc.isActive"));
    QCOMPARE(destinationOf(QStringLiteral("email")), QString()); // personalEmail.address: by hand
    const XdmSchema schema = describe(plan.schemaId);
    MappingReview review = AutoMapping::review(plan.object.columns, schema, rules);
    QCOMPARE(review.unmappedColumns, QStringList{QStringLiteral("email")});
    QVERIFY(review.isComplete());
    // Without the identity, the review says so; a boolean into a date-time is flagged.
    QList<MappingRule> broken = rules;
    broken.removeIf([](const MappingRule& rule) { return rule.destination == QLatin1String("_acmeinc.customerId"); });
    broken << MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("is_active"), QStringLiteral("person.birthDate")};
    review = AutoMapping::review(plan.object.columns, schema, broken);
    QVERIFY(review.unfilledRequiredFields.contains(QStringLiteral("_acmeinc.customerId")));
    QCOMPARE(review.incompatibleRules.size(), 1);
    QVERIFY(!review.isComplete());
    // An event schema: _id generated, timestamp from a date-time column.
    const QList<MappingRule> eventRules = AutoMapping::suggest(plan.object.columns, describe(kOrderSchema));
    QVERIFY(eventRules.contains(
        MappingRule{MappingRule::SourceType::Expression, QStringLiteral("uuid()"), QStringLiteral("_id")}));
    QVERIFY(eventRules.contains(
        MappingRule{MappingRule::SourceType::Attribute, QStringLiteral("created_at"), QStringLiteral("timestamp")}));
}

void TestSetupDataflow::dataPrepValidatesAndPreviews()
{
    const DataflowPlan plan = customersPlan();
    MappingSetDraft draft{plan.mappingSetName(), plan.object.columns, plan.schemaId, plan.rules};
    const auto valid = await(m_setup->setup.mapColumns().validate(draft));
    QVERIFY2(!valid.error, qPrintable(valid.error.details()));
    QVERIFY(valid.result.isEmpty());

    MappingSetDraft wrong = draft;
    wrong.rules << MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("is_active"), QStringLiteral("person.birthDate")};
    wrong.rules << MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("email"), QStringLiteral("person.nickname")};
    const auto refused = await(m_setup->setup.mapColumns().validate(wrong));
    QVERIFY(!refused.error);
    QCOMPARE(refused.result.size(), 2);
    QCOMPARE(refused.result.at(0).destination, QStringLiteral("person.birthDate"));
    QVERIFY(!refused.result.at(1).message.isEmpty());

    // The explored rows as the schema receives them.
    ExploreConnection& explore = m_setup->setup.exploreConnection();
    const auto described = await(explore.describeTable(
        {QStringLiteral("table"), QStringLiteral("public.customers"), QStringLiteral("public.customers"), true, true}));
    QVERIFY(!described.error);
    const auto preview = await(m_setup->setup.mapColumns().preview(draft, described.result.explored.rows, 3));
    QVERIFY2(!preview.error, qPrintable(preview.error.details()));
    QCOMPARE(preview.result.rows.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(preview.result.rows.first()).object();
    QCOMPARE(first.value(QLatin1String("person"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toObject()
                 .value(QLatin1String("firstName"))
                 .toString(),
             described.result.explored.rows.first().at(1));
    QVERIFY(first.value(QLatin1String("_acmeinc")).toObject().value(QLatin1String("customerId")).isDouble());
    QVERIFY(preview.result.problems.isEmpty());
}

void TestSetupDataflow::mappingCheckedAheadServesNextOnce()
{
    const DataflowPlan plan = customersPlan();
    MapColumns& mapColumns = m_setup->setup.mapColumns();
    const auto checks = [this] {
        return m_sim->requestsTo(QStringLiteral("/mappingSets/validate"), QStringLiteral("POST")).size();
    };
    const MappingSetDraft draft{plan.mappingSetName(), plan.object.columns, plan.schemaId, plan.rules};
    const qsizetype before = checks();

    // Checked while the user reads the mapping: Next's validate() of the same mapping sends nothing.
    mapColumns.prefetchValidation(draft);
    QTRY_COMPARE_WITH_TIMEOUT(checks(), before + 1, 5000);
    spin(200);
    const auto served = await(mapColumns.validate(draft));
    QVERIFY2(!served.error, qPrintable(served.error.details()));
    QVERIFY(served.result.isEmpty());
    QCOMPARE(checks(), before + 1);

    // The mapping changed after the check ahead: Data Prep is asked about the one on screen.
    MappingSetDraft changed = draft;
    changed.rules << MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("is_active"), QStringLiteral("person.birthDate")};
    mapColumns.prefetchValidation(draft);
    QTRY_COMPARE_WITH_TIMEOUT(checks(), before + 2, 5000);
    const auto refused = await(mapColumns.validate(changed));
    QVERIFY(!refused.error);
    QCOMPARE(refused.result.size(), 1);
    QCOMPARE(refused.result.first().destination, QStringLiteral("person.birthDate"));
    QCOMPARE(checks(), before + 3);
}

void TestSetupDataflow::scheduleRules()
{
    DataflowPlan plan;
    plan.object.type = QStringLiteral("table");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    plan.schedule.startUtc = now;
    plan.schedule.frequency = FlowSchedule::Frequency::Minute;
    plan.schedule.interval = 10;
    plan.schedule.deltaColumn = QStringLiteral("created_at");
    QCOMPARE(ScheduleRules::problems(plan, now).size(), 1); // under 15 minutes
    plan.schedule.interval = 15;
    QVERIFY(ScheduleRules::problems(plan, now).isEmpty());
    plan.schedule.deltaColumn.clear();
    QCOMPARE(ScheduleRules::problems(plan, now).size(), 1); // a table needs its delta column
    plan.object.type = QStringLiteral("file");
    QVERIFY(ScheduleRules::problems(plan, now).isEmpty());
    plan.schedule.frequency = FlowSchedule::Frequency::Day;
    plan.schedule.interval = 0;
    QCOMPARE(ScheduleRules::problems(plan, now).size(), 1);
    plan.schedule.interval = 1;
    plan.schedule.backfill = false;
    plan.schedule.startUtc = now.addDays(-3);
    QCOMPARE(ScheduleRules::problems(plan, now).size(), 1);
    plan.schedule.frequency = FlowSchedule::Frequency::Once;
    QVERIFY(ScheduleRules::problems(plan, now).isEmpty());
    // A local start goes out in UTC, whole seconds.
    const QDateTime local(QDate(2026, 12, 24), QTime(18, 30, 15, 250), Qt::OffsetFromUTC, 3600);
    QCOMPARE(ScheduleRules::toUtc(local), QDateTime(QDate(2026, 12, 24), QTime(17, 30, 15), Qt::UTC));
}

void TestSetupDataflow::createsEveryObjectOnce()
{
    const DataflowPlan plan = customersPlan();
    QVERIFY(!plan.rules.isEmpty());
    const auto created = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    QVERIFY(created.result.isComplete());
    QCOMPARE(created.result.flowSpec->name, QStringLiteral("CRMToAEP"));
    QVERIFY(!created.result.dataset); // an existing dataset was chosen
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("datasetsCreated"), 0);
    // The flow ties them together as the plan says.
    const QJsonArray flows =
        m_sim->admin("GET", QStringLiteral("/dataflow")).object().value(QLatin1String("flows")).toArray();
    QCOMPARE(flows.size(), 1);
    const QJsonObject flow = flows.first().toObject();
    QCOMPARE(flow.value(QLatin1String("sourceConnectionIds")).toArray().first().toString(),
             created.result.sourceConnection->id);
    QCOMPARE(flow.value(QLatin1String("scheduleParams")).toObject().value(QLatin1String("frequency")).toString(),
             QStringLiteral("hour"));
    QVERIFY(flow.value(QLatin1String("scheduleParams")).toObject().value(QLatin1String("startTime")).isDouble());
    // Done is done: another create() sends nothing.
    const auto again = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY(!again.error);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
}

void TestSetupDataflow::faultAtEveryCreateStep_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("argument");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("failsFirst"); // the first create() reports the failure
    const QList<std::pair<QString, DataflowStep>> steps{
        {QStringLiteral("/sourceConnections"), DataflowStep::SourceConnection},
        {QStringLiteral("/targetConnections"), DataflowStep::TargetConnection},
        {QStringLiteral("/mappingSets"), DataflowStep::MappingSet},
        {QStringLiteral("/flows"), DataflowStep::Flow}};
    for (const auto& [path, step] : steps) {
        const QByteArray name = path.mid(1).toLatin1();
        QTest::newRow(name + " refused") << path << QStringLiteral("refuse") << 400 << int(step) << true;
        QTest::newRow(name + " stored") << path << QStringLiteral("stored") << 500 << int(step) << false;
        QTest::newRow(name + " dropped") << path << QStringLiteral("drop") << 0 << int(step) << false;
        QTest::newRow(name + " 503") << path << QStringLiteral("503") << 0 << int(step) << true;
    }
}

void TestSetupDataflow::faultAtEveryCreateStep()
{
    QFETCH(QString, path);
    QFETCH(QString, fault);
    QFETCH(int, argument);
    QFETCH(int, step);
    QFETCH(bool, failsFirst);
    const DataflowPlan plan = customersPlan();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), path, fault, argument, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    const auto first = await(create.create(plan));
    if (failsFirst) {
        QVERIFY(first.error);
        QCOMPARE(int(create.progress().created(DataflowStep(step)).has_value()), 0);
        QVERIFY(create.progress().inDoubt.isEmpty()); // definitely not created
        // The steps before it exist; resuming sends only what is missing.
        const auto resumed = await(create.create(plan));
        QVERIFY2(!resumed.error, qPrintable(resumed.error.details()));
    } else {
        // The answer was lost, the object stored: looking found it and the create went on.
        QVERIFY2(!first.error, qPrintable(first.error.details()));
    }
    QVERIFY(create.progress().isComplete());
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(stat("flowCount"), 1);
}

void TestSetupDataflow::lookThatFailsKeepsTheDoubt()
{
    const DataflowPlan plan = customersPlan();
    QVERIFY(m_sim->addFault(
        QStringLiteral("POST"), QStringLiteral("/targetConnections"), QStringLiteral("stored"), 500, 1));
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/targetConnections"), QStringLiteral("refuse"), 403, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    QPointer<DataflowOperation> operation = create.create(plan);
    std::optional<DataflowStep> failedStep;
    QString message;
    const bool finished = awaitOperation<DataflowOperation>(operation, [&](DataflowOperation* op) {
        failedStep = op->failedStep();
        message = op->outcomeMessage();
    });
    QVERIFY(finished);
    QCOMPARE(failedStep, std::optional<DataflowStep>(DataflowStep::TargetConnection));
    QVERIFY2(message.contains(QLatin1String("not known")), qPrintable(message));
    QCOMPARE(create.progress().inDoubt.keys(), QList<DataflowStep>{DataflowStep::TargetConnection});
    // Continue looks first, finds the stored one and goes on: still one target connection.
    const auto resumed = await(create.create(plan));
    QVERIFY2(!resumed.error, qPrintable(resumed.error.details()));
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
}

void TestSetupDataflow::independentCreatesGoTogether()
{
    const DataflowPlan plan = customersPlan(); // an existing dataset: nothing waits for a new one
    // The source connection's answer is slow: the mapping set and the target connection do not wait
    // for it, and the flow waits for all three.
    QVERIFY(m_sim->addFault(
        QStringLiteral("POST"), QStringLiteral("/sourceConnections"), QStringLiteral("latency"), 1500, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    QPointer<DataflowOperation> operation = create.create(plan);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sim->requestsTo(QStringLiteral("/mappingSets"), QStringLiteral("POST")).size(), 1, 1000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sim->requestsTo(QStringLiteral("/targetConnections"), QStringLiteral("POST")).size(), 1, 1000);
    QVERIFY(!create.progress().sourceConnection);
    QVERIFY(create.stepsUnderWay().contains(DataflowStep::SourceConnection));
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flows"), QStringLiteral("POST")).size(), 0);
    const auto created = await(operation.data());
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    QVERIFY(created.result.isComplete());
    QVERIFY(create.stepsUnderWay().isEmpty());
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
}

void TestSetupDataflow::refusalWaitsForTheCreatesUnderWay()
{
    const DataflowPlan plan = customersPlan();
    // The mapping set is refused at once while the source connection is still on its way: the
    // attempt reports the refusal only once the source connection's outcome is known and kept.
    QVERIFY(m_sim->addFault(
        QStringLiteral("POST"), QStringLiteral("/sourceConnections"), QStringLiteral("latency"), 800, 1));
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/mappingSets"), QStringLiteral("refuse"), 400, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    QPointer<DataflowOperation> operation = create.create(plan);
    std::optional<DataflowStep> failedStep;
    QVERIFY(
        awaitOperation<DataflowOperation>(operation, [&](DataflowOperation* op) { failedStep = op->failedStep(); }));
    QCOMPARE(failedStep, std::optional<DataflowStep>(DataflowStep::MappingSet));
    QVERIFY(create.progress().sourceConnection);
    QVERIFY(create.progress().targetConnection);
    QVERIFY(create.progress().inDoubt.isEmpty());
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flows"), QStringLiteral("POST")).size(), 0);
    // Continue sends only the mapping set, then the flow.
    const auto resumed = await(create.create(plan));
    QVERIFY2(!resumed.error, qPrintable(resumed.error.details()));
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
}

void TestSetupDataflow::preparedFlowSpecIsNotLookedUpAgain()
{
    const DataflowPlan plan = customersPlan();
    CreateDataflow& create = m_setup->setup.createDataflow();
    create.prepare(plan);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestsTo(QStringLiteral("/flowSpecs"), QStringLiteral("GET")).size(), 1, 5000);
    create.prepare(plan); // the spec is known: nothing is sent
    const auto created = await(create.create(plan));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    QCOMPARE(created.result.flowSpec->name, QStringLiteral("CRMToAEP"));
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowSpecs"), QStringLiteral("GET")).size(), 1);
}

void TestSetupDataflow::cancelledCreateIsLookedForFirst()
{
    const DataflowPlan plan = customersPlan();
    // The mapping set's POST is slow: the user cancels after it left.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/mappingSets"), QStringLiteral("latency"), 800, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    DataflowOperation* operation = create.create(plan);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sim->requestsTo(QStringLiteral("/mappingSets"), QStringLiteral("POST")).size(), 1, 10000);
    spin(100);
    operation->cancel();
    QCOMPARE(create.progress().inDoubt.keys(), QList<DataflowStep>{DataflowStep::MappingSet});
    spin(1200); // the server stores it anyway
    const auto resumed = await(create.create(plan));
    QVERIFY2(!resumed.error, qPrintable(resumed.error.details()));
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
}

void TestSetupDataflow::newDatasetCreatedAndEverythingRemoved()
{
    DataflowPlan plan = customersPlan();
    plan.datasetId.clear();
    plan.newDatasetName = QStringLiteral("Customers (Spark)");
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/dataSets"), QStringLiteral("stored"), 502, 1));
    CreateDataflow& create = m_setup->setup.createDataflow();
    const auto created = await(create.create(plan));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    QVERIFY(created.result.dataset);
    QCOMPARE(stat("datasetsCreated"), 1);
    // The target connection writes into the new dataset.
    const QJsonArray targets =
        m_sim->admin("GET", QStringLiteral("/dataflow")).object().value(QLatin1String("targetConnections")).toArray();
    QCOMPARE(targets.first()
                 .toObject()
                 .value(QLatin1String("params"))
                 .toObject()
                 .value(QLatin1String("dataSetId"))
                 .toString(),
             created.result.dataset->id);

    const auto removed = await(create.removeCreated(plan));
    QVERIFY2(!removed.error, qPrintable(removed.error.details()));
    QCOMPARE(removed.result.deleted.size(), 4); // flow, target, source, dataset – newest first
    QVERIFY(removed.result.deleted.first().contains(created.result.flow->id));
    QVERIFY(removed.result.deleted.last().contains(created.result.dataset->id));
    QCOMPARE(removed.result.kept.size(), 1); // the mapping set: Data Prep cannot delete it
    QCOMPARE(stat("flowCount"), 0);
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QCOMPARE(stat("datasetsDeleted"), 1);
    // Exactly what was created: the sample datasets and the base connection stay.
    const auto targetsNow = await(m_setup->setup.chooseTarget().load());
    QCOMPARE(targetsNow.result.datasets.size(), 6);
    QCOMPARE(stat("connectionCount"), 1);
    QVERIFY(create.progress().isEmpty() || !create.progress().flow);
}

void TestSetupDataflow::flowSpecThatRefusesTheSourceCreatesNothing()
{
    DataflowPlan plan = customersPlan();
    // A file read through a database's base connection: CloudStorageToAEP does not take Spark.
    plan.object.type = QStringLiteral("file");
    const auto created = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY(created.error);
    QVERIFY2(created.error.technicalDetail().contains(QLatin1String("CloudStorageToAEP")),
             qPrintable(created.error.technicalDetail()));
    QCOMPARE(stat("sourceConnectionsCreated"), 0);
}

void TestSetupDataflow::runsProgressToSuccess()
{
    const DataflowPlan plan = customersPlan();
    const auto created = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY(!created.error);
    const QString flowId = created.result.flow->id;
    WatchRuns& watch = m_setup->setup.watchRuns();
    watch.watch(flowId);
    auto runs = await(watch.refresh());
    QVERIFY2(!runs.error, qPrintable(runs.error.details()));
    QCOMPARE(runs.result.size(), 1);
    QVERIFY(!runs.result.first().isFinished());
    QCOMPARE(WatchRuns::nextDelay(runs.result, std::chrono::seconds(40)), WatchRuns::kFirstDelay);
    QTRY_VERIFY_WITH_TIMEOUT(
        (runs = await(watch.refresh()), !runs.result.isEmpty() && runs.result.first().isFinished()), 10000);
    const FlowRun& run = runs.result.first();
    QCOMPARE(run.status, FlowRun::Status::Succeeded);
    QCOMPARE(run.recordsRead, 60);
    QCOMPARE(run.recordsWritten, 60);
    QVERIFY(run.completedAt > run.startedAt);
    QVERIFY(WatchRuns::explain(run, false).message.isEmpty());
    QCOMPARE(WatchRuns::nextDelay(runs.result, std::chrono::seconds(40)), std::chrono::seconds(80));
    QCOMPARE(WatchRuns::nextDelay(runs.result, std::chrono::seconds(200)), WatchRuns::kLongestDelay);
}

void TestSetupDataflow::refreshBacksOffAfterFailuresUntilASuccess()
{
    const DataflowPlan plan = customersPlan();
    const auto created = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    const QString flowId = created.result.flow->id;
    WatchRuns& watch = m_setup->setup.watchRuns();
    watch.watch(flowId);
    QCOMPARE(watch.refreshDelay(), WatchRuns::kFirstDelay);

    // Looked at closely while the run goes on (two seconds); once it has finished, less often.
    bool finished = false;
    for (int attempt = 0; attempt < 50 && !finished; ++attempt) {
        const auto listed = await(watch.refresh());
        QVERIFY2(!listed.error, qPrintable(listed.error.details()));
        finished = !listed.result.isEmpty() && listed.result.first().isFinished();
        if (!finished) {
            QCOMPARE(watch.refreshDelay(), WatchRuns::kFirstDelay);
            spin(200);
        }
    }
    QVERIFY(finished);
    const std::chrono::seconds settled = watch.refreshDelay();
    QCOMPARE(settled, 2 * WatchRuns::kFirstDelay);

    // Platform is unavailable (every listing answers 503, retries included): each failed refresh
    // doubles the delay until it reaches the cap, and there it stays.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/runs"), QStringLiteral("503"), 0, 0));
    const QList<std::chrono::seconds> backedOff{std::chrono::seconds(20),
                                                std::chrono::seconds(40),
                                                std::chrono::seconds(80),
                                                std::chrono::seconds(160),
                                                WatchRuns::kLongestDelay,
                                                WatchRuns::kLongestDelay};
    for (int failure = 1; failure <= int(backedOff.size()); ++failure) {
        const qsizetype asked = m_sim->requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size();
        const auto failed = await(watch.refresh());
        QVERIFY(failed.finished);
        QVERIFY(failed.error);
        QCOMPARE(failed.error.httpStatus(), 503);
        QVERIFY(m_sim->requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size() > asked);
        QCOMPARE(watch.consecutiveFailures(), failure);
        QCOMPARE(watch.refreshDelay(), backedOff.at(failure - 1));
    }

    // Platform is back: the first success ends the back-off. The delay is what the finished run calls
    // for after the last successful look, as if the failures had not happened – not the cap.
    m_sim->clearFaults();
    const auto recovered = await(watch.refresh());
    QVERIFY2(!recovered.error, qPrintable(recovered.error.details()));
    QCOMPARE(watch.consecutiveFailures(), 0);
    QCOMPARE(watch.refreshDelay(), WatchRuns::nextDelay(recovered.result, settled));
    QCOMPARE(watch.refreshDelay(), 2 * settled);
    // A failure after it starts doubling from there again.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/runs"), QStringLiteral("refuse"), 403, 1));
    QVERIFY(await(watch.refresh()).error);
    QCOMPARE(watch.consecutiveFailures(), 1);
    QCOMPARE(watch.refreshDelay(), 4 * settled);

    // Another flow is watched afresh, and a late answer about the one before does not count for it.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/runs"), QStringLiteral("refuse"), 403, 1));
    RunListOperation* late = watch.refresh();
    watch.watch(flowId + QStringLiteral("-other"));
    QVERIFY(await(late).error);
    QCOMPARE(watch.consecutiveFailures(), 0);
    QCOMPARE(watch.refreshDelay(), WatchRuns::kFirstDelay);
}

void TestSetupDataflow::databricksCopyErrorIsExplained()
{
    QVERIFY(startSimulator({QStringLiteral("--run-seconds"),
                            QStringLiteral("1"),
                            QStringLiteral("--run-outcome"),
                            QStringLiteral("anonymous-credentials")}));
    const ConnectionDraft draft = SeedDrafts::databricks();
    const CreateRun connection = awaitNewConnection(m_setup->setup.createConnection().create(draft, false));
    QVERIFY2(!connection.error, qPrintable(connection.error.details()));
    DataflowPlan plan;
    plan.name = QStringLiteral("Orders from Databricks");
    plan.sourceSpecId = draft.connectionSpecId;
    plan.baseConnectionId = connection.result.connection.id;
    m_setup->setup.exploreConnection().setConnection(plan.baseConnectionId, plan.sourceSpecId);
    const auto root = await(m_setup->setup.exploreConnection().listRoot());
    QVERIFY(!root.error);
    ExploreItem table;
    for (const ExploreItem& item : root.result) {
        if (item.type == QLatin1String("table") && item.name.endsWith(QLatin1String("orders")))
            table = item;
    }
    QVERIFY(!table.path.isEmpty());
    plan.object = explore(plan.baseConnectionId, plan.sourceSpecId, table);
    plan.schemaId = kOrderSchema;
    plan.newDatasetName = QStringLiteral("Orders");
    plan.rules = AutoMapping::suggest(plan.object.columns, describe(kOrderSchema));
    plan.schedule.frequency = FlowSchedule::Frequency::Once;
    plan.schedule.startUtc = QDateTime::currentDateTimeUtc();
    const auto created = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    RunListOperation* refresh = nullptr;
    OperationOutcome<QList<FlowRun>> runs;
    m_setup->setup.watchRuns().watch(created.result.flow->id);
    QTRY_VERIFY_WITH_TIMEOUT((refresh = m_setup->setup.watchRuns().refresh(),
                              runs = await(refresh),
                              !runs.result.isEmpty() && runs.result.first().isFinished()),
                             10000);
    const FlowRun& run = runs.result.first();
    QCOMPARE(run.status, FlowRun::Status::Failed);
    QVERIFY(!run.errors.isEmpty());
    const RunExplanation explanation = WatchRuns::explain(run, true);
    QVERIFY(explanation.sparkConfigLineMissing);
    QVERIFY(!explanation.message.isEmpty());
    QVERIFY(!WatchRuns::explain(run, false).sparkConfigLineMissing);
    // The landing-zone token's expiry against the schedule.
    FlowSchedule daily;
    daily.frequency = FlowSchedule::Frequency::Day;
    daily.interval = 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    daily.startUtc = now;
    QVERIFY(!WatchRuns::expiryWarning(now.date().addDays(1), daily, now).isEmpty());
    QVERIFY(WatchRuns::expiryWarning(now.date().addDays(90), daily, now).isEmpty());
}

void TestSetupDataflow::reviewShowsEveryRequestWithPlaceholders()
{
    DataflowPlan plan = customersPlan();
    plan.datasetId.clear();
    plan.newDatasetName = QStringLiteral("Customers (Spark)");
    const QStringList requests = CreateDataflow::previewRequests(plan, m_sim->profile());
    QCOMPARE(requests.size(), 5);
    QVERIFY(requests.at(0).contains(QLatin1String("/data/foundation/catalog/dataSets")));
    QVERIFY(requests.at(2).contains(QLatin1String("{DATASET_ID}")));
    QVERIFY(requests.at(4).contains(QLatin1String("{SOURCE_CONNECTION_ID}")));
    QVERIFY(requests.at(4).contains(QLatin1String("{MAPPING_SET_ID}")));
    for (const QString& request : requests) {
        QVERIFY(request.contains(QLatin1String("Bearer {ACCESS_TOKEN}")));
        QVERIFY(!request.contains(SimulatorProcess::clientSecret()));
    }
    QCOMPARE(stat("sourceConnectionsCreated"), 0); // showing sends nothing
}

void TestSetupDataflow::savedSetupResumesLater()
{
    DataflowPlan plan = customersPlan();
    plan.datasetId.clear();
    plan.newDatasetName = QStringLiteral("Customers (Spark)");
    plan.object.format = FileFormat{FileFormat::Type::Delimited, QStringLiteral(";"), QStringLiteral("gzip")};
    plan.schedule.partialIngestionPercent = 5;
    // The mapping set's answer is lost and looking fails: the setup stops in doubt, and is saved.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/mappingSets"), QStringLiteral("stored"), 500, 1));
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/mappingSets"), QStringLiteral("refuse"), 403, 1));
    const auto stopped = await(m_setup->setup.createDataflow().create(plan));
    QVERIFY(stopped.error);
    const DataflowProgress progress = m_setup->setup.createDataflow().progress();
    QCOMPARE(progress.inDoubt.keys(), QList<DataflowStep>{DataflowStep::MappingSet});
    const SavedDataflow saved{m_sim->profile().name, QDateTime::currentDateTimeUtc(), plan, progress};
    QVERIFY(!m_setup->setup.unfinishedDataflows().keep(saved));
    // The record holds no secret and reads back as it was written.
    const QByteArray document = m_setup->settings.unfinishedDataflow();
    QVERIFY(!document.contains(SimulatorProcess::clientSecret().toUtf8()));
    QVERIFY(!document.contains(SeedDrafts::spark().params.value(QStringLiteral("password")).toString().toUtf8()));
    QCOMPARE(UnfinishedDataflows::toJson(*UnfinishedDataflows::fromJson(document)), document);
    SavedDataflow intoExisting = saved; // an existing dataset keeps its name for the Review page
    intoExisting.plan.datasetId = QStringLiteral("5c8c3c555033b814b69f947f");
    intoExisting.plan.datasetName = QStringLiteral("Acme customers");
    const auto readBack = UnfinishedDataflows::fromJson(UnfinishedDataflows::toJson(intoExisting));
    QVERIFY(readBack);
    QCOMPARE(readBack->plan.datasetName, intoExisting.plan.datasetName);
    QCOMPARE(readBack->plan.datasetId, intoExisting.plan.datasetId);
    QVERIFY(!UnfinishedDataflows::fromJson("{\"format\":99}"));
    QVERIFY(!UnfinishedDataflows::fromJson("not json"));

    // Another day: a new window, the same settings; the saved setup picks up where it stopped.
    SetupUnderTest later;
    Settings reopened(m_setup->settings.fileName());
    UnfinishedDataflows records(reopened);
    const std::optional<SavedDataflow> restored = records.restore();
    QVERIFY(restored);
    QCOMPARE(restored->plan.rules, plan.rules);
    QCOMPARE(restored->plan.schedule.partialIngestionPercent, std::optional<int>(5));
    QCOMPARE(restored->plan.object.format, plan.object.format);
    QCOMPARE(restored->progress.sourceConnection->id, progress.sourceConnection->id);
    QVERIFY(!await(later.setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false)).error);
    later.setup.journey().resumeDataflow(restored->plan);
    QCOMPARE(later.setup.journey().dataflowPlan().baseConnectionId, plan.baseConnectionId);
    later.setup.createDataflow().restore(restored->progress);
    const auto resumed = await(later.setup.createDataflow().create(later.setup.journey().dataflowPlan()));
    QVERIFY2(!resumed.error, qPrintable(resumed.error.details()));
    QCOMPARE(stat("datasetsCreated"), 1);
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QVERIFY(!records.discard());
    QVERIFY(!records.restore());
}

QTEST_GUILESS_MAIN(TestSetupDataflow)
#include "tst_setup_dataflow.moc"
