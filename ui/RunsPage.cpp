#include "RunsPage.h"
#include "ui_RunsPage.h"

#include "Accessibility.h"
#include "RunTableModel.h"
#include "setup/SetupJourney.h"
#include "setup/WatchRuns.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace Inlet {

namespace {
constexpr int kClockMs = 1000;
}

RunsPage::RunsPage(WizardState& state, WatchRuns& watchRuns, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::RunsPage)
    , m_watchRuns(watchRuns)
    , m_journey(journey)
    , m_model(new RunTableModel(this))
{
    setFinalPage(true);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RunsPage::refreshNow);
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, &RunsPage::updateClock);
}

RunsPage::~RunsPage() = default;

void RunsPage::build()
{
    m_ui->setupUi(this);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_ui->refreshButton->setAccessibleName(tr("Refresh now"));
    m_ui->sparkConfigButton->setAccessibleName(tr("Show the Spark config line"));
    m_ui->detailsButton->setAccessibleName(tr("Details"));
    m_ui->runsTableView->setModel(m_model);
    m_ui->runsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->runsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->errorsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->detailsEdit->setVisible(false);
    m_ui->detailsButton->setVisible(false);
    m_ui->sparkConfigButton->setVisible(false);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RunsPage::refreshNow);
    connect(m_ui->sparkConfigButton, &QPushButton::clicked, this, &RunsPage::sparkConfigLineWanted);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->runsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RunsPage::showSelectedRun);
    showSelectedRun();
}

QString RunsPage::helpText() const
{
    return tr("<p>Each run of the dataflow is listed here, newest first: its status, when it started, how long it "
              "took (or has taken so far), and how many records Platform read, wrote and could not ingest. Select "
              "a run to see its errors with their codes.</p>"
              "<p>Inlet checks for news every few seconds while a run is queued or in progress, and less and less "
              "often once all runs have finished. <b>Refresh now</b> checks at once. When a check fails, Inlet "
              "says why and tries again later, waiting longer each time.</p>"
              "<p>A Databricks run that could not read the landing zone means the cluster's Spark config lacks the "
              "landing-zone line or holds a revoked token: <b>Show the Spark config line</b> leads back to it. "
              "<b>Finish</b> closes Inlet; the dataflow keeps running on its schedule.</p>");
}

void RunsPage::initializePage()
{
    // A subtitle keeps QWizard's header (and the window colour error messages are made for).
    setSubTitle(tr("The dataflow's runs as Platform reports them, checked for news while this page is open."));
    m_ui->flowIdLineEdit->setText(flowId());
    if (flowId().isEmpty())
        showMessage(m_ui->statusLabel, tr("No dataflow to watch yet: create one first."), true);
    updateClock();
}

void RunsPage::cleanupPage()
{
    stopWatching();
    WizardPage::cleanupPage();
}

QString RunsPage::flowId() const
{
    return m_watchRuns.flowId();
}

std::chrono::seconds RunsPage::refreshDelay() const
{
    return m_watchRuns.refreshDelay();
}

void RunsPage::setFlowId(const QString& flowId)
{
    if (flowId == m_watchRuns.flowId())
        return;
    m_watchRuns.watch(flowId);
    m_model->setRuns({});
    m_lastUpdated = QDateTime();
    m_refreshTimer.stop();
    if (!isBuilt())
        return;
    m_ui->flowIdLineEdit->setText(flowId);
    showMessage(m_ui->statusLabel, QString(), false);
    showSelectedRun();
    if (isVisible())
        refreshNow();
}

void RunsPage::showEvent(QShowEvent* event)
{
    WizardPage::showEvent(event);
    if (!isBuilt())
        return;
    // Back in view: look now, then keep watching.
    m_clock.start();
    refreshNow();
}

void RunsPage::hideEvent(QHideEvent* event)
{
    stopWatching();
    WizardPage::hideEvent(event);
}

void RunsPage::stopWatching()
{
    m_refreshTimer.stop();
    m_clock.stop();
}

void RunsPage::refreshNow()
{
    if (!isBuilt() || !m_running.isNull() || flowId().isEmpty())
        return;
    m_refreshTimer.stop();
    RunListOperation* operation = m_watchRuns.refresh();
    m_running = operation;
    m_ui->refreshButton->setEnabled(false);
    updateClock();
    connect(operation, &Operation::finished, this, [this, operation, watched = flowId()] {
        if (watched == flowId())
            return finishRefresh(*operation, operation->result());
        // An answer about the flow watched before: the new one is looked at instead.
        m_running.clear();
        m_ui->refreshButton->setEnabled(true);
        if (isVisible())
            refreshNow();
    });
}

