// The Schedule and dataflow Review pages in the real wizard against the simulator: a Spark (and a
// Databricks) connection is created through the wizard and a table chosen on Select data, as a user
// would. The Target and Mapping pages are not what is tested here: their choice is put into the journey
// through its public setters (ChooseTarget and AutoMapping give a real dataset, schema and rules from the
// simulator) before those pages are entered, and again on the Schedule page, so whatever those pages do
// with it, the Review shows the target chosen here. Next passes them (QWizard::next() if a page wants
// more than the journey holds).
//
// Checked: Adobe's 15-minute rule explained live and Next held back, a scheduled table without a delta
// column refused (and one without any date column offered only Once), Once disabling interval and
// backfill, a local start going out as UTC, the requests Create sends (4, or 5 with a new dataset) with
// no secret in them, Copy and Copy all, and the Databricks landing-zone token expiry warning.
#include "Accessibility.h"
#include "AccessibleNamesCheck.h"
#include "DataflowReviewPage.h"
#include "ExplorePage.h"
#include "PlatformTestSupport.h"
#include "SchedulePage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "setup/AutoMapping.h"
#include "setup/Setup.h"

#include <QAccessible>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QTreeWidget>

#include <ctime>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

const QString kAccountSecret = QStringLiteral("schedule-review-secret");

// The start the tests type, in the test's time zone (UTC+05:30), and what Platform must receive.
// Made when asked for: after initTestCase() has set the zone.
QDateTime localStart()
{
    return {QDate(2031, 3, 4), QTime(9, 0)};
}

QDateTime utcStart()
{
    return {QDate(2031, 3, 4), QTime(3, 30), Qt::UTC};
}

} // namespace

class TestScheduleReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void sparkScheduleRulesAndReview();
    void tableWithoutDatesRunsOnlyOnce();
    void databricksTokenExpiryWarning();

private:
    // Through the wizard to the created connection's Select data page.
    void reachSelectData(const SeedSource& source);
    void chooseTable(const QString& path);
    // The target and mapping the Target and Mapping pages would decide, into the journey.
    void decideTarget(const QString& datasetName);
    void applyTarget(const QString& newDatasetName = {});
    void passTo(int pageId);
    void reachSchedule();

    InletWizard& wizard() const { return m_fixture.wizard(); }
    SetupJourney& journey() const { return m_fixture.wizard().setup().journey(); }
    SchedulePage* schedule() const { return wizard().schedulePage(); }
    template <typename T>
    T* scheduleWidget(const char* name) const
    {
        return schedule()->findChild<T*>(QLatin1String(name));
    }
    QComboBox* frequency() const { return scheduleWidget<QComboBox>("frequencyComboBox"); }
    QSpinBox* interval() const { return scheduleWidget<QSpinBox>("intervalSpinBox"); }
    QComboBox* delta() const { return scheduleWidget<QComboBox>("deltaComboBox"); }
    QLabel* problems() const { return scheduleWidget<QLabel>("problemsLabel"); }
    QLabel* expiry() const { return scheduleWidget<QLabel>("expiryLabel"); }
    QAbstractButton* next() const { return wizard().button(QWizard::NextButton); }
    void setFrequency(FlowSchedule::Frequency value);
    void typeInterval(const QString& text);
    QString summaryValue(const QString& setting) const;
    // Every control a keyboard reaches has a name for screen readers, the one its label reads.
    void checkNamed(QWizardPage* page);

    WizardFixture m_fixture;
    QString m_datasetId;
    XdmSchema m_schema;
    QList<MappingRule> m_rules;
    QString m_sparkPassword;
};

void TestScheduleReview::initTestCase()
{
    // A zone whose offset is not whole hours, so a start that is not converted cannot pass for one that is.
    qputenv("TZ", "<+0530>-5:30");
    tzset();
    QCOMPARE(localStart().offsetFromUtc(), 5 * 3600 + 30 * 60);
}

void TestScheduleReview::cleanup()
{
    m_fixture.stop();
}

void TestScheduleReview::reachSelectData(const SeedSource& source)
{
    WizardDriver driver(wizard());
    driver.reachReview(source, kAccountSecret);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
}

void TestScheduleReview::chooseTable(const QString& path)
{
    auto* tree = wizard().explorePage()->findChild<QTreeView*>(QStringLiteral("objectTreeView"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, kTimeout);
    QModelIndex row;
    for (int i = 0; i < tree->model()->rowCount(); ++i) {
        if (tree->model()->index(i, 0).data().toString() == path)
            row = tree->model()->index(i, 0);
    }
    QVERIFY2(row.isValid(), qPrintable(path));
    tree->setFocus();
    tree->setCurrentIndex(row);
    const ExplorePage* page = wizard().explorePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->description() && page->description()->item.path == path && !page->isBusy(),
                             kTimeout);
    QCOMPARE(journey().chosenObject()->path, path);
}

