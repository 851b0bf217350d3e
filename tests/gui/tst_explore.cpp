// The Select data page end to end: the real wizard against the simulator for Spark on HDInsights,
// Azure Data Explorer, Databricks (created through the wizard) and Azure Blob Storage (reused from the
// existing-connections page): the tree level by level, type-to-filter, a table's schema and preview,
// a wide table's long values on hover and copy, a file's detected and chosen format, and the faults
// with a Retry that repeats only the failed level.
#include "ExistingConnectionsPage.h"
#include "ExplorePage.h"
#include "ExploreTreeModel.h"
#include "ResultPage.h"
#include "SeedDrafts.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "setup/Setup.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Inlet;
using namespace Inlet::Test;

class TestExplore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sparkTablesSchemaPreviewAndFilter();
    void dataExplorerRetryRepeatsOnlyTheFailedLevel();
    void databricksClusterNotRunning();
    void cloudStorageReusedConnectionFiles();

private:
    // Through the wizard to a created connection's Select data page, Finish checked on the way.
    void createAndExplore(const SeedSource& source);
    void waitForRoot();
    QModelIndex findRow(const QString& name, const QModelIndex& parent = {}) const;
    void select(const QModelIndex& proxyIndex);
    void waitForDescription(const QString& path);

    InletWizard& wizard() const { return m_fixture.wizard(); }
    ExplorePage* page() const { return wizard().explorePage(); }
    QTreeView* tree() const { return page()->findChild<QTreeView*>(QStringLiteral("objectTreeView")); }
    QLabel* status() const { return page()->findChild<QLabel*>(QStringLiteral("statusLabel")); }
    QPushButton* retryButton() const { return page()->findChild<QPushButton*>(QStringLiteral("retryButton")); }
    QTableView* schemaView() const { return page()->findChild<QTableView*>(QStringLiteral("schemaTableView")); }
    QTableView* previewView() const { return page()->findChild<QTableView*>(QStringLiteral("previewTableView")); }
    int exploreRequests(const QString& objectType, const QString& object = {}) const;

    WizardFixture m_fixture;
};

void TestExplore::init()
{
    QVERIFY2(m_fixture.start(QStringLiteral("explore-test")), qPrintable(m_fixture.errorText()));
}

void TestExplore::cleanup()
{
    m_fixture.stop();
}

