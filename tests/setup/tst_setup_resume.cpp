// Resume later without widgets (ResumeDataflow against the simulator): the setup kept for its profile
// and kept true to what exists, cleared when its flow is complete, another setup's record never
// touched, and a saved setup discarded with what it created deleted – or, when deleting fails, still
// listing what is left.
#include "SeedDrafts.h"
#include "SetupTestSupport.h"
#include "setup/AutoMapping.h"

#include <QTest>

using namespace Inlet;

class TestSetupResume : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keptUpdatedAndClearedWhenComplete();
    void anotherSetupsRecordIsLeftAlone();
    void savedSetupDiscardedWithWhatItCreated();
    void failedDeleteKeepsWhatIsLeftListed();

private:
    // A Spark connection's public.customers into "Acme customers", in the journey.
    DataflowPlan plan();
    // The plan created up to the flow, which is refused: the connections and the mapping set exist.
    void createAllButTheFlow();
    ResumeDataflow& resume() { return m_setup->setup.resumeDataflow(); }
    const DataflowProgress& progress() { return m_setup->setup.createDataflow().progress(); }
    int stat(const char* name) { return m_sim->stats().value(QLatin1String(name)).toInt(); }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
};

void TestSetupResume::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_setup = std::make_unique<SetupUnderTest>();
    QVERIFY(!await(m_setup->setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false)).error);
    m_setup->setup.journey().signIn(m_sim->profile());
}

void TestSetupResume::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

DataflowPlan TestSetupResume::plan()
{
    Setup& setup = m_setup->setup;
    const ConnectionDraft draft = SeedDrafts::spark();
    const CreateRun run = awaitNewConnection(setup.createConnection().create(draft, false));
    if (run.error)
        return {};
    DataflowPlan plan;
    plan.name = QStringLiteral("Customers to finish later");
    plan.sourceSpecId = draft.connectionSpecId;
    plan.baseConnectionId = run.result.connection.id;
    ExploreConnection& explore = setup.exploreConnection();
    explore.setConnection(run.result.connection.id, draft.connectionSpecId);
    const auto described = await(explore.describeTable(
        {QStringLiteral("table"), QStringLiteral("public.customers"), QStringLiteral("public.customers"), true, true}));
    plan.object = explore.choose(described.result);
    const auto targets = await(setup.chooseTarget().load());
    for (const DatasetSummary& dataset : targets.result.datasets) {
        if (dataset.name == QLatin1String("Acme customers")) {
            plan.datasetId = dataset.id;
            plan.datasetName = dataset.name;
            plan.schemaId = dataset.schemaId;
        }
    }
    plan.rules = AutoMapping::suggest(plan.object.columns, await(setup.chooseTarget().describe(plan.schemaId)).result);
    plan.schedule.frequency = FlowSchedule::Frequency::Hour;
    plan.schedule.startUtc = QDateTime::currentDateTimeUtc();
    plan.schedule.deltaColumn = QStringLiteral("created_at");
    setup.journey().resumeDataflow(plan);
    return plan;
}

void TestSetupResume::createAllButTheFlow()
{
    QVERIFY(!plan().rules.isEmpty());
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/flows"), QStringLiteral("refuse"), 400, 1));
    const auto stopped = await(m_setup->setup.createDataflow().create(m_setup->setup.journey().dataflowPlan()));
    QVERIFY(stopped.error);
    QVERIFY(progress().sourceConnection && progress().targetConnection && progress().mappingSet);
    QVERIFY(!progress().flow);
}

void TestSetupResume::keptUpdatedAndClearedWhenComplete()
{
    QVERIFY(!resume().leavesObjectsBehind()); // nothing exists yet
    createAllButTheFlow();
    if (QTest::currentTestFailed())
        return;
    const QString profile = m_sim->profile().name;
    QVERIFY(resume().leavesObjectsBehind());
    QVERIFY(!resume().isKept());
    QVERIFY(!resume().replaced());

    const QDateTime savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(!resume().keep(savedAt));
    QVERIFY(resume().isKept());
    QVERIFY(!resume().leavesObjectsBehind());
    QVERIFY(!resume().replaced()); // its own record replaces nothing
    const std::optional<SavedDataflow> saved = resume().savedFor(profile);
    QVERIFY(saved);
    QCOMPARE(saved->savedAt.toSecsSinceEpoch(), savedAt.toSecsSinceEpoch());
    QCOMPARE(saved->progress.targetConnection->id, progress().targetConnection->id);
    QVERIFY(!resume().savedFor(QStringLiteral("someone else")));

    // Another refusal changes nothing that exists: the record still says it all.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/flows"), QStringLiteral("refuse"), 400, 1));
    QVERIFY(await(m_setup->setup.createDataflow().create(m_setup->setup.journey().dataflowPlan())).error);
    QVERIFY(!resume().update());
    QVERIFY(resume().isKept());

    // Complete: its record is cleared, nothing left to offer.
    QVERIFY(!await(m_setup->setup.createDataflow().create(m_setup->setup.journey().dataflowPlan())).error);
    QVERIFY(!resume().isKept());
    QVERIFY(!resume().update());
    QVERIFY(m_setup->settings.unfinishedDataflow().isEmpty());
    QVERIFY(!resume().savedFor(profile));
    QVERIFY(!resume().leavesObjectsBehind());
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
}