void TestScheduleReview::decideTarget(const QString& datasetName)
{
    Setup& setup = wizard().setup();
    const auto targets = await(setup.chooseTarget().load());
    QVERIFY2(!targets.error, qPrintable(targets.error.details()));
    QString schemaId;
    for (const DatasetSummary& dataset : targets.result.datasets) {
        if (dataset.name == datasetName) {
            m_datasetId = dataset.id;
            schemaId = dataset.schemaId;
        }
    }
    QVERIFY2(!m_datasetId.isEmpty(), qPrintable(datasetName));
    const auto schema = await(setup.chooseTarget().describe(schemaId));
    QVERIFY2(!schema.error, qPrintable(schema.error.details()));
    m_schema = schema.result;
    m_rules = AutoMapping::suggest(journey().chosenObject()->columns, m_schema);
    QVERIFY(!m_rules.isEmpty());
    applyTarget();
}

void TestScheduleReview::applyTarget(const QString& newDatasetName)
{
    journey().chooseTarget(newDatasetName.isEmpty() ? m_datasetId : QString(), newDatasetName, m_schema);
    journey().mapColumns(m_rules);
}

void TestScheduleReview::passTo(int pageId)
{
    // A page that is still loading enables Next when it is done.
    const bool enabled = QTest::qWaitFor([this] { return next()->isEnabled(); }, 5000);
    if (enabled)
        QTest::mouseClick(next(), Qt::LeftButton);
    else {
        qInfo("Next stayed disabled on page %d; moving on with QWizard::next()", wizard().currentId());
        wizard().next();
    }
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), pageId, kTimeout);
}

void TestScheduleReview::reachSchedule()
{
    passTo(InletWizard::TargetPageId);
    if (QTest::currentTestFailed())
        return;
    passTo(InletWizard::MappingPageId);
    if (QTest::currentTestFailed())
        return;
    passTo(InletWizard::SchedulePageId);
    applyTarget(); // whatever the pages before made of it, the Review shows this target
}

void TestScheduleReview::setFrequency(FlowSchedule::Frequency value)
{
    const int index = frequency()->findData(int(value));
    QVERIFY(index >= 0);
    frequency()->setFocus();
    frequency()->setCurrentIndex(index);
}

void TestScheduleReview::typeInterval(const QString& text)
{
    interval()->setFocus();
    interval()->selectAll();
    QTest::keyClicks(interval(), text);
    QCOMPARE(interval()->cleanText(), text);
}

