// Resume later and the ways out of an unfinished dataflow, end to end: the real wizard against the
// simulator, from a Spark connection created through the wizard to a create that stopped half-way.
// Save and finish later, then a new wizard on the same settings signs in, resumes and finishes the flow
// without a duplicate; closing half-way keeps (saved), deletes or goes back, each as it says; a saved
// setup is discarded at sign-in, with or without what it created; and Back returns to the review after
// a refused create only while nothing exists on Platform.
//
// As tst_dataflowcreate does, the target ("Acme customers"), the mapping (AutoMapping's suggestion) and
// the schedule are decided through the journey on Select data, and the pages are walked with Next; the
// Target page's own choice of the dataset (with its name) is kept, mapping and schedule set again on the
// review just before Create.
#include "AccessibleNamesCheck.h"
#include "DataflowPage.h"
#include "DataflowReviewPage.h"
#include "ExplorePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "setup/AutoMapping.h"
#include "setup/ScheduleRules.h"
#include "setup/Setup.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTreeWidget>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

const QString kFlowName = QStringLiteral("Customers to finish later");
const QString kAccountSecret = QStringLiteral("resume-account-secret");

template <typename T>
std::optional<T> awaitResult(ResultOperation<T>* operation)
{
    QObject context;
    std::optional<T> result;
    bool done = false;
    QObject::connect(operation, &Operation::finished, &context, [&result, &done, operation] {
        done = true;
        if (operation->error())
            qWarning("%s", qPrintable(operation->error().details()));
        else
            result = operation->result();
    });
    if (!QTest::qWaitFor([&done] { return done; }, kTimeout))
        qWarning("the operation did not finish in time");
    return result;
}

} // namespace

class TestDataflowResume : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void savedThenResumedInANewWindowMakesNoDuplicate();
    void closingHalfWayGoesBackOrKeeps();
    void closingHalfWayDeletes();
    void closingWhileCreatingKeepsTheDoubtAndLooksFirst();
    void savedDataflowIsOfferedLaterOrDiscarded();
    void discardingDeletesWhatWasCreated();
    void backAfterARefusedCreateOnlyWithNothingCreated();

private:
    // Through the wizard to the created connection's Select data page, public.customers described.
    void reachSelectData();
    void decidePlan();
    // From Select data through the dataflow pages to Create; the Target page keeps its own choice.
    void reachReview();
    void clickCreate();
    // Through to Create and clicked, with `fault` (and its argument) on the flow's POST.
    void createWithFlowFault(const QString& fault, int argument);
    // A create whose flow is refused: the connections and the mapping set exist, the flow does not.
    void reachHalfCreated();
    void waitUntilIdle();
    void saveForLater();
    // A new window on the same settings and simulator signs in with the saved profile and secret.
    void restartAndSignIn();
    // The message box named `name` that is visible now, if any.
    QMessageBox* visibleBox(const char* name) const;
    void click(QMessageBox* box, const char* buttonName);
    int stat(const char* name) const { return m_fixture.sim().stats().value(QLatin1String(name)).toInt(); }
    std::optional<SavedDataflow> savedRecord() const
    {
        return UnfinishedDataflows::fromJson(m_fixture.settings().unfinishedDataflow());
    }

    InletWizard& wizard() const { return m_fixture.wizard(); }
    DataflowPage* page() const { return wizard().dataflowPage(); }
    const DataflowProgress& progress() const { return wizard().setup().createDataflow().progress(); }
    template <typename T>
    T* child(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    QAbstractButton* wizardButton(QWizard::WizardButton which) const { return wizard().button(which); }
    bool canClickBack() const
    {
        return wizardButton(QWizard::BackButton)->isVisible() && wizardButton(QWizard::BackButton)->isEnabled();
    }

    WizardFixture m_fixture;
    QString m_profile;
    QString m_datasetId;
    XdmSchema m_schema;
    QList<MappingRule> m_rules;
    FlowSchedule m_schedule;
};

