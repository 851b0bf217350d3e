// The dataflow end to end: the real wizard against the simulator, from sign-in through a connection created
// on the Credentials page, a table or file chosen on Select data, an existing dataset chosen on Target, the
// mapping Inlet suggests checked by Data Prep on Mapping, the schedule typed on Schedule and Create on the
// Review page, to the dataflow created step by step and its runs watched on the Runs page until they finish.
// For Spark on HDInsights, Azure Data Explorer and Databricks (a table, CRMToAEP) and Azure Blob (a file,
// CloudStorageToAEP), each to a succeeded run; then, on Spark, a refused or lost create resumed without a
// duplicate, what was created deleted after confirming, the Runs page's refresh, and Databricks'
// anonymous-credentials failure leading back to the Spark config line.
//
// The wizard hands the new flow's id from the Create page to the Runs page (InletWizard connects
// DataflowPage::flowCreated); the Runs tests rely on that.
#include "Accessibility.h"
#include "AccessibleNamesCheck.h"
#include "DataflowPage.h"
#include "ExplorePage.h"
#include "MappingPage.h"
#include "MappingTableModel.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "SchedulePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "setup/Setup.h"

#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

#include <optional>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

const QString kFlowName = QStringLiteral("Customers from the lake");
const QString kFlowDescription = QStringLiteral("Hourly, new rows only");

// Runs that start at once, take two seconds and succeed (one test restarts the simulator to fail them).
const QStringList kQuickRuns{QStringLiteral("--run-seconds"),
                             QStringLiteral("2"),
                             QStringLiteral("--run-every"),
                             QStringLiteral("0"),
                             QStringLiteral("--run-outcome"),
                             QStringLiteral("success")};

// One source's way through the dataflow pages, and what Platform must end up with.
struct FlowCase
{
    SeedSource source;
    // The Select data tree's rows down to a file (folders first); empty: the first table, chosen at once.
    QStringList objectRows;
    QString objectPathEnd; // how the chosen table's or file's path ends
    QString datasetName; // the existing dataset chosen on the Target page
    QString deltaColumn; // chosen on the Schedule page; files have none
    QString flowSpecName;
    QString flowSpecId; // the simulator's, as Platform's
    int records = 0; // what one run reads and writes
};

const QString kTableFlowSpecId = QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860");
const QString kFileFlowSpecId = QStringLiteral("9753525b-82c7-4dce-8a9b-5ccfce2b9876");

FlowCase tableCase(const SeedSource& source)
{
    return {source,
            {},
            QStringLiteral(".customers"),
            QStringLiteral("Acme customers"),
            QStringLiteral("created_at"),
            QStringLiteral("CRMToAEP"),
            kTableFlowSpecId,
            60};
}

FlowCase sparkCase()
{
    return tableCase(sparkSource());
}

FlowCase databricksCase()
{
    return tableCase(databricksSource());
}

// A cloud-storage source reads files: orders, as Parquet, into the order events dataset.
FlowCase azureBlobCase()
{
    return {azureBlobSource(),
            {QStringLiteral("events"), QStringLiteral("orders.parquet")},
            QStringLiteral("/events/orders.parquet"),
            QStringLiteral("Acme orders"),
            QString(),
            QStringLiteral("CloudStorageToAEP"),
            kFileFlowSpecId,
            60};
}

// The case of a runSucceedsEndToEnd row.
std::optional<FlowCase> flowCase(const QString& name)
{
    if (name == QLatin1String("spark"))
        return sparkCase();
    if (name == QLatin1String("data explorer"))
        return tableCase(dataExplorerSource());
    if (name == QLatin1String("databricks"))
        return databricksCase();
    if (name == QLatin1String("azure blob"))
        return azureBlobCase();
    return std::nullopt;
}

QString str(const QJsonValue& object, const char* key)
{
    return object.toObject().value(QLatin1String(key)).toString();
}

} // namespace

class TestDataflowCreate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void runSucceedsEndToEnd_data();
    void runSucceedsEndToEnd();
    void createsEveryStepOnce();
    void refusedFlowContinuesWithoutDuplicates();
    void lostTargetConnectionAnswerMakesNoDuplicate();
    void deletesWhatWasCreatedAfterConfirming();
    void runsRefreshUntilTheRunSucceeds();
    void databricksRunFailureLeadsToTheSparkConfigLine();