QString TestScheduleReview::summaryValue(const QString& setting) const
{
    auto* tree = wizard().dataflowReviewPage()->findChild<QTreeWidget*>(QStringLiteral("summaryTreeWidget"));
    const QList<QTreeWidgetItem*> items = tree->findItems(setting, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

void TestScheduleReview::checkNamed(QWizardPage* page)
{
    QCOMPARE(wizard().currentPage(), page);
    checkAccessibleNames(wizard());
}

void TestScheduleReview::sparkScheduleRulesAndReview()
{
    QVERIFY2(m_fixture.start(QStringLiteral("schedule-test")), qPrintable(m_fixture.errorText()));
    const SeedSource source = sparkSource();
    m_sparkPassword = source.values.last().second;
    reachSelectData(source);
    if (QTest::currentTestFailed())
        return;
    chooseTable(QStringLiteral("public.customers"));
    decideTarget(QStringLiteral("Acme customers"));
    reachSchedule();
    if (QTest::currentTestFailed())
        return;

    checkMnemonics(wizard());
    checkNamed(schedule());
    QCOMPARE(scheduleWidget<QLineEdit>("nameLineEdit")->text(),
             QStringLiteral("public.customers from ") + journey().source().displayName);
    QVERIFY(!expiry()->isVisible()); // not Databricks
    // Hourly by default; of two date columns none is picked for the user, so a scheduled table is refused.
    QCOMPARE(frequency()->currentData().toInt(), int(FlowSchedule::Frequency::Hour));
    QCOMPARE(delta()->count(), 2);
    QCOMPARE(delta()->currentIndex(), -1);
    QVERIFY(!schedule()->isComplete());
    QVERIFY(!next()->isEnabled());
    QVERIFY(problems()->isVisible());
    QVERIFY2(problems()->text().contains(QStringLiteral("delta column")), qPrintable(problems()->text()));
    delta()->setCurrentIndex(delta()->findText(QStringLiteral("created_at")));
    QVERIFY2(schedule()->isComplete(), qPrintable(schedule()->problems().join(u'\n')));
    QVERIFY(next()->isEnabled());
    QVERIFY(!problems()->isVisible());

    // Every minute: at least 15 of them. Typing 10 is explained, not silently raised, and holds Next back.
    setFrequency(FlowSchedule::Frequency::Minute);
    QCOMPARE(interval()->value(), 15);
    typeInterval(QStringLiteral("10"));
    QVERIFY(problems()->isVisible());
    QVERIFY2(problems()->text().contains(QStringLiteral("15")), qPrintable(problems()->text()));
    QVERIFY(!next()->isEnabled());
    typeInterval(QStringLiteral("15"));
    QVERIFY(!problems()->isVisible());
    QVERIFY(next()->isEnabled());
    QCOMPARE(schedule()->schedule().interval, 15);

    // Once: no interval, no backfill, no delta column.
    setFrequency(FlowSchedule::Frequency::Once);
    QVERIFY(!interval()->isEnabled());
    QVERIFY(!scheduleWidget<QCheckBox>("backfillCheckBox")->isEnabled());
    QVERIFY(!delta()->isEnabled());
    QVERIFY(next()->isEnabled());

    // Every two hours from a local start, with partial ingestion.
    setFrequency(FlowSchedule::Frequency::Hour);
    QCOMPARE(interval()->value(), 1);
    typeInterval(QStringLiteral("2"));
    QCOMPARE(delta()->currentText(), QStringLiteral("created_at"));
    scheduleWidget<QDateTimeEdit>("startDateTimeEdit")->setDateTime(localStart());
    QVERIFY2(scheduleWidget<QLabel>("startZoneLabel")->text().contains(QStringLiteral("+05:30")),
             qPrintable(scheduleWidget<QLabel>("startZoneLabel")->text()));
    scheduleWidget<QCheckBox>("partialCheckBox")->setChecked(true);
    scheduleWidget<QSpinBox>("partialSpinBox")->setValue(10);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowReviewPageId));
    const DataflowPlan plan = journey().dataflowPlan();
    QCOMPARE(plan.schedule.startUtc, utcStart());
    QCOMPARE(plan.schedule.startUtc.timeSpec(), Qt::UTC);
    QCOMPARE(plan.schedule.frequency, FlowSchedule::Frequency::Hour);
    QCOMPARE(plan.schedule.interval, 2);
    QCOMPARE(plan.schedule.deltaColumn, QStringLiteral("created_at"));
    QCOMPARE(plan.schedule.partialIngestionPercent.value_or(0), 10);
    QCOMPARE(plan.name, QStringLiteral("public.customers from ") + journey().source().displayName);

    // The review: a commit page whose button creates, every request Create sends, no secret in any.
    DataflowReviewPage* review = wizard().dataflowReviewPage();
    QAbstractButton* create = wizard().button(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    QCOMPARE(create->text(), QStringLiteral("&Create"));
    checkMnemonics(wizard());
    checkNamed(review);
    QCOMPARE(summaryValue(QStringLiteral("Schema")), QStringLiteral("Acme Customer Profile"));
    QVERIFY(summaryValue(QStringLiteral("Target dataset")).contains(m_datasetId));
    QVERIFY(summaryValue(QStringLiteral("Mapping")).startsWith(QString::number(m_rules.size())));
    QVERIFY2(summaryValue(QStringLiteral("First run")).contains(QLocale().toString(utcStart(), QLocale::ShortFormat)),
             qPrintable(summaryValue(QStringLiteral("First run"))));
    QVERIFY(summaryValue(QStringLiteral("Runs")).contains(QLatin1Char('2')));
    const QStringList requests = review->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(review->findChildren<QPlainTextEdit*>().size(), 4);
    QVERIFY(requests.at(0).contains(QStringLiteral("/sourceConnections")));
    QVERIFY(requests.at(1).contains(QStringLiteral("/targetConnections")));
    QVERIFY(requests.at(2).contains(QStringLiteral("/mappingSets")));
    QVERIFY(requests.at(3).contains(QStringLiteral("/flows")));
    // The start as Platform takes it: seconds since the epoch of the UTC time.
    QVERIFY(requests.at(3).contains(QString::number(utcStart().toSecsSinceEpoch())));
    for (int i = 0; i < requests.size(); ++i) {
        auto* edit = review->findChild<QPlainTextEdit*>(QStringLiteral("requestEdit%1").arg(i + 1));
        QVERIFY(edit);
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->toPlainText(), requests.at(i));
        QVERIFY(!edit->accessibleName().isEmpty());
        QVERIFY(!requests.at(i).contains(kAccountSecret));
        QVERIFY(!requests.at(i).contains(m_sparkPassword));
        QVERIFY(requests.at(i).contains(QStringLiteral("{ACCESS_TOKEN}")));
    }
    QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("copyRequestButton2")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requests.at(1));
    QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("copyAllButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requests.join(QStringLiteral("\n\n")));

    // Back to the schedule, a new dataset instead: the review shows its create first, five in all.
    QTest::mouseClick(wizard().button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::SchedulePageId));
    QCOMPARE(interval()->value(), 2); // what was chosen stays
    applyTarget(QStringLiteral("Customers (Spark)"));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::DataflowReviewPageId));
    QCOMPARE(review->requests().size(), 5);
    QCOMPARE(review->findChildren<QPlainTextEdit*>().size(), 5);
    QVERIFY(review->requests().first().contains(QStringLiteral("/dataSets")));
    QVERIFY(review->requests().first().contains(QStringLiteral("Customers (Spark)")));
    QVERIFY(summaryValue(QStringLiteral("Target dataset")).contains(QStringLiteral("Customers (Spark)")));
    QVERIFY(!review->requests().join(QString()).contains(kAccountSecret));
    // Showing sends nothing.
    QVERIFY(m_fixture.sim().requestsTo(QStringLiteral("/sourceConnections"), QStringLiteral("POST")).isEmpty());
    QVERIFY(m_fixture.sim().requestsTo(QStringLiteral("/dataSets"), QStringLiteral("POST")).isEmpty());
}