void TestDataflowResume::init()
{
    m_profile = QStringLiteral("resume-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    QVERIFY2(m_fixture.start(m_profile), qPrintable(m_fixture.errorText()));
}

void TestDataflowResume::cleanup()
{
    m_fixture.stop();
}

void TestDataflowResume::reachSelectData()
{
    WizardDriver driver(wizard());
    driver.reachReview(sparkSource(), kAccountSecret);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizardButton(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
    ExplorePage* explore = wizard().explorePage();
    QTRY_VERIFY_WITH_TIMEOUT(explore->description() && !explore->isBusy(), kTimeout);
    QVERIFY(wizard().journey().chosenObject());
}

void TestDataflowResume::decidePlan()
{
    ChooseTarget& chooseTarget = wizard().setup().chooseTarget();
    const std::optional<TargetOptions> targets = awaitResult(chooseTarget.load());
    QVERIFY(targets);
    for (const DatasetSummary& dataset : targets->datasets) {
        if (dataset.name == QLatin1String("Acme customers")) {
            m_datasetId = dataset.id;
            const std::optional<XdmSchema> schema = awaitResult(chooseTarget.describe(dataset.schemaId));
            QVERIFY(schema && schema->isValid());
            m_schema = *schema;
        }
    }
    QVERIFY(!m_datasetId.isEmpty());
    m_rules = AutoMapping::suggest(wizard().journey().chosenObject()->columns, m_schema);
    m_schedule.frequency = FlowSchedule::Frequency::Hour;
    m_schedule.interval = 1;
    m_schedule.startUtc = ScheduleRules::toUtc(QDateTime::currentDateTime());
    m_schedule.deltaColumn = QStringLiteral("created_at");
    SetupJourney& journey = wizard().setup().journey();
    journey.chooseTarget(m_datasetId, QString(), m_schema);
    journey.mapColumns(m_rules);
    journey.scheduleFlow(kFlowName, QString(), m_schedule);
}

void TestDataflowResume::reachReview()
{
    WizardDriver driver(wizard());
    decidePlan();
    if (QTest::currentTestFailed())
        return;
    wizard().next(); // see tst_dataflowcreate: Select data's Next button waits for its nextId()
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::TargetPageId), kTimeout);
    for (const int id :
         {int(InletWizard::MappingPageId), int(InletWizard::SchedulePageId), int(InletWizard::DataflowReviewPageId)}) {
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), id, kTimeout);
    }
    SetupJourney& journey = wizard().setup().journey();
    journey.mapColumns(m_rules);
    journey.scheduleFlow(kFlowName, QString(), m_schedule);
    QCOMPARE(journey.dataflowPlan().datasetId, m_datasetId);
}

void TestDataflowResume::clickCreate()
{
    QAbstractButton* create = wizardButton(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), kTimeout);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowPageId));
}

void TestDataflowResume::createWithFlowFault(const QString& fault, int argument)
{
    reachSelectData();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_fixture.sim().addFault(QStringLiteral("POST"), QStringLiteral("/flows"), fault, argument, 1));
    reachReview();
    if (QTest::currentTestFailed())
        return;
    clickCreate();
}

void TestDataflowResume::reachHalfCreated()
{
    createWithFlowFault(QStringLiteral("refuse"), 400);
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QCOMPARE(int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Failed));
    QVERIFY(progress().sourceConnection && progress().targetConnection && progress().mappingSet);
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(stat("targetConnectionCount"), 1);
    QCOMPARE(stat("flowCount"), 0);
}

void TestDataflowResume::waitUntilIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), kTimeout);
}

void TestDataflowResume::saveForLater()
{
    QPushButton* save = child<QPushButton>(page(), "saveButton");
    QVERIFY(save->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!save->isVisible());
    QVERIFY(savedRecord());
}

void TestDataflowResume::restartAndSignIn()
{
    QVERIFY2(m_fixture.restartWizard(m_profile), qPrintable(m_fixture.errorText()));
    auto* secret = wizard().accountPage()->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!secret->text().isEmpty(), kTimeout); // the profile's, from the keychain
    WizardDriver(wizard()).clickNext();
}