private:
    // Through the wizard to a created connection's Select data page, with the case's table or file described.
    void reachSelectData(const FlowCase& flow);
    // From Select data through Target, Mapping, Schedule and Review as a user would, then Create.
    void reachCreate(const FlowCase& flow);
    // From the finished Create page to the Runs page, until the newest run succeeds with `records` records.
    void watchRunSucceed(int records);
    // What the simulator holds: exactly one of each object, tied together as `flow` says.
    void checkCreatedOnce(const FlowCase& flow);
    void waitUntilIdle();
    QMessageBox* visibleConfirmation() const;
    // Every visible control of the current page has a name for screen readers (its label's, if any)
    // and a mnemonic of its own.
    void checkNamedControls();
    int stat(const char* name) const { return m_fixture.sim().stats().value(QLatin1String(name)).toInt(); }

    InletWizard& wizard() const { return m_fixture.wizard(); }
    DataflowPage* page() const { return wizard().dataflowPage(); }
    RunsPage* runsPage() const { return wizard().runsPage(); }
    template <typename T>
    T* child(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    const DataflowProgress& progress() { return wizard().setup().createDataflow().progress(); }
    const FlowRun* newestRun() const { return runsPage()->runsModel()->run(0); }

    WizardFixture m_fixture;
};

void TestDataflowCreate::init()
{
    QVERIFY2(m_fixture.start(QStringLiteral("dataflow-test"), kQuickRuns), qPrintable(m_fixture.errorText()));
}

void TestDataflowCreate::cleanup()
{
    m_fixture.stop();
}

void TestDataflowCreate::reachSelectData(const FlowCase& flow)
{
    WizardDriver driver(wizard());
    driver.reachReview(flow.source, QStringLiteral("dataflow-secret"));
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
    if (!flow.objectRows.isEmpty())
        driver.chooseObject(flow.objectRows);
    if (QTest::currentTestFailed())
        return;
    // A table source's first table is described at once.
    ExplorePage* explore = wizard().explorePage();
    QTRY_VERIFY_WITH_TIMEOUT(explore->description() && !explore->isBusy(), kTimeout);
    QVERIFY(wizard().journey().chosenObject());
    QVERIFY2(wizard().journey().chosenObject()->path.endsWith(flow.objectPathEnd),
             qPrintable(wizard().journey().chosenObject()->path));
}

void TestDataflowCreate::reachCreate(const FlowCase& flow)
{
    WizardDriver driver(wizard());
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::TargetPageId), kTimeout);
    driver.chooseDataset(flow.datasetName);
    if (QTest::currentTestFailed())
        return;
    // Data Prep checks the mapping once: ahead, while the user reads it, or on Next.
    const int validations = stat("mappingValidations");
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::MappingPageId), kTimeout);
    driver.acceptMapping();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stat("mappingValidations"), validations + 1);
    // A table with several date columns: Next waits until the user says which one grows.
    QCOMPARE(wizard().schedulePage()->isComplete(), flow.deltaColumn.isEmpty());
    driver.fillSchedule(kFlowName, kFlowDescription, flow.deltaColumn);
    if (QTest::currentTestFailed())
        return;
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::DataflowReviewPageId), kTimeout);

    // What the pages decided is what Create sends.
    const DataflowPlan plan = wizard().journey().dataflowPlan();
    QCOMPARE(plan.name, kFlowName);
    QCOMPARE(plan.description, kFlowDescription);
    QVERIFY(!plan.datasetId.isEmpty());
    QCOMPARE(plan.flowSpecName(), flow.flowSpecName);
    QCOMPARE(int(plan.schedule.frequency), int(FlowSchedule::Frequency::Hour));
    QCOMPARE(plan.schedule.deltaColumn, flow.deltaColumn);
    QCOMPARE(plan.rules, wizard().mappingPage()->mappingModel()->rules());
    // The Review page is the commit page: its button creates.
    QAbstractButton* create = wizard().button(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kTimeout);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowPageId));
}