void TestScheduleReview::tableWithoutDatesRunsOnlyOnce()
{
    QVERIFY2(m_fixture.start(QStringLiteral("schedule-test")), qPrintable(m_fixture.errorText()));
    reachSelectData(sparkSource());
    if (QTest::currentTestFailed())
        return;
    chooseTable(QStringLiteral("public.products"));
    decideTarget(QStringLiteral("Acme product catalog"));
    reachSchedule();
    if (QTest::currentTestFailed())
        return;
    // Nothing to tell new rows from old ones by: Once is offered, and the only schedule allowed.
    QCOMPARE(delta()->count(), 0);
    QVERIFY(!delta()->isEnabled());
    QCOMPARE(frequency()->currentData().toInt(), int(FlowSchedule::Frequency::Once));
    QVERIFY(next()->isEnabled());
    setFrequency(FlowSchedule::Frequency::Hour);
    QVERIFY(!next()->isEnabled());
    QVERIFY2(problems()->text().contains(QStringLiteral("only be read once")), qPrintable(problems()->text()));
    QVERIFY(problems()->text().contains(QStringLiteral("delta column")));
    setFrequency(FlowSchedule::Frequency::Once);
    QVERIFY(next()->isEnabled());
    QVERIFY(!problems()->isVisible());
}

void TestScheduleReview::databricksTokenExpiryWarning()
{
    // Platform's landing-zone token lives one day here: a daily flow's runs outlive it.
    QVERIFY2(
        m_fixture.start(QStringLiteral("schedule-test"), {QStringLiteral("--sas-lifetime-days"), QStringLiteral("1")}),
        qPrintable(m_fixture.errorText()));
    reachSelectData(databricksSource());
    if (QTest::currentTestFailed())
        return;
    chooseTable(QStringLiteral("acme-db.customers"));
    decideTarget(QStringLiteral("Acme customers"));
    const qsizetype fetchesBefore =
        m_fixture.sim().requestsTo(QStringLiteral("/credentials"), QStringLiteral("GET")).size();
    reachSchedule();
    if (QTest::currentTestFailed())
        return;
    setFrequency(FlowSchedule::Frequency::Day);
    delta()->setCurrentIndex(delta()->findText(QStringLiteral("created_at")));
    QTRY_VERIFY_WITH_TIMEOUT(expiry()->isVisible(), kTimeout);
    QVERIFY2(expiry()->text().contains(QStringLiteral("expires")), qPrintable(expiry()->text()));
    // A warning, not a refusal: the token can be refreshed before the runs.
    QVERIFY(schedule()->isComplete());
    QVERIFY(next()->isEnabled());
    // Read, never refreshed: the user's cluster keeps working.
    QVERIFY(m_fixture.sim().requestsTo(QStringLiteral("/credentials"), QStringLiteral("GET")).size() > fetchesBefore);
    QVERIFY(m_fixture.sim().requestsTo(QStringLiteral("/credentials"), QStringLiteral("POST")).isEmpty());
    // One run starting now is done before the token expires at the end of the day.
    setFrequency(FlowSchedule::Frequency::Once);
    scheduleWidget<QDateTimeEdit>("startDateTimeEdit")->setDateTime(QDateTime::currentDateTime());
    QVERIFY2(!expiry()->isVisible(), qPrintable(expiry()->text()));
    QVERIFY(next()->isEnabled());
}

QTEST_MAIN(TestScheduleReview)
#include "tst_schedulereview.moc"