QMessageBox* TestDataflowResume::visibleBox(const char* name) const
{
    for (QMessageBox* box : wizard().findChildren<QMessageBox*>(QLatin1String(name))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void TestDataflowResume::click(QMessageBox* box, const char* buttonName)
{
    QVERIFY(box);
    auto* button = box->findChild<QPushButton*>(QLatin1String(buttonName));
    QVERIFY2(button, buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestDataflowResume::savedThenResumedInANewWindowMakesNoDuplicate()
{
    reachHalfCreated();
    if (QTest::currentTestFailed())
        return;
    const DataflowProgress before = progress();

    // Offered next to Continue, named for screen readers, with a mnemonic of its own.
    QPushButton* save = child<QPushButton>(page(), "saveButton");
    QVERIFY(save->isVisible());
    QCOMPARE(save->accessibleName().isEmpty() ? save->text().remove(u'&') : save->accessibleName(),
             QStringLiteral("Save and finish later"));
    QVERIFY(save->text().contains(u'&'));
    checkAccessibleNames(wizard());
    QVERIFY(!child<QLabel>(page(), "savedLabel")->isVisible());

    saveForLater();
    if (QTest::currentTestFailed())
        return;
    // One sentence says what was kept and how to resume.
    QLabel* saved = child<QLabel>(page(), "savedLabel");
    QVERIFY(saved->isVisible());
    QVERIFY2(saved->text().contains(m_profile), qPrintable(saved->text()));
    QVERIFY2(saved->text().contains(QLatin1String("3 object")), qPrintable(saved->text()));
    QVERIFY2(saved->text().contains(QLatin1String("sign in")), qPrintable(saved->text()));
    const std::optional<SavedDataflow> record = savedRecord();
    QVERIFY(record);
    QCOMPARE(record->profile, m_profile);
    QCOMPARE(record->plan.name, kFlowName);
    QCOMPARE(record->progress.sourceConnection->id, before.sourceConnection->id);
    QCOMPARE(record->progress.mappingSet->id, before.mappingSet->id);
    QVERIFY(!record->progress.flow);
    // No secret in the settings: neither the account's nor the source's.
    QFile file(m_fixture.settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(!onDisk.contains(kAccountSecret.toUtf8()));
    QVERIFY(!onDisk.contains("spark-pw-"));

    // Saved: closing asks nothing.
    QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!visibleBox("leaveUnfinishedDataflow"));
    QTRY_VERIFY(!wizard().isVisible());

    // Another day: sign in, and the saved dataflow is offered before anything else.
    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    QMessageBox* offer = visibleBox("resumeOffer");
    QVERIFY2(offer->text().contains(QStringLiteral("Finish the dataflow \"%1\" saved").arg(kFlowName)),
             qPrintable(offer->text()));
    QVERIFY2(offer->text().contains(before.sourceConnection->id), qPrintable(offer->text()));
    QCOMPARE(offer->defaultButton(), child<QPushButton>(offer, "resumeButton"));
    QCOMPARE(wizard().currentId(), int(InletWizard::AccountPageId));
    click(offer, "resumeButton");
    if (QTest::currentTestFailed())
        return;

    // Straight to Create: what exists ticked off, nothing sent, Continue ready; Back leads nowhere.
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::DataflowPageId), kTimeout);
    QVERIFY(!page()->isBusy());
    QCOMPARE(int(page()->stepState(DataflowStep::SourceConnection)), int(DataflowPage::StepState::Done));
    QCOMPARE(int(page()->stepState(DataflowStep::MappingSet)), int(DataflowPage::StepState::Done));
    QCOMPARE(int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Waiting));
    QCOMPARE(child<QLineEdit>(page(), "sourceConnectionIdLineEdit")->text(), before.sourceConnection->id);
    QPushButton* resume = child<QPushButton>(page(), "continueButton");
    QVERIFY(resume->isVisible());
    QTRY_COMPARE(wizard().focusWidget(), resume); // the window's focus: offscreen, no window is active
    QVERIFY(!canClickBack());
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    // Still saved as it is: nothing to save again, and the page says so.
    QVERIFY(!child<QPushButton>(page(), "saveButton")->isVisible());
    QVERIFY(child<QLabel>(page(), "savedLabel")->isVisible());
    checkAccessibleNames(wizard());
    QCOMPARE(stat("flowsCreated"), 0);

    QTest::keyClick(resume, Qt::Key_Space);
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(stat("sourceConnectionsCreated"), 1);
    QCOMPARE(stat("targetConnectionsCreated"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QCOMPARE(stat("flowCount"), 1);
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(m_fixture.sim().requestsTo(QStringLiteral("/sourceConnections"), QStringLiteral("POST")).size(), 1);
    // Finished: the record is gone, nothing is offered at the next sign-in.
    QVERIFY(m_fixture.settings().unfinishedDataflow().isEmpty());
    QVERIFY(!child<QLabel>(page(), "savedLabel")->isVisible());
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestDataflowResume::closingHalfWayGoesBackOrKeeps()
{
    reachHalfCreated();
    if (QTest::currentTestFailed())
        return;
    const DataflowProgress before = progress();

    // Escape asks, with the objects named; Go back leaves everything as it was.
    QTest::keyClick(&wizard(), Qt::Key_Escape);
    QTRY_VERIFY(visibleBox("leaveUnfinishedDataflow"));
    QMessageBox* question = visibleBox("leaveUnfinishedDataflow");
    QVERIFY2(question->text().contains(before.sourceConnection->id), qPrintable(question->text()));
    QVERIFY2(question->text().contains(before.mappingSet->id), qPrintable(question->text()));
    QCOMPARE(question->defaultButton(), child<QPushButton>(question, "keepButton"));
    QVERIFY(child<QPushButton>(question, "deleteButton"));
    click(question, "backButton");
    QTRY_VERIFY(!visibleBox("leaveUnfinishedDataflow"));
    QVERIFY(wizard().isVisible());
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowPageId));
    QVERIFY(!savedRecord());
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(progress().sourceConnection->id, before.sourceConnection->id);

    // Closing the window asks the same; Keep saves the setup and closes.
    QVERIFY(!wizard().close());
    QTRY_VERIFY(visibleBox("leaveUnfinishedDataflow"));
    click(visibleBox("leaveUnfinishedDataflow"), "keepButton");
    QTRY_VERIFY(!wizard().isVisible());
    const std::optional<SavedDataflow> record = savedRecord();
    QVERIFY(record);
    QCOMPARE(record->profile, m_profile);
    QCOMPARE(record->progress.sourceConnection->id, before.sourceConnection->id);
    QCOMPARE(record->progress.targetConnection->id, before.targetConnection->id);
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(stat("targetConnectionCount"), 1);
}

void TestDataflowResume::closingHalfWayDeletes()
{
    reachHalfCreated();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(visibleBox("leaveUnfinishedDataflow"));
    click(visibleBox("leaveUnfinishedDataflow"), "deleteButton");
    // Deleted, newest first, then closed; nothing is saved.
    QTRY_VERIFY_WITH_TIMEOUT(!wizard().isVisible(), kTimeout);
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QCOMPARE(stat("flowCount"), 0);
    QCOMPARE(stat("connectionCount"), 1); // the base connection is not the dataflow's
    QVERIFY(m_fixture.settings().unfinishedDataflow().isEmpty());
}

void TestDataflowResume::closingWhileCreatingKeepsTheDoubtAndLooksFirst()
{
    // The flow's create is answered late: it is under way when the window is closed.
    createWithFlowFault(QStringLiteral("latency"), 3000);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(
        int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Working), kTimeout);
    // Working starts as the request is handed to the network; only once it has reached the server is
    // its outcome in doubt. On a loaded machine that can be later than the click would be.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fixture.sim().requestsTo(QStringLiteral("/flows"), QStringLiteral("POST")).size(), 1, kTimeout);
    QVERIFY(page()->isBusy());
    QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(visibleBox("leaveUnfinishedDataflow"));
    QMessageBox* question = visibleBox("leaveUnfinishedDataflow");
    QVERIFY2(question->text().contains(QLatin1String("still working")), qPrintable(question->text()));
    // Keep: stopped, and saved with the flow's create in doubt; then closed.
    click(question, "keepButton");
    QTRY_VERIFY_WITH_TIMEOUT(!wizard().isVisible(), kTimeout);
    const std::optional<SavedDataflow> record = savedRecord();
    QVERIFY(record);
    QVERIFY(record->progress.inDoubt.contains(DataflowStep::Flow));
    QVERIFY(record->progress.mappingSet);

    // Resumed: Continue looks for the flow before it sends anything, so there is exactly one.
    QTest::qWait(3500); // the late create has landed by now
    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    click(visibleBox("resumeOffer"), "resumeButton");
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::DataflowPageId), kTimeout);
    QCOMPARE(int(page()->stepState(DataflowStep::Flow)), int(DataflowPage::StepState::Unknown));
    QTest::mouseClick(child<QPushButton>(page(), "continueButton"), Qt::LeftButton);
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(stat("flowCount"), 1);
    QCOMPARE(stat("flowsCreated"), 1);
    QVERIFY(m_fixture.settings().unfinishedDataflow().isEmpty());
}