void TestDataflowCreate::watchRunSucceed(int records)
{
    WizardDriver(wizard()).clickNext();
    QCOMPARE(wizard().currentId(), int(InletWizard::RunsPageId));
    QCOMPARE(runsPage()->flowId(), progress().flow->id);
    QTRY_VERIFY_WITH_TIMEOUT(newestRun() && newestRun()->status == FlowRun::Status::Succeeded, 3 * kTimeout);
    QCOMPARE(runsPage()->runsModel()->rowCount(), 1);
    QCOMPARE(newestRun()->recordsRead, records);
    QCOMPARE(newestRun()->recordsWritten, records);
    QCOMPARE(newestRun()->recordsFailed, 0);
    // As the table shows it.
    const QAbstractItemModel* model = runsPage()->runsModel();
    QCOMPARE(model->index(0, RunTableModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model->index(0, RunTableModel::ReadColumn).data().toString(), QString::number(records));
    QCOMPARE(model->index(0, RunTableModel::WrittenColumn).data().toString(), QString::number(records));
    QCOMPARE(model->index(0, RunTableModel::FailedColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(!child<QTreeWidget>(runsPage(), "errorsTreeWidget")->isVisible());
    QVERIFY(!child<QPushButton>(runsPage(), "sparkConfigButton")->isVisible());
}

void TestDataflowCreate::checkCreatedOnce(const FlowCase& flow)
{
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("datasetsCreated"), 0);
    QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/flows"), QStringLiteral("POST")).size(), 1);

    const QJsonObject stored = m_fixture.sim().admin("GET", QStringLiteral("/dataflow")).object();
    const QJsonArray sources = stored.value(QLatin1String("sourceConnections")).toArray();
    const QJsonArray targets = stored.value(QLatin1String("targetConnections")).toArray();
    const QJsonArray flows = stored.value(QLatin1String("flows")).toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(targets.size(), 1);
    QCOMPARE(flows.size(), 1);
    const QJsonObject storedFlow = flows.first().toObject();
    QCOMPARE(str(storedFlow, "id"), progress().flow->id);
    QCOMPARE(str(storedFlow, "name"), kFlowName);
    QCOMPARE(str(storedFlow.value(QLatin1String("flowSpec")), "id"), flow.flowSpecId);
    QCOMPARE(progress().flowSpec->name, flow.flowSpecName);
    QCOMPARE(progress().flowSpec->id, flow.flowSpecId);
    QCOMPARE(storedFlow.value(QLatin1String("sourceConnectionIds")).toArray(),
             QJsonArray{progress().sourceConnection->id});
    QCOMPARE(storedFlow.value(QLatin1String("targetConnectionIds")).toArray(),
             QJsonArray{progress().targetConnection->id});

    // The source connection reads the chosen table or file through the connection made on the way.
    const QJsonObject source = sources.first().toObject();
    QCOMPARE(str(source, "id"), progress().sourceConnection->id);
    QCOMPARE(str(source, "baseConnectionId"), wizard().journey().connection()->id);
    const QJsonObject params = source.value(QLatin1String("params")).toObject();
    const QString read = flow.objectRows.isEmpty() ? str(params, "tableName") : str(params, "path");
    QCOMPARE(read, wizard().journey().chosenObject()->path);
    QVERIFY2(read.endsWith(flow.objectPathEnd), qPrintable(read));

    // The flow maps with the one mapping set made for it.
    const QJsonArray mappingSets =
        m_fixture.sim().admin("GET", QStringLiteral("/mappingSets")).object().value(QLatin1String("data")).toArray();
    QCOMPARE(mappingSets.size(), 1);
    QCOMPARE(str(mappingSets.first(), "id"), progress().mappingSet->id);
    bool mapped = false;
    for (const QJsonValue transformation : storedFlow.value(QLatin1String("transformations")).toArray()) {
        if (str(transformation, "name") == QLatin1String("Mapping"))
            mapped =
                str(transformation.toObject().value(QLatin1String("params")), "mappingId") == progress().mappingSet->id;
    }
    QVERIFY(mapped);

    // The target connection writes to the dataset chosen by name.
    const QJsonObject datasets = m_fixture.sim().admin("GET", QStringLiteral("/datasets")).object();
    QString datasetId;
    for (const QJsonValue sandbox : datasets) {
        const QJsonObject ofSandbox = sandbox.toObject();
        for (auto it = ofSandbox.begin(); it != ofSandbox.end(); ++it) {
            if (str(it.value(), "name") == flow.datasetName)
                datasetId = it.key();
        }
    }
    QVERIFY2(!datasetId.isEmpty(), qPrintable(flow.datasetName));
    QCOMPARE(str(targets.first().toObject().value(QLatin1String("params")), "dataSetId"), datasetId);
}

void TestDataflowCreate::waitUntilIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), kTimeout);
}