void TestExplore::createAndExplore(const SeedSource& source)
{
    WizardDriver driver(wizard());
    driver.reachReview(source, QStringLiteral("explore-secret"));
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard().currentId(), int(InletWizard::ResultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    // Those who only wanted the connection still finish here.
    QVERIFY(wizard().button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard().button(QWizard::FinishButton)->isEnabled());
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
}

void TestExplore::waitForRoot()
{
    QTRY_VERIFY_WITH_TIMEOUT(tree()->model()->rowCount() > 0, kTimeout);
}

QModelIndex TestExplore::findRow(const QString& name, const QModelIndex& parent) const
{
    const QAbstractItemModel* model = tree()->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

void TestExplore::select(const QModelIndex& proxyIndex)
{
    QVERIFY(proxyIndex.isValid());
    tree()->setFocus();
    tree()->setCurrentIndex(proxyIndex);
}

void TestExplore::waitForDescription(const QString& path)
{
    QTRY_VERIFY_WITH_TIMEOUT(page()->description() && page()->description()->item.path == path && !page()->isBusy(),
                             kTimeout);
}

int TestExplore::exploreRequests(const QString& objectType, const QString& object) const
{
    int count = 0;
    for (const QJsonValue request : m_fixture.sim().requestsTo(QStringLiteral("/explore"))) {
        const QUrlQuery query(request.toObject().value(QLatin1String("query")).toString());
        if (query.queryItemValue(QStringLiteral("objectType")) == objectType
            && (object.isEmpty() || query.queryItemValue(QStringLiteral("object"), QUrl::FullyDecoded) == object))
            ++count;
    }
    return count;
}

void TestExplore::sparkTablesSchemaPreviewAndFilter()
{
    createAndExplore(sparkSource());
    if (QTest::currentTestFailed())
        return;
    waitForRoot();
    // The first table is chosen at once: its schema and rows.
    waitForDescription(QStringLiteral("public.customers"));
    QCOMPARE(schemaView()->model()->rowCount(), 8);
    QCOMPARE(schemaView()->model()->index(5, 2).data().toString(), QStringLiteral("string (date-time)"));
    QCOMPARE(previewView()->model()->rowCount(), 60);
    QVERIFY(status()->text().contains(QStringLiteral("60 row")));

    // The schema folder loads when it is opened, from the keyboard.
    const QModelIndex analytics = findRow(QStringLiteral("analytics"));
    select(analytics);
    QTest::keyClick(tree(), Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(tree()->model()->rowCount(analytics), 5, kTimeout);
    QCOMPARE(exploreRequests(QStringLiteral("folder"), QStringLiteral("analytics")), 1);

    // Type to filter; the wide table's long values are shortened, whole on hover and when copied.
    QTest::keyClicks(page()->findChild<QLineEdit*>(QStringLiteral("filterLineEdit")), QStringLiteral("WIDE"));
    QCOMPARE(tree()->model()->rowCount(), 1);
    const QModelIndex wide = findRow(QStringLiteral("analytics.wide_events"), tree()->model()->index(0, 0));
    select(wide);
    waitForDescription(QStringLiteral("analytics.wide_events"));
    QCOMPARE(previewView()->model()->columnCount(), 300);
    const QModelIndex longCell = previewView()->model()->index(0, 1);
    QVERIFY(longCell.data().toString().size() <= 201);
    QVERIFY(longCell.data(Qt::ToolTipRole).toString().size() > 1000);
    previewView()->setFocus();
    previewView()->setCurrentIndex(longCell);
    QTest::keyClick(previewView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), longCell.data(Qt::ToolTipRole).toString());

    // The choice travels on; Finish ends the wizard.
    QCOMPARE(wizard().journey().chosenObject()->path, QStringLiteral("analytics.wide_events"));
    QCOMPARE(wizard().journey().chosenObject()->columns.size(), 300);
    QTest::mouseClick(wizard().button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard().isVisible());
}

void TestExplore::dataExplorerRetryRepeatsOnlyTheFailedLevel()
{
    createAndExplore(dataExplorerSource());
    if (QTest::currentTestFailed())
        return;
    waitForRoot();
    waitForDescription(QStringLiteral("Samples.customers"));
    QCOMPARE(schemaView()->model()->index(0, 1).data().toString(), QStringLiteral("int")); // Kusto's names
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("GET"), QStringLiteral("*/explore?object=analytics"), QStringLiteral("500"), 0, 1));
    const QModelIndex analytics = findRow(QStringLiteral("analytics"));
    tree()->expand(analytics);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isVisible(), kTimeout);
    QVERIFY(status()->text().contains(QStringLiteral("Platform")));
    QCOMPARE(tree()->model()->rowCount(analytics), 0);
    // What was chosen stays.
    QCOMPARE(previewView()->model()->rowCount(), 60);
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tree()->model()->rowCount(analytics), 5, kTimeout);
    QCOMPARE(exploreRequests(QStringLiteral("root")), 1);
    QCOMPARE(exploreRequests(QStringLiteral("folder"), QStringLiteral("analytics")), 2);
    QVERIFY(!retryButton()->isVisible());

    // A table that cannot be previewed shows its schema and says so.
    select(findRow(QStringLiteral("analytics.audit_log"), analytics));
    waitForDescription(QStringLiteral("analytics.audit_log"));
    QVERIFY2(status()->text().contains(QStringLiteral("cannot preview")), qPrintable(status()->text()));
    QCOMPARE(previewView()->model()->rowCount(), 0);
    QVERIFY(schemaView()->model()->rowCount() > 0);
    // One the account may not read: the reason and what to do.
    select(findRow(QStringLiteral("analytics.payroll"), analytics));
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isVisible(), kTimeout);
    QVERIFY2(status()->text().contains(QStringLiteral("read access")), qPrintable(status()->text()));
}