void TestDataflowResume::savedDataflowIsOfferedLaterOrDiscarded()
{
    reachHalfCreated();
    if (QTest::currentTestFailed())
        return;
    saveForLater();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard().isVisible());

    // Later: on to the sources, the record kept for another sign-in.
    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    click(visibleBox("resumeOffer"), "laterButton");
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
    QVERIFY(savedRecord());
    // Answered: Back and Next again do not ask twice in this window.
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::AccountPageId));
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
    QVERIFY(!visibleBox("resumeOffer"));

    // Discard, keeping the objects: the record goes, the objects stay.
    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    click(visibleBox("resumeOffer"), "discardButton");
    QTRY_VERIFY(visibleBox("discardSaved"));
    QMessageBox* discard = visibleBox("discardSaved");
    QVERIFY2(discard->text().contains(kFlowName), qPrintable(discard->text()));
    QCOMPARE(discard->defaultButton(), child<QPushButton>(discard, "cancelButton"));
    // Cancel: nothing happens, the Account page stays; Next offers it again.
    click(discard, "cancelButton");
    QTRY_VERIFY(!visibleBox("discardSaved"));
    QCOMPARE(wizard().currentId(), int(InletWizard::AccountPageId));
    QVERIFY(savedRecord());
    WizardDriver(wizard()).clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    click(visibleBox("resumeOffer"), "discardButton");
    QTRY_VERIFY(visibleBox("discardSaved"));
    click(visibleBox("discardSaved"), "keepButton");
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
    QVERIFY(m_fixture.settings().unfinishedDataflow().isEmpty());
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(stat("targetConnectionCount"), 1);

    // Nothing saved any more: the next sign-in goes straight on.
    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SourcePageId), kTimeout);
    QVERIFY(!visibleBox("resumeOffer"));
}