QMessageBox* TestDataflowCreate::visibleConfirmation() const
{
    for (QMessageBox* box : page()->findChildren<QMessageBox*>(QStringLiteral("confirmation"))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void TestDataflowCreate::checkNamedControls()
{
    checkAccessibleNames(wizard());
}

void TestDataflowCreate::runSucceedsEndToEnd_data()
{
    QTest::addColumn<QString>("source");
    for (const char* source : {"spark", "data explorer", "databricks", "azure blob"})
        QTest::newRow(source) << QString::fromLatin1(source);
}

// Sign-in to a succeeded run, each page passed as a user would, for a table source of each seed and a
// cloud-storage file.
void TestDataflowCreate::runSucceedsEndToEnd()
{
    QFETCH(QString, source);
    const std::optional<FlowCase> found = flowCase(source);
    QVERIFY2(found, qPrintable(source));
    const FlowCase& flow = *found;
    reachSelectData(flow);
    if (QTest::currentTestFailed())
        return;
    reachCreate(flow);
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(child<QLabel>(page(), "flowSpecStateLabel")->text(), QStringLiteral("Checked"));
    QCOMPARE(child<QLabel>(page(), "flowStateLabel")->text(), QStringLiteral("Created"));
    QCOMPARE(child<QLineEdit>(page(), "flowIdLineEdit")->text(), progress().flow->id);
    checkCreatedOnce(flow);
    if (QTest::currentTestFailed())
        return;
    watchRunSucceed(flow.records);
    if (QTest::currentTestFailed())
        return;
    checkNamedControls();
    // Watching created nothing more.
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("flowCount"), 1);
}

void TestDataflowCreate::createsEveryStepOnce()
{
    reachSelectData(sparkCase());
    if (QTest::currentTestFailed())
        return;
    QSignalSpy created(page(), &DataflowPage::flowCreated);
    reachCreate(sparkCase());
    if (QTest::currentTestFailed())
        return;
    // While it works, Next waits and Stop is offered.
    QVERIFY(page()->isBusy());
    QVERIFY(!wizard().button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QPushButton>(page(), "cancelButton")->isVisible());
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));

    for (const DataflowStep step : {DataflowStep::FlowSpec,
                                    DataflowStep::SourceConnection,
                                    DataflowStep::TargetConnection,
                                    DataflowStep::MappingSet,
                                    DataflowStep::Flow})
        QCOMPARE(int(page()->stepState(step)), int(DataflowPage::StepState::Done));
    // An existing dataset: no dataset step.
    QVERIFY(!child<QLabel>(page(), "datasetStateLabel")->isVisible());
    QCOMPARE(child<QLabel>(page(), "flowStateLabel")->text(), QStringLiteral("Created"));
    QCOMPARE(child<QLabel>(page(), "flowSpecStateLabel")->text(), QStringLiteral("Checked"));
    // Each new object's id, selectable.
    QLineEdit* flowId = child<QLineEdit>(page(), "flowIdLineEdit");
    QVERIFY(flowId->isVisible());
    QVERIFY(flowId->isReadOnly());
    QCOMPARE(flowId->text(), progress().flow->id);
    QCOMPARE(child<QLineEdit>(page(), "sourceConnectionIdLineEdit")->text(), progress().sourceConnection->id);
    QCOMPARE(child<QLineEdit>(page(), "targetConnectionIdLineEdit")->text(), progress().targetConnection->id);
    QCOMPARE(child<QLineEdit>(page(), "mappingSetIdLineEdit")->text(), progress().mappingSet->id);
    QCOMPARE(flowId->accessibleName(), QStringLiteral("Dataflow ID"));

    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("datasetsCreated"), 0);
    QCOMPARE(stat("flowCount"), 1);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), progress().flow->id);

    // Done: nothing to continue, Next to the runs; no way back past the commit.
    QVERIFY(!child<QPushButton>(page(), "continueButton")->isVisible());
    QVERIFY(!child<QPushButton>(page(), "cancelButton")->isVisible());
    QVERIFY(wizard().button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard().button(QWizard::BackButton)->isVisible() || !wizard().button(QWizard::BackButton)->isEnabled());
    QVERIFY(!page()->helpText().isEmpty());
    checkNamedControls();
}

