// The Target and Mapping pages end to end: the real wizard against the simulator, from a Spark connection's
// public.customers to a dataset (existing, without a schema, or new on an event schema), then the mapping
// matched by name, edited with the field picker, reviewed, checked by Data Prep on Next and, when Platform
// refuses the check, kept on the page with the reason.
#include "Accessibility.h"
#include "AccessibleNamesCheck.h"
#include "ExplorePage.h"
#include "MappingPage.h"
#include "MappingTableModel.h"
#include "PlatformTestSupport.h"
#include "TargetPage.h"
#include "WizardDriver.h"
#include "WizardFixture.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Inlet;
using namespace Inlet::Test;

namespace {

const QString kOrderSchemaTitle = QStringLiteral("Acme Order Events");

QTreeWidgetItem* findField(QTreeWidget* tree, const QString& path)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->toolTip(0) == path)
            return *it;
    }
    return nullptr;
}

} // namespace

class TestTargetMapping : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void targetExplainsWhatFits();
    void targetListsFailureRetries();
    void mappingMatchesReviewsAndValidates();
    void refusedCheckKeepsThePage();
    void mappingIsCheckedWhileTheUserReadsIt();

private:
    // Through the wizard to the Target page, with public.customers chosen on Select data (and, when
    // `waitForLists`, the datasets and schemas listed).
    void reachTarget(bool waitForLists = true);
    // On the Target page: the existing dataset `name`, its schema described.
    void chooseDataset(const QString& name);
    // From the Target page with "Acme customers" to the Mapping page.
    void reachMapping();
    // Opens the field picker of `source`'s row, chooses `path` (empty: not mapped) and closes it with Enter.
    void pickField(const QString& source, const QString& path);
    // Every control of the current page is named for screen readers, as its label reads where it has one.
    void checkNamed();
    // Keeps the Mapping page from checking ahead, for tests of what its own checks do.
    void holdCheckAhead();

    InletWizard& wizard() const { return m_fixture.wizard(); }
    TargetPage* target() const { return wizard().targetPage(); }
    MappingPage* mapping() const { return wizard().mappingPage(); }
    template <typename T>
    T* on(QWidget* page, const char* name) const
    {
        return page->findChild<T*>(QString::fromLatin1(name));
    }
    QTableView* datasets() const { return on<QTableView>(target(), "datasetsTableView"); }
    QTreeWidget* fields() const { return on<QTreeWidget>(target(), "fieldsTreeWidget"); }
    QLabel* fit() const { return on<QLabel>(target(), "fitLabel"); }
    QTableView* table() const { return on<QTableView>(mapping(), "mappingTableView"); }
    MappingTableModel* rows() const { return mapping()->mappingModel(); }
    QString destinationOf(const QString& source) const;
    int validations() const { return m_fixture.sim().stats().value(QLatin1String("mappingValidations")).toInt(); }

    WizardFixture m_fixture;
};

void TestTargetMapping::init()
{
    QVERIFY2(m_fixture.start(QStringLiteral("target-mapping-test")), qPrintable(m_fixture.errorText()));
    QApplication::setActiveWindow(&m_fixture.wizard());
}

void TestTargetMapping::cleanup()
{
    m_fixture.stop();
}

void TestTargetMapping::reachTarget(bool waitForLists)
{
    WizardDriver driver(wizard());
    driver.reachReview(sparkSource(), QStringLiteral("target-mapping-secret"));
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
    // The first table is chosen at once.
    QTRY_VERIFY_WITH_TIMEOUT(wizard().journey().chosenObject()
                                 && wizard().journey().chosenObject()->path == QLatin1String("public.customers")
                                 && !wizard().explorePage()->isBusy(),
                             kTimeout);
    // Next appears once the table is described, and leads on to the dataflow.
    QTRY_VERIFY_WITH_TIMEOUT(wizard().button(QWizard::NextButton)->isEnabled(), kTimeout);
    // The Target page's lists were read ahead once the table was chosen; the user looks at the preview
    // until they are in.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_fixture.sim().requestsTo(QStringLiteral("/dataSets"), QStringLiteral("GET")).isEmpty()
            && !m_fixture.sim().requestsTo(QStringLiteral("/tenant/schemas"), QStringLiteral("GET")).isEmpty(),
        kTimeout);
    spin(200);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::TargetPageId), kTimeout);
    if (waitForLists)
        QTRY_VERIFY_WITH_TIMEOUT(!target()->isBusy() && datasets()->model()->rowCount() == 6, kTimeout);
}