void TestDataflowResume::discardingDeletesWhatWasCreated()
{
    reachHalfCreated();
    if (QTest::currentTestFailed())
        return;
    const DataflowProgress before = progress();
    saveForLater();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizardButton(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard().isVisible());

    restartAndSignIn();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("resumeOffer"), kTimeout);
    click(visibleBox("resumeOffer"), "discardButton");
    QTRY_VERIFY(visibleBox("discardSaved"));
    QMessageBox* discard = visibleBox("discardSaved");
    QVERIFY2(discard->text().contains(before.targetConnection->id), qPrintable(discard->text()));
    QVERIFY2(discard->text().contains(QLatin1String("cannot delete mapping sets")), qPrintable(discard->text()));
    click(discard, "deleteButton");
    // Deleted, the record gone, on to the sources; the outcome listed by id.
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox("savedDiscarded"), kTimeout);
    QCOMPARE(wizard().currentId(), int(InletWizard::SourcePageId));
    QMessageBox* outcome = visibleBox("savedDiscarded");
    QVERIFY2(outcome->text().contains(before.sourceConnection->id), qPrintable(outcome->text()));
    QVERIFY2(outcome->text().contains(before.mappingSet->id), qPrintable(outcome->text()));
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QCOMPARE(stat("connectionCount"), 1);
    QVERIFY(m_fixture.settings().unfinishedDataflow().isEmpty());
    // A new dataflow in this window starts from nothing.
    QVERIFY(progress().isEmpty());
    QVERIFY(!progress().flowSpec);
    outcome->button(QMessageBox::Ok)->click();
}