void RunsPage::finishRefresh(const Operation& operation, const QList<FlowRun>& runs)
{
    m_running.clear();
    m_ui->refreshButton->setEnabled(true);
    // WatchRuns has counted this refresh: its delay is the one after it, backed off after a failure.
    const std::chrono::seconds delay = m_watchRuns.refreshDelay();
    if (const Error& error = operation.error()) {
        // Nothing shown is lost.
        showMessage(
            m_ui->statusLabel,
            tr("Inlet could not check the runs. %1 It tries again in %n second(s).", nullptr, int(delay.count()))
                .arg(error.actionableMessage()),
            true);
        m_ui->detailsEdit->setPlainText(error.details());
        m_ui->detailsButton->setVisible(true);
    } else {
        const QString selected = selectedRunId();
        m_model->setRuns(runs);
        selectRun(selected);
        m_lastUpdated = QDateTime::currentDateTime();
        showMessage(m_ui->statusLabel,
                    runs.isEmpty() ? tr("No run has started yet. Platform starts the first one at the scheduled time.")
                                   : QString(),
                    false);
        m_ui->detailsEdit->clear();
        m_ui->detailsButton->setChecked(false);
        m_ui->detailsButton->setVisible(false);
    }
    scheduleRefresh(delay);
    updateClock();
}

void RunsPage::scheduleRefresh(std::chrono::seconds delay)
{
    if (!isVisible() || flowId().isEmpty())
        return;
    m_refreshTimer.start(delay);
    m_nextRefreshAt = QDateTime::currentDateTime().addSecs(delay.count());
}

QString RunsPage::selectedRunId() const
{
    const FlowRun* run = m_model->run(m_ui->runsTableView->currentIndex().row());
    return run ? run->id : QString();
}

void RunsPage::selectRun(const QString& runId)
{
    // The newest run when none was chosen (or the chosen one is no longer listed), so what went wrong
    // with the latest is in view at once.
    const int row = std::max(m_model->rowOf(runId), 0);
    if (row < m_model->rowCount())
        m_ui->runsTableView->setCurrentIndex(m_model->index(row, RunTableModel::StatusColumn));
    showSelectedRun();
}

void RunsPage::showSelectedRun()
{
    m_ui->errorsTreeWidget->clear();
    const FlowRun* run = m_model->run(m_ui->runsTableView->currentIndex().row());
    if (!run) {
        showMessage(m_ui->explanationLabel, QString(), false);
        m_ui->sparkConfigButton->setVisible(false);
        m_ui->errorsLabel->setVisible(false);
        m_ui->errorsTreeWidget->setVisible(false);
        return;
    }
    for (const RunError& error : run->errors) {
        auto* item = new QTreeWidgetItem(m_ui->errorsTreeWidget, {error.code, error.message});
        item->setToolTip(1, error.message); // whole, however narrow the column
    }
    m_ui->errorsLabel->setVisible(!run->errors.isEmpty());
    m_ui->errorsTreeWidget->setVisible(!run->errors.isEmpty());
    const RunExplanation explanation = WatchRuns::explain(*run, m_journey.isDatabricks());
    showMessage(m_ui->explanationLabel, explanation.message, run->status == FlowRun::Status::Failed);
    m_ui->sparkConfigButton->setVisible(explanation.sparkConfigLineMissing);
}

void RunsPage::updateClock()
{
    if (!isBuilt())
        return;
    m_model->updateDurations();
    QString text;
    if (!m_running.isNull()) {
        text = tr("Checking for runs…");
    } else if (m_lastUpdated.isValid()) {
        text = tr("Last updated at %1.").arg(QLocale().toString(m_lastUpdated.time(), QLocale::LongFormat));
        if (m_refreshTimer.isActive()) {
            const qint64 seconds = std::max<qint64>(QDateTime::currentDateTime().secsTo(m_nextRefreshAt), 0);
            text += u' ' + tr("Next check in %n second(s).", nullptr, int(seconds));
        }
    }
    m_ui->updatedLabel->setText(text);
}

} // namespace Inlet