void TestTargetMapping::chooseDataset(const QString& name)
{
    QAbstractItemModel* model = datasets()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(name));
    datasets()->setFocus();
    datasets()->setCurrentIndex(found.first());
    QTRY_VERIFY_WITH_TIMEOUT(!target()->isBusy() && target()->describedSchema(), kTimeout);
}

void TestTargetMapping::reachMapping()
{
    reachTarget();
    if (QTest::currentTestFailed())
        return;
    chooseDataset(QStringLiteral("Acme customers"));
    if (QTest::currentTestFailed())
        return;
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::MappingPageId), kTimeout);
    QVERIFY(rows()->rowCount() > 0);
}

QString TestTargetMapping::destinationOf(const QString& source) const
{
    const int row = rows()->rowOf(source);
    return row < 0 ? QStringLiteral("(no row)")
                   : rows()->index(row, MappingTableModel::FieldColumn).data(MappingTableModel::PathRole).toString();
}

void TestTargetMapping::pickField(const QString& source, const QString& path)
{
    const int row = rows()->rowOf(source);
    QVERIFY2(row >= 0, qPrintable(source));
    table()->setFocus();
    table()->setCurrentIndex(rows()->index(row, MappingTableModel::FieldColumn));
    QTest::keyClick(table(), Qt::Key_F2);
    QComboBox* picker = nullptr;
    QTRY_VERIFY((picker = table()->findChild<QComboBox*>(QStringLiteral("fieldPickerComboBox"))) != nullptr);
    QVERIFY2(picker->accessibleName().contains(source), qPrintable(picker->accessibleName()));
    QCOMPARE(picker->currentData().toString(), destinationOf(source));
    const int choice = picker->findData(path);
    QVERIFY2(choice >= 0, qPrintable(path));
    picker->setCurrentIndex(choice);
    QTest::keyClick(picker, Qt::Key_Return);
    QTRY_VERIFY(!table()->findChild<QComboBox*>(QStringLiteral("fieldPickerComboBox")));
    QCOMPARE(destinationOf(source), path);
}

void TestTargetMapping::checkNamed()
{
    checkAccessibleNames(wizard());
}