void TestDataflowResume::backAfterARefusedCreateOnlyWithNothingCreated()
{
    reachSelectData();
    if (QTest::currentTestFailed())
        return;
    // The flow spec lookup is refused (and so is any repeat of it): nothing can be created.
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("GET"), QStringLiteral("/flowSpecs"), QStringLiteral("refuse"), 400, 100));
    reachReview();
    if (QTest::currentTestFailed())
        return;
    // The Target page kept the dataset it chose with its name: the review shows both.
    auto* summary = wizard().dataflowReviewPage()->findChild<QTreeWidget*>(QStringLiteral("summaryTreeWidget"));
    const QList<QTreeWidgetItem*> rows = summary->findItems(QStringLiteral("Target dataset"), Qt::MatchExactly, 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()->text(1), QStringLiteral("Existing dataset “Acme customers” (%1)").arg(m_datasetId));
    clickCreate();
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QCOMPARE(int(page()->stepState(DataflowStep::FlowSpec)), int(DataflowPage::StepState::Failed));
    QVERIFY(progress().isEmpty());

    // Nothing exists: Back returns to the review, whose button creates again.
    QTRY_VERIFY(canClickBack());
    QVERIFY(!child<QLabel>(page(), "backLabel")->isVisible());
    checkAccessibleNames(wizard());
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowReviewPageId));
    QAbstractButton* create = wizardButton(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    QCOMPARE(create->text(), QStringLiteral("&Create"));

    // This time the mapping set is refused: the connections exist, and Back says why it cannot.
    m_fixture.sim().clearFaults();
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("POST"), QStringLiteral("/mappingSets"), QStringLiteral("refuse"), 400, 1));
    clickCreate();
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QCOMPARE(int(page()->stepState(DataflowStep::MappingSet)), int(DataflowPage::StepState::Failed));
    QVERIFY(progress().sourceConnection && progress().targetConnection);
    QVERIFY(!canClickBack());
    QLabel* hint = child<QLabel>(page(), "backLabel");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("delete what was created first")), qPrintable(hint->text()));
    checkAccessibleNames(wizard());

    // Deleted: nothing is left, so Back is open again, and nothing is orphaned by it.
    QTest::mouseClick(child<QPushButton>(page(), "deleteButton"), Qt::LeftButton);
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = visibleBox("confirmation")), kTimeout);
    click(confirm, "confirmButton");
    waitUntilIdle();
    QCOMPARE(stat("sourceConnectionCount"), 0);
    QCOMPARE(stat("targetConnectionCount"), 0);
    QVERIFY(progress().isEmpty());
    QTRY_VERIFY(canClickBack());
    QVERIFY(!hint->isVisible());
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowReviewPageId));

    // A changed choice, then Create: every object once more, one of each on Platform.
    SetupJourney& journey = wizard().setup().journey();
    const QString renamed = kFlowName + QStringLiteral(" (2)");
    journey.scheduleFlow(renamed, QString(), m_schedule);
    clickCreate();
    if (QTest::currentTestFailed())
        return;
    waitUntilIdle();
    QVERIFY2(page()->isComplete(), qPrintable(child<QLabel>(page(), "statusLabel")->text()));
    QCOMPARE(stat("sourceConnectionCount"), 1);
    QCOMPARE(stat("targetConnectionCount"), 1);
    QCOMPARE(stat("flowCount"), 1);
    QCOMPARE(stat("mappingSetsCreated"), 1);
    QVERIFY(!canClickBack());
    QVERIFY(!child<QLabel>(page(), "backLabel")->isVisible());
}

QTEST_MAIN(TestDataflowResume)
#include "tst_dataflowresume.moc"