void TestExplore::databricksClusterNotRunning()
{
    WizardDriver driver(wizard());
    driver.reachReview(databricksSource(), QStringLiteral("explore-secret"));
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(wizard().button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard().currentPage()->isComplete(), kTimeout);
    QVERIFY(m_fixture.sim().addFault(
        QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("cluster-terminated"), 0, 1));
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isVisible(), kTimeout);
    QVERIFY2(status()->text().contains(QStringLiteral("Databricks cluster")), qPrintable(status()->text()));
    QVERIFY(status()->text().contains(QStringLiteral("Start")));
    QCOMPARE(tree()->model()->rowCount(), 0);
    // Started meanwhile: Retry, from the keyboard.
    QVERIFY(retryButton()->hasFocus());
    QTest::keyClick(retryButton(), Qt::Key_Space);
    waitForRoot();
    QVERIFY(findRow(QStringLiteral("acme-db.customers")).isValid());
    QCOMPARE(exploreRequests(QStringLiteral("root")), 2);
}

void TestExplore::cloudStorageReusedConnectionFiles()
{
    WizardDriver driver(wizard());
    driver.signIn(QStringLiteral("explore-secret"));
    if (QTest::currentTestFailed())
        return;
    // The connection exists already: made through the use case, as another Inlet run would have.
    ConnectionDraft draft = SeedDrafts::azureBlob();
    draft.name = QStringLiteral("Existing blob");
    NewConnectionOperation* create = wizard().setup().createConnection().create(draft, false);
    bool created = false;
    connect(create, &Operation::finished, this, [&created, create] { created = !create->error(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, kTimeout);

    driver.chooseSource(azureBlobSource());
    if (QTest::currentTestFailed())
        return;
    auto* connections =
        wizard().existingConnectionsPage()->findChild<QTreeWidget*>(QStringLiteral("connectionsTreeWidget"));
    QTRY_COMPARE_WITH_TIMEOUT(connections->topLevelItemCount(), 1, kTimeout);
    connections->setCurrentItem(connections->topLevelItem(0));
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ResultPageId), kTimeout);
    driver.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(wizard().currentId(), int(InletWizard::ExplorePageId), kTimeout);
    waitForRoot();

    const QModelIndex customers = findRow(QStringLiteral("acme-customers"));
    tree()->expand(customers);
    QTRY_COMPARE_WITH_TIMEOUT(tree()->model()->rowCount(customers), 4, kTimeout);
    select(findRow(QStringLiteral("customers-eu.csv"), customers));
    waitForDescription(QStringLiteral("/acme-customers/customers-eu.csv"));
    // Detected, and shown as the choice.
    auto* fileType = page()->findChild<QComboBox*>(QStringLiteral("fileTypeComboBox"));
    auto* delimiter = page()->findChild<QComboBox*>(QStringLiteral("delimiterComboBox"));
    QVERIFY(fileType->isVisible());
    QCOMPARE(fileType->currentText(), QStringLiteral("Delimited"));
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
    QCOMPARE(previewView()->model()->columnCount(), 8);
    // The wrong delimiter reads whole lines; the user sees it and reads it again.
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("readButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && page()->description()->explored.columns.size() == 1, kTimeout);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("readButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy() && page()->description()->explored.columns.size() == 8, kTimeout);
    const ChosenObject chosen = *wizard().journey().chosenObject();
    QCOMPARE(chosen.type, QStringLiteral("file"));
    QCOMPARE(chosen.format->delimiter, QStringLiteral(";"));

    // A folder the account may not list.
    const QModelIndex restricted = findRow(QStringLiteral("restricted"));
    tree()->expand(restricted);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isVisible(), kTimeout);
    QVERIFY2(status()->text().contains(QStringLiteral("read access")), qPrintable(status()->text()));
    QCOMPARE(restricted.data(ExploreTreeModel::StateRole).toInt(), int(ExploreTreeModel::State::Failed));
    // Nothing chosen was lost.
    QCOMPARE(wizard().journey().chosenObject()->path, chosen.path);
}

QTEST_MAIN(TestExplore)
#include "tst_explore.moc"