void TestTargetMapping::targetExplainsWhatFits()
{
    reachTarget();
    if (QTest::currentTestFailed())
        return;
    checkNamed();
    if (QTest::currentTestFailed())
        return;
    QAbstractButton* next = wizard().button(QWizard::NextButton);
    // Nothing is chosen for the user.
    QVERIFY(!target()->isComplete());

    // A dataset whose schema fits: its fields, required and identity marked.
    chooseDataset(QStringLiteral("Acme customers"));
    QCOMPARE(target()->describedSchema()->title, QStringLiteral("Acme Customer Profile"));
    QVERIFY(fields()->topLevelItemCount() > 0);
    QTreeWidgetItem* customerId = findField(fields(), QStringLiteral("_acmeinc.customerId"));
    QVERIFY(customerId);
    QVERIFY2(customerId->text(3).contains(QStringLiteral("required")), qPrintable(customerId->text(3)));
    QVERIFY2(customerId->text(3).contains(QStringLiteral("identity")), qPrintable(customerId->text(3)));
    QCOMPARE(customerId->text(2), QStringLiteral("integer"));
    QVERIFY(findField(fields(), QStringLiteral("person.name.firstName")));
    QVERIFY(!fit()->isVisible());
    QVERIFY(target()->isComplete());
    QVERIFY(next->isEnabled());

    // A system dataset without a schema: said why, and no way on.
    chooseDataset(QStringLiteral("Profile Snapshot Export"));
    QVERIFY(fit()->isVisible());
    QVERIFY2(fit()->text().contains(QStringLiteral("no XDM schema")), qPrintable(fit()->text()));
    QCOMPARE(fields()->topLevelItemCount(), 0);
    QVERIFY(!target()->isComplete());
    QVERIFY(!next->isEnabled());

    // Search by a schema's title.
    auto* search = on<QLineEdit>(target(), "datasetSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("customer profile"));
    QCOMPARE(datasets()->model()->rowCount(), 1);
    QCOMPARE(datasets()->model()->index(0, 0).data().toString(), QStringLiteral("Acme customers"));
    search->clear();

    // A new dataset on an event schema: named after the object until the user types a name.
    QTest::mouseClick(on<QRadioButton>(target(), "newRadioButton"), Qt::LeftButton);
    auto* name = on<QLineEdit>(target(), "nameLineEdit");
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), wizard().journey().chosenObject()->name);
    auto* schemas = on<QListView>(target(), "schemasListView");
    QCOMPARE(schemas->model()->rowCount(), 5);
    const QModelIndexList orders =
        schemas->model()->match(schemas->model()->index(0, 0), Qt::DisplayRole, kOrderSchemaTitle, 1, Qt::MatchExactly);
    QVERIFY(!orders.isEmpty());
    schemas->setFocus();
    schemas->setCurrentIndex(orders.first());
    QTRY_VERIFY_WITH_TIMEOUT(!target()->isBusy() && target()->describedSchema()
                                 && target()->describedSchema()->title == kOrderSchemaTitle,
                             kTimeout);
    QVERIFY(findField(fields(), QStringLiteral("timestamp")));
    QVERIFY(target()->isComplete());
    checkNamed();
    if (QTest::currentTestFailed())
        return;
    name->clear();
    QVERIFY(!target()->isComplete());
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!next->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("  Acme order events from Spark "));
    QVERIFY(target()->isComplete());
    QVERIFY(next->isEnabled());

    // On to the mapping: the new dataset's name trimmed, the event's id generated, its timestamp filled.
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::MappingPageId), kTimeout);
    const DataflowPlan plan = wizard().journey().dataflowPlan();
    QVERIFY(plan.createsDataset());
    QCOMPARE(plan.newDatasetName, QStringLiteral("Acme order events from Spark"));
    QCOMPARE(wizard().journey().targetSchema()->title, kOrderSchemaTitle);
    QCOMPARE(destinationOf(QStringLiteral("uuid()")), QStringLiteral("_id"));
    QCOMPARE(rows()->index(rows()->rowOf(QStringLiteral("uuid()")), MappingTableModel::SourceTypeColumn).data(),
             QVariant(QStringLiteral("expression")));
    QCOMPARE(destinationOf(QStringLiteral("created_at")), QStringLiteral("timestamp"));
    QCOMPARE(destinationOf(QStringLiteral("customer_id")), QStringLiteral("_acmeinc.customerId"));

    // Back, and the existing dataset instead: the mapping follows the other schema.
    wizard().back();
    QCOMPARE(wizard().currentId(), int(InletWizard::TargetPageId));
    QCOMPARE(name->text(), QStringLiteral("  Acme order events from Spark "));
    QTest::mouseClick(on<QRadioButton>(target(), "existingRadioButton"), Qt::LeftButton);
    chooseDataset(QStringLiteral("Acme customers"));
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::MappingPageId), kTimeout);
    QVERIFY(!wizard().journey().dataflowPlan().createsDataset());
    QCOMPARE(rows()->rowOf(QStringLiteral("uuid()")), -1);
    QCOMPARE(destinationOf(QStringLiteral("first_name")), QStringLiteral("person.name.firstName"));
}

void TestTargetMapping::holdCheckAhead()
{
    auto* timer = mapping()->findChild<QTimer*>(QStringLiteral("checkAheadTimer"));
    QVERIFY(timer);
    timer->setInterval(std::chrono::hours(1));
}