void TestDataflowCreate::refusedFlowContinuesWithoutDuplicates()
{
    reachSelectData(sparkCase());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        m_fixture.sim().addFault(QStringLiteral("POST"), QStringLiteral("/flows"), QStringLiteral("refuse"), 400, 1));
    QSignalSpy created(page(), &DataflowPage::flowCreated);
    reachCreate(sparkCase());
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY(!page()->isComplete());
    QVERIFY(!wizard().button(QWizard::NextButton)->isEnabled());
    QCOMPARE(int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Failed));
    QCOMPARE(int(page()->stepState(DataflowStep::MappingSet)), int(DataflowPage::StepState::Done));
    QCOMPARE(child<QLabel>(page(), "flowStateLabel")->text(), QStringLiteral("Failed"));
    QVERIFY(!child<QLineEdit>(page(), "flowIdLineEdit")->isVisible());
    // The failed step is named, with what Continue does; the evidence is in the details.
    const QString status = child<QLabel>(page(), "statusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("Creating the dataflow failed")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("Continue")), qPrintable(status));
    QToolButton* details = child<QToolButton>(page(), "detailsButton");
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(child<QPlainTextEdit>(page(), "detailsEdit")->isVisible());
    QVERIFY(child<QPlainTextEdit>(page(), "detailsEdit")->toPlainText().contains(QLatin1String("400")));
    QPushButton* resume = child<QPushButton>(page(), "continueButton");
    QVERIFY(resume->isVisible());
    QVERIFY(resume->hasFocus());
    QVERIFY(child<QPushButton>(page(), "deleteButton")->isVisible());
    checkNamedControls();
    QCOMPARE(stat("flowsCreated"), 0);
    QCOMPARE(created.size(), 0);

    // Continue, from the keyboard: only the flow is sent again.
    QTest::keyClick(resume, Qt::Key_Space);
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowCount"), 1);
    QCOMPARE(created.size(), 1);
    QVERIFY(!details->isVisible());
    QVERIFY(wizard().button(QWizard::NextButton)->isEnabled());
}

void TestDataflowCreate::lostTargetConnectionAnswerMakesNoDuplicate()
{
    reachSelectData(sparkCase());
    if (QTest::currentTestFailed())
        return;
    // Stored, then answered 500: the page looks before it goes on.
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("POST"), QStringLiteral("/targetConnections"), QStringLiteral("stored"), 500, 1));
    reachCreate(sparkCase());
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionCount"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/targetConnections"), QStringLiteral("POST")).size(), 1);
    QCOMPARE(child<QLineEdit>(page(), "targetConnectionIdLineEdit")->text(), progress().targetConnection->id);
}