void TestSetupResume::anotherSetupsRecordIsLeftAlone()
{
    // Saved by an earlier session, not resumed in this one.
    SavedDataflow other;
    other.profile = QStringLiteral("earlier");
    other.savedAt = QDateTime::currentDateTimeUtc();
    other.plan.name = QStringLiteral("Orders, saved earlier");
    other.progress.sourceConnection = CreatedObject{QStringLiteral("earlier-source"), QString(), 0};
    QVERIFY(!m_setup->setup.unfinishedDataflows().keep(other));
    const QByteArray document = m_setup->settings.unfinishedDataflow();

    createAllButTheFlow();
    if (QTest::currentTestFailed())
        return;
    // Keeping this setup would replace it: the wizard asks first.
    QCOMPARE(resume().replaced()->plan.name, other.plan.name);
    QVERIFY(resume().leavesObjectsBehind());
    QVERIFY(!resume().savedFor(m_sim->profile().name)); // another profile's
    // Neither this setup's progress nor its discarding touches it.
    QVERIFY(!resume().update());
    QVERIFY(!resume().discard());
    QVERIFY(!await(m_setup->setup.createDataflow().create(m_setup->setup.journey().dataflowPlan())).error);
    QVERIFY(!resume().update());
    QCOMPARE(m_setup->settings.unfinishedDataflow(), document);
}

void TestSetupResume::savedSetupDiscardedWithWhatItCreated()
{
    createAllButTheFlow();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!resume().keep());
    QCOMPARE(stat("sourceConnectionCount"), 1);

    // Another window on the same settings: offered at sign-in, discarded with its objects.
    SetupUnderTest later;
    QVERIFY(!await(later.setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false)).error);
    Settings reopened(m_setup->settings.fileName());
    UnfinishedDataflows records(reopened);
    ResumeDataflow laterResume(later.setup.journey(), later.setup.createDataflow(), records);
    const std::optional<SavedDataflow> saved = laterResume.savedFor(m_sim->profile().name);
    QVERIFY(saved);
    const auto removed = await(laterResume.deleteSaved(*saved));
    QVERIFY2(!removed.error, qPrintable(removed.error.details()));
    QCOMPARE(removed.result.deleted.size(), 2);
    QCOMPARE(removed.result.kept.size(), 1); // the mapping set, which Platform cannot delete
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QVERIFY(reopened.unfinishedDataflow().isEmpty());
    QVERIFY(!laterResume.savedFor(m_sim->profile().name));
    // Ready for a new setup: nothing of the discarded one carries over.
    QVERIFY(later.setup.createDataflow().progress().isEmpty());
    QVERIFY(!later.setup.createDataflow().progress().flowSpec);
}

void TestSetupResume::failedDeleteKeepsWhatIsLeftListed()
{
    createAllButTheFlow();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!resume().keep());
    const DataflowProgress created = progress();
    // Deleted newest first: the target connection goes, the source connection is refused.
    QVERIFY(m_sim->addFault(QStringLiteral("DELETE"),
                            QStringLiteral("/sourceConnections/") + created.sourceConnection->id,
                            QStringLiteral("refuse"),
                            403,
                            1));
    const std::optional<SavedDataflow> saved = resume().savedFor(m_sim->profile().name);
    QVERIFY(saved);
    const auto removed = await(resume().deleteSaved(*saved));
    QVERIFY(removed.error);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QCOMPARE(stat("sourceConnectionCount"), 1);
    const std::optional<SavedDataflow> left = resume().savedFor(m_sim->profile().name);
    QVERIFY(left);
    QVERIFY(!left->progress.targetConnection);
    QCOMPARE(left->progress.sourceConnection->id, created.sourceConnection->id);
    QCOMPARE(left->progress.mappingSet->id, created.mappingSet->id);
    QVERIFY(progress().isEmpty());
}

QTEST_GUILESS_MAIN(TestSetupResume)
#include "tst_setup_resume.moc"