void TestTargetMapping::targetListsFailureRetries()
{
    // Catalog fails the listing (a 500 is not retried), both the read ahead while the table is chosen
    // (silently) and the page's own: the reason on the page, and Retry.
    QVERIFY(m_fixture.sim().addFault(QStringLiteral("GET"), QStringLiteral("*/dataSets"), QStringLiteral("500"), 0, 2));
    reachTarget(false);
    if (QTest::currentTestFailed())
        return;
    auto* retry = on<QPushButton>(target(), "retryButton");
    auto* status = on<QLabel>(target(), "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!target()->isBusy() && retry->isVisible(), kTimeout);
    QVERIFY2(status->text().contains(QStringLiteral("could not be listed")), qPrintable(status->text()));
    QCOMPARE(datasets()->model()->rowCount(), 0);
    QVERIFY(!wizard().button(QWizard::NextButton)->isEnabled());
    QVERIFY(retry->hasFocus());
    QTest::keyClick(retry, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!target()->isBusy() && datasets()->model()->rowCount() == 6, kTimeout);
    QVERIFY(!retry->isVisible());
    QCOMPARE(on<QListView>(target(), "schemasListView")->model()->rowCount(), 5);
}

void TestTargetMapping::mappingMatchesReviewsAndValidates()
{
    holdCheckAhead();
    reachMapping();
    if (QTest::currentTestFailed())
        return;
    checkNamed();
    if (QTest::currentTestFailed())
        return;
    auto* review = on<QLabel>(mapping(), "reviewLabel");
    auto* unmapped = on<QLabel>(mapping(), "unmappedLabel");
    QAbstractButton* next = wizard().button(QWizard::NextButton);

    // Matched by name and type; the column without a match is listed, not an error.
    QCOMPARE(destinationOf(QStringLiteral("customer_id")), QStringLiteral("_acmeinc.customerId"));
    QCOMPARE(destinationOf(QStringLiteral("birth_date")), QStringLiteral("person.birthDate"));
    QCOMPARE(destinationOf(QStringLiteral("email")), QString());
    QCOMPARE(rows()->index(rows()->rowOf(QStringLiteral("email")), MappingTableModel::FieldColumn).data().toString(),
             QStringLiteral("(not mapped)"));
    QVERIFY(unmapped->isVisible());
    QVERIFY2(unmapped->text().contains(QStringLiteral("email")), qPrintable(unmapped->text()));
    QVERIFY(!review->isVisible());
    QVERIFY(mapping()->isComplete());

    // Without the customer id, the required identity is missing: said, and no way on.
    pickField(QStringLiteral("customer_id"), QString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(review->isVisible());
    QVERIFY2(review->text().contains(QStringLiteral("_acmeinc.customerId")), qPrintable(review->text()));
    QVERIFY(unmapped->text().contains(QStringLiteral("customer_id")));
    QVERIFY(!mapping()->isComplete());
    QVERIFY(!next->isEnabled());

    // Email into a field of its own; a boolean into a date is flagged on its row.
    pickField(QStringLiteral("email"), QStringLiteral("personalEmail.address"));
    pickField(QStringLiteral("customer_id"), QStringLiteral("_acmeinc.customerId"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!unmapped->isVisible());
    QVERIFY(mapping()->isComplete());
    pickField(QStringLiteral("is_active"), QStringLiteral("_acmeinc.createdAt"));
    if (QTest::currentTestFailed())
        return;
    const QModelIndex check = rows()->index(rows()->rowOf(QStringLiteral("is_active")), MappingTableModel::CheckColumn);
    QVERIFY2(!check.data().toString().isEmpty(), "the incompatible rule is not marked");
    QVERIFY(!mapping()->isComplete());
    pickField(QStringLiteral("is_active"), QStringLiteral("_acmeinc.isActive"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(check.data().toString().isEmpty());
    QVERIFY(mapping()->isComplete());

    // Next asks Data Prep first, then goes on with the mapping in the journey.
    const int before = validations();
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SchedulePageId), kTimeout);
    QCOMPARE(validations(), before + 1);
    const QList<MappingRule> rules = wizard().journey().dataflowPlan().rules;
    QVERIFY(rules.contains(MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("email"), QStringLiteral("personalEmail.address")}));
    QVERIFY(rules.contains(MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("customer_id"), QStringLiteral("_acmeinc.customerId")}));

    // Back here, the edits are kept and the accepted mapping is not checked again.
    wizard().back();
    QCOMPARE(wizard().currentId(), int(InletWizard::MappingPageId));
    QCOMPARE(destinationOf(QStringLiteral("email")), QStringLiteral("personalEmail.address"));
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SchedulePageId), kTimeout);
    QCOMPARE(validations(), before + 1);
}