void TestDataflowCreate::deletesWhatWasCreatedAfterConfirming()
{
    reachSelectData(sparkCase());
    if (QTest::currentTestFailed())
        return;
    reachCreate(sparkCase());
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY(page()->isComplete());
    const DataflowProgress created = progress();
    QCOMPARE(stat("flowCount"), 1);
    QPushButton* deleteButton = child<QPushButton>(page(), "deleteButton");
    QVERIFY(deleteButton->isVisible());

    // The confirmation lists each object by name and id; Cancel is the default and deletes nothing.
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleConfirmation(), kTimeout);
    QMessageBox* box = visibleConfirmation();
    const QString question = box->text();
    for (const QString& expected : {created.flow->id,
                                    created.targetConnection->id,
                                    created.sourceConnection->id,
                                    created.mappingSet->id,
                                    kFlowName + QStringLiteral(" - source"),
                                    kFlowName + QStringLiteral(" - target")})
        QVERIFY2(question.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + question));
    QVERIFY2(question.contains(QLatin1String("cannot delete mapping sets")), qPrintable(question));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleConfirmation());
    QVERIFY(!page()->isBusy());
    QCOMPARE(stat("flowCount"), 1);

    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleConfirmation(), kTimeout);
    QTest::mouseClick(visibleConfirmation()->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(stat("flowCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("connectionCount"), 1); // the base connection is not the dataflow's to delete
    // What was deleted and what stays, by id.
    QLabel* removal = child<QLabel>(page(), "removalLabel");
    QVERIFY(removal->isVisible());
    QVERIFY2(removal->text().contains(created.flow->id), qPrintable(removal->text()));
    QVERIFY2(removal->text().contains(created.sourceConnection->id), qPrintable(removal->text()));
    QVERIFY2(removal->text().contains(created.mappingSet->id), qPrintable(removal->text()));
    QCOMPARE(int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Waiting));
    QVERIFY(!child<QLineEdit>(page(), "flowIdLineEdit")->isVisible());
    QVERIFY(!page()->isComplete());
    QVERIFY(!wizard().button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QPushButton>(page(), "continueButton")->isVisible());
    // Only the mapping set is left, and Platform cannot delete it: nothing more to delete.
    QVERIFY(progress().mappingSet);
    QVERIFY(!child<QPushButton>(page(), "deleteButton")->isVisible());
    // The window's focus (offscreen, no window is active again once the confirmation has closed).
    QCOMPARE(wizard().focusWidget(), child<QPushButton>(page(), "continueButton"));
}

void TestDataflowCreate::runsRefreshUntilTheRunSucceeds()
{
    reachSelectData(sparkCase());
    if (QTest::currentTestFailed())
        return;
    reachCreate(sparkCase());
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY(page()->isComplete());
    const QString flowId = progress().flow->id;
    WizardDriver(wizard()).clickNext();
    QCOMPARE(wizard().currentId(), int(InletWizard::RunsPageId));
    QCOMPARE(runsPage()->flowId(), flowId);
    QCOMPARE(child<QLineEdit>(runsPage(), "flowIdLineEdit")->text(), flowId);
    QVERIFY(wizard().button(QWizard::FinishButton)->isVisible());

    // The run is listed while it goes on, and watched closely.
    QTRY_COMPARE_WITH_TIMEOUT(runsPage()->runsModel()->rowCount(), 1, kTimeout);
    QVERIFY2(!newestRun()->isFinished(), qPrintable(RunTableModel::statusText(*newestRun())));
    const QString firstStatus = runsPage()->runsModel()->index(0, RunTableModel::StatusColumn).data().toString();
    QVERIFY2(firstStatus == QLatin1String("Queued") || firstStatus == QLatin1String("In progress"),
             qPrintable(firstStatus));
    QVERIFY(!runsPage()->runsModel()->index(0, RunTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(runsPage()->isRefreshScheduled());
    QCOMPARE(runsPage()->refreshDelay(), WatchRuns::kFirstDelay);
    QTRY_VERIFY(child<QLabel>(runsPage(), "updatedLabel")->text().contains(QLatin1String("Last updated")));
    const int listed = int(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size());

    // Refreshed by itself, without a click, until it succeeds; then less often.
    QTRY_VERIFY_WITH_TIMEOUT(newestRun() && newestRun()->status == FlowRun::Status::Succeeded, 3 * kTimeout);
    QVERIFY(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size() > listed);
    QCOMPARE(newestRun()->recordsRead, 60);
    QCOMPARE(newestRun()->recordsWritten, 60);
    const QAbstractItemModel* model = runsPage()->runsModel();
    QCOMPARE(model->index(0, RunTableModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    QCOMPARE(model->index(0, RunTableModel::ReadColumn).data().toString(), QStringLiteral("60"));
    QCOMPARE(model->index(0, RunTableModel::DurationColumn).data().toString(), QStringLiteral("2 s"));
    QVERIFY(!model->index(0, RunTableModel::StartedColumn).data().toString().isEmpty());
    QCOMPARE(runsPage()->refreshDelay(), 2 * WatchRuns::kFirstDelay);
    QVERIFY(!child<QPushButton>(runsPage(), "sparkConfigButton")->isVisible());
    QVERIFY(!child<QTreeWidget>(runsPage(), "errorsTreeWidget")->isVisible());
    checkNamedControls();

    // Refresh now looks at once.
    int before = int(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size());
    QTest::mouseClick(child<QPushButton>(runsPage(), "refreshButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        int(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size()), before + 1, kTimeout);
    QTRY_VERIFY(!runsPage()->isRefreshing());

    // A failed refresh says so on the page, keeps the runs shown and backs off; no dialog.
    QVERIFY(m_fixture.sim().addFault(QStringLiteral("GET"), QStringLiteral("/runs"), QStringLiteral("refuse"), 403, 1));
    const std::chrono::seconds delay = runsPage()->refreshDelay();
    QTest::mouseClick(child<QPushButton>(runsPage(), "refreshButton"), Qt::LeftButton);
    QLabel* status = child<QLabel>(runsPage(), "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(QLatin1String("could not check")),
                             kTimeout);
    QVERIFY2(status->text().contains(QLatin1String("tries again")), qPrintable(status->text()));
    QCOMPARE(runsPage()->runsModel()->rowCount(), 1);
    QCOMPARE(runsPage()->refreshDelay(), 2 * delay);
    QVERIFY(runsPage()->isRefreshScheduled());
    QVERIFY(child<QToolButton>(runsPage(), "detailsButton")->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    for (const QMessageBox* box : wizard().findChildren<QMessageBox*>())
        QVERIFY(!box->isVisible());

    // Not watched while not shown; watched again when back.
    QTest::mouseClick(wizard().button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowPageId));
    QVERIFY(!runsPage()->isRefreshScheduled());
    before = int(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size());
    WizardDriver(wizard()).clickNext();
    QCOMPARE(wizard().currentId(), int(InletWizard::RunsPageId));
    QTRY_COMPARE_WITH_TIMEOUT(
        int(m_fixture.sim().requestsTo(QStringLiteral("/runs"), QStringLiteral("GET")).size()), before + 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(runsPage()->isRefreshScheduled(), kTimeout);
    QVERIFY(!status->isVisible());
    QCOMPARE(stat("flowsCreated"), 1); // Next again created nothing
}

void TestDataflowCreate::databricksRunFailureLeadsToTheSparkConfigLine()
{
    QVERIFY2(m_fixture.start(QStringLiteral("dataflow-test"),
                             {QStringLiteral("--run-seconds"),
                              QStringLiteral("1"),
                              QStringLiteral("--run-every"),
                              QStringLiteral("0"),
                              QStringLiteral("--run-outcome"),
                              QStringLiteral("anonymous-credentials")}),
             qPrintable(m_fixture.errorText()));
    reachSelectData(databricksCase());
    if (QTest::currentTestFailed())
        return;
    QSignalSpy wanted(runsPage(), &RunsPage::sparkConfigLineWanted);
    reachCreate(databricksCase());
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    WizardDriver(wizard()).clickNext();
    QCOMPARE(wizard().currentId(), int(InletWizard::RunsPageId));
    QTRY_VERIFY_WITH_TIMEOUT(newestRun() && newestRun()->status == FlowRun::Status::Failed, 3 * kTimeout);

    // The newest run is selected: its error with code, what it means, and the way to the line.
    auto* errors = child<QTreeWidget>(runsPage(), "errorsTreeWidget");
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->topLevelItemCount(), 1);
    QCOMPARE(errors->topLevelItem(0)->text(0), QStringLiteral("CONNECTOR-2001-500"));
    QVERIFY(errors->topLevelItem(0)->text(1).contains(QLatin1String("anonymous credentials")));
    QLabel* explanation = child<QLabel>(runsPage(), "explanationLabel");
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->text().contains(QLatin1String("Spark config")), qPrintable(explanation->text()));
    QPushButton* sparkConfig = child<QPushButton>(runsPage(), "sparkConfigButton");
    QVERIFY(sparkConfig->isVisible());
    QCOMPARE(runsPage()->runsModel()->index(0, RunTableModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    checkNamedControls();
    QTest::mouseClick(sparkConfig, Qt::LeftButton);
    QCOMPARE(wanted.size(), 1);
}

QTEST_MAIN(TestDataflowCreate)
#include "tst_dataflowcreate.moc"