void TestTargetMapping::refusedCheckKeepsThePage()
{
    holdCheckAhead();
    reachMapping();
    if (QTest::currentTestFailed())
        return;
    auto* status = on<QLabel>(mapping(), "statusLabel");
    const QList<MappingRule> suggested = rows()->rules();
    const int before = validations();

    // A definite refusal of the check: the reason, the mapping kept, still here.
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("POST"), QStringLiteral("*/mappingSets/validate"), QStringLiteral("refuse"), 400, 1));
    WizardDriver(wizard()).clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(!mapping()->isBusy() && status->text().contains(QStringLiteral("could not be checked")),
                             kTimeout);
    QCOMPARE(wizard().currentId(), int(InletWizard::MappingPageId));
    QVERIFY(status->isVisible());
    QCOMPARE(rows()->rules(), suggested);
    QVERIFY(on<QPushButton>(mapping(), "checkButton")->isEnabled());
    QVERIFY(wizard().button(QWizard::NextButton)->isEnabled());
    QCOMPARE(validations(), before);

    // Platform unavailable through every retry: the same, from the check button.
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("POST"), QStringLiteral("*/mappingSets/validate"), QStringLiteral("503"), 0, 100));
    status->clear();
    QTest::mouseClick(on<QPushButton>(mapping(), "checkButton"), Qt::LeftButton);
    QVERIFY(mapping()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!mapping()->isBusy(), kTimeout);
    QVERIFY2(status->text().contains(QStringLiteral("could not be checked")), qPrintable(status->text()));
    QCOMPARE(wizard().currentId(), int(InletWizard::MappingPageId));
    QVERIFY(on<QWidget>(mapping(), "errorWidget")->isVisible());

    // Platform back: Next checks and goes on.
    m_fixture.sim().clearFaults();
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SchedulePageId), kTimeout);
    QCOMPARE(validations(), before + 1);
}

void TestTargetMapping::mappingIsCheckedWhileTheUserReadsIt()
{
    const int before = validations();
    reachMapping();
    if (QTest::currentTestFailed())
        return;
    // The suggested mapping is complete: Data Prep checks it while the user reads it, once.
    QTRY_COMPARE_WITH_TIMEOUT(validations(), before + 1, kTimeout);
    spin(200);
    QCOMPARE(validations(), before + 1);
    const QList<MappingRule> suggested = rows()->rules();

    // Next finds the verdict waiting: on without asking again.
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SchedulePageId), kTimeout);
    QCOMPARE(validations(), before + 1);
    QCOMPARE(wizard().journey().dataflowPlan().rules, suggested);

    // Back, a field changed: the changed mapping is checked in its turn.
    wizard().back();
    QCOMPARE(wizard().currentId(), int(InletWizard::MappingPageId));
    pickField(QStringLiteral("email"), QStringLiteral("personalEmail.address"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(validations(), before + 2, kTimeout);
    WizardDriver(wizard()).clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::SchedulePageId), kTimeout);
    QCOMPARE(validations(), before + 2);
    QVERIFY(wizard().journey().dataflowPlan().rules.contains(MappingRule{
        MappingRule::SourceType::Attribute, QStringLiteral("email"), QStringLiteral("personalEmail.address")}));
}

QTEST_MAIN(TestTargetMapping)
#include "tst_targetmapping.moc"
