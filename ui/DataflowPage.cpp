#include "DataflowPage.h"
#include "ui_DataflowPage.h"

#include "Confirmation.h"
#include "setup/CreateDataflow.h"
#include "setup/SetupJourney.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace Inlet {

namespace {

constexpr int kPollMs = 150;
constexpr int kIconSize = 16;

const QList<DataflowStep> kSteps{DataflowStep::FlowSpec,
                                 DataflowStep::Dataset,
                                 DataflowStep::SourceConnection,
                                 DataflowStep::TargetConnection,
                                 DataflowStep::MappingSet,
                                 DataflowStep::Flow};

} // namespace

DataflowPage::DataflowPage(WizardState& state, CreateDataflow& createDataflow, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::DataflowPage)
    , m_createDataflow(createDataflow)
    , m_journey(journey)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DataflowPage::updateSteps);
}

DataflowPage::~DataflowPage() = default;

void DataflowPage::build()
{
    m_ui->setupUi(this);
    m_ui->stepsLayout->setColumnStretch(3, 1);
    addStepRow(DataflowStep::FlowSpec, QStringLiteral("flowSpec"), tr("Flow spec"), tr("Flow spec ID"));
    addStepRow(DataflowStep::Dataset, QStringLiteral("dataset"), tr("Dataset"), tr("Dataset ID"));
    addStepRow(DataflowStep::SourceConnection,
               QStringLiteral("sourceConnection"),
               tr("Source connection"),
               tr("Source connection ID"));
    addStepRow(DataflowStep::TargetConnection,
               QStringLiteral("targetConnection"),
               tr("Target connection"),
               tr("Target connection ID"));
    addStepRow(DataflowStep::MappingSet, QStringLiteral("mappingSet"), tr("Mapping set"), tr("Mapping set ID"));
    addStepRow(DataflowStep::Flow, QStringLiteral("flow"), tr("Dataflow"), tr("Dataflow ID"));
    m_ui->detailsEdit->setVisible(false);
    m_ui->removalLabel->setVisible(false);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_running.isNull())
            m_running->cancel();
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, &DataflowPage::resume);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DataflowPage::deleteCreated);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
}

void DataflowPage::addStepRow(DataflowStep step, const QString& key, const QString& name, const QString& idName)
{
    StepRow row;
    row.step = step;
    row.icon = new QLabel(m_ui->stepsGroupBox);
    row.icon->setFixedSize(kIconSize, kIconSize);
    auto* nameLabel = new QLabel(name, m_ui->stepsGroupBox);
    nameLabel->setObjectName(key + QStringLiteral("NameLabel"));
    row.state = new QLabel(m_ui->stepsGroupBox);
    row.state->setObjectName(key + QStringLiteral("StateLabel"));
    // The id is the step's result: selectable and copyable, not editable.
    row.id = new QLineEdit(m_ui->stepsGroupBox);
    row.id->setObjectName(key + QStringLiteral("IdLineEdit"));
    row.id->setReadOnly(true);
    row.id->setAccessibleName(idName);
    const int line = m_ui->stepsLayout->rowCount();
    m_ui->stepsLayout->addWidget(row.icon, line, 0);
    m_ui->stepsLayout->addWidget(nameLabel, line, 1);
    m_ui->stepsLayout->addWidget(row.state, line, 2);
    m_ui->stepsLayout->addWidget(row.id, line, 3);
    row.widgets = {row.icon, nameLabel, row.state, row.id};
    m_rows << row;
}

QString DataflowPage::helpText() const
{
    return tr("<p>Inlet creates the dataflow on Platform one object at a time: it checks that the flow spec accepts "
              "the source, then creates the dataset (when you chose a new one), the source connection, the target "
              "connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the "
              "new object's ID.</p>"
              "<p>If a step fails, the page names it and keeps everything you chose. <b>Continue</b> goes on from "
              "that step; when Platform's answer was lost, it first looks whether the object was created, so "
              "nothing is created twice. <b>Delete what was created</b> lists the objects made so far and removes "
              "them once you confirm; mapping sets stay, as Platform cannot delete them.</p>"
              "<p><b>Stop</b> interrupts the work; Continue picks it up again. <b>Next</b> shows the dataflow's "
              "runs.</p>");
}

void DataflowPage::initializePage()
{
    if (!m_running.isNull())
        return;
    m_plan = m_journey.dataflowPlan();
    setSubTitle(tr("Inlet creates the dataflow \"%1\" on Platform, one object at a time.").arg(m_plan.name));
    for (const StepRow& row : std::as_const(m_rows)) {
        const bool shown = row.step != DataflowStep::Dataset || m_plan.createsDataset();
        for (QWidget* widget : row.widgets)
            widget->setVisible(shown);
    }
    m_ui->removalLabel->setVisible(false);
    create();
}

bool DataflowPage::isComplete() const
{
    return m_running.isNull() && m_createDataflow.progress().isComplete();
}

void DataflowPage::resume()
{
    if (m_running.isNull())
        create();
}

void DataflowPage::create()
{
    m_failedStep.reset();
    m_ui->removalLabel->setVisible(false);
    const DataflowProgress& progress = m_createDataflow.progress();
    const QString message = progress.inDoubt
        ? tr("Checking whether %1 was created meanwhile…").arg(CreateDataflow::stepNoun(*progress.inDoubt))
        : tr("Creating the dataflow \"%1\"…").arg(m_plan.name);
    DataflowOperation* operation = m_createDataflow.create(m_plan);
    setBusy(operation, message);
    connect(operation, &Operation::finished, this, [this, operation] { finishCreate(*operation); });
}

void DataflowPage::finishCreate(const DataflowOperation& operation)
{
    m_running.clear();
    m_poll.stop();
    m_ui->progressWidget->setVisible(false);
    if (const Error& error = operation.error()) {
        const DataflowStep step = operation.failedStep().value_or(DataflowStep::Flow);
        m_failedStep = step;
        const QString headline = step == DataflowStep::FlowSpec
            ? tr("Checking the flow spec failed.")
            : tr("Creating %1 failed.").arg(CreateDataflow::stepNoun(step));
        QString outcome = operation.outcomeMessage();
        // The use case's sentence may begin with the step's noun ("the dataflow was not created").
        if (!outcome.isEmpty())
            outcome[0] = outcome.at(0).toUpper();
        QString reason = error.actionableMessage();
        // A flow spec that does not fit is said by the outcome alone: the error's sentence about an
        // unreadable answer would mislead.
        if (step == DataflowStep::FlowSpec && error.kind() == Error::Kind::BadResponse && !outcome.isEmpty())
            reason = outcome;
        else if (!outcome.isEmpty())
            reason += u' ' + outcome;
        showFailure(headline + u' ' + reason, error);
    } else {
        m_ui->detailsEdit->clear();
        showMessage(
            m_ui->statusLabel, tr("The dataflow \"%1\" was created. Next shows its runs.").arg(m_plan.name), false);
    }
    updateSteps();
    updateActions();
    emit completeChanged();
    if (const auto& flow = m_createDataflow.progress().flow; flow && flow->id != m_announcedFlowId) {
        m_announcedFlowId = flow->id;
        emit flowCreated(flow->id);
    }
    if (isComplete() && wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
}

void DataflowPage::deleteCreated()
{
    if (!m_running.isNull() || !hasCreatedObjects())
        return;
    QString question = tr("Delete these objects from Platform? What you chose in Inlet stays, so Continue can "
                          "create them again.");
    const QStringList objects = deletableObjects();
    if (!objects.isEmpty())
        question += QStringLiteral("\n\n• ") + objects.join(QStringLiteral("\n• "));
    if (const auto& mapping = m_createDataflow.progress().mappingSet) {
        question += QStringLiteral("\n\n")
            + tr("The mapping set \"%1\" (%2) stays: Platform cannot delete mapping sets, and one that no dataflow "
                 "uses does nothing.")
                  .arg(m_plan.mappingSetName(), mapping->id);
    }
    confirmAction(this, tr("Delete What Was Created?"), question, tr("Delete"), [this] { remove(); });
}

void DataflowPage::remove()
{
    if (!m_running.isNull())
        return;
    DataflowRemovalOperation* operation = m_createDataflow.removeCreated(m_plan);
    setBusy(operation, tr("Deleting what was created…"));
    connect(operation, &Operation::finished, this, [this, operation] {
        finishRemove(operation->error(), operation->result());
    });
}

void DataflowPage::finishRemove(const Error& error, const DataflowRemoval& removal)
{
    m_running.clear();
    m_poll.stop();
    m_ui->progressWidget->setVisible(false);
    if (error) {
        // The steps above show what is still there.
        showFailure(tr("Deleting failed. %1 The objects still listed above remain; Delete what was created tries "
                       "again.")
                        .arg(error.actionableMessage()),
                    error);
    } else {
        m_failedStep.reset();
        m_ui->detailsEdit->clear();
        showMessage(m_ui->statusLabel,
                    tr("What was created is deleted. Continue creates the dataflow again from what you chose."),
                    false);
        QString text;
        if (!removal.deleted.isEmpty())
            text += tr("Deleted:") + QStringLiteral("\n• ") + removal.deleted.join(QStringLiteral("\n• "));
        if (!removal.kept.isEmpty()) {
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            text += tr("Kept:") + QStringLiteral("\n• ") + removal.kept.join(QStringLiteral("\n• "));
        }
        m_ui->removalLabel->setText(text);
        m_ui->removalLabel->setVisible(!text.isEmpty());
    }
    updateSteps();
    updateActions();
    if (!error)
        m_ui->continueButton->setFocus();
    emit completeChanged();
}

void DataflowPage::setBusy(Operation* operation, const QString& message)
{
    m_running = operation;
    m_ui->progressWidget->setVisible(true);
    m_ui->detailsEdit->clear();
    m_ui->detailsButton->setChecked(false);
    showMessage(m_ui->statusLabel, message, false);
    m_poll.start();
    updateSteps();
    updateActions();
    m_ui->cancelButton->setFocus();
    emit completeChanged();
}

void DataflowPage::showFailure(const QString& message, const Error& error)
{
    showMessage(m_ui->statusLabel, message, true);
    m_ui->detailsEdit->setPlainText(error.details());
    updateActions();
    m_ui->continueButton->setFocus();
}

std::optional<DataflowStep> DataflowPage::firstOpenStep() const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    for (const DataflowStep step : kSteps) {
        if (step == DataflowStep::FlowSpec) {
            if (!progress.flowSpec)
                return step;
            continue;
        }
        if (step == DataflowStep::Dataset && !m_plan.createsDataset())
            continue;
        if (!progress.created(step))
            return step;
    }
    return std::nullopt;
}

DataflowPage::StepState DataflowPage::stepState(DataflowStep step) const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    if (step == DataflowStep::FlowSpec ? progress.flowSpec.has_value() : progress.created(step).has_value())
        return StepState::Done;
    if (firstOpenStep() != step)
        return StepState::Waiting;
    if (!m_running.isNull())
        return StepState::Working;
    if (progress.inDoubt == step)
        return StepState::Unknown;
    return m_failedStep == step ? StepState::Failed : StepState::Waiting;
}

void DataflowPage::updateSteps()
{
    if (!isBuilt())
        return;
    const DataflowProgress& progress = m_createDataflow.progress();
    for (const StepRow& row : std::as_const(m_rows)) {
        const StepState state = stepState(row.step);
        QString text;
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase; // none
        switch (state) {
        case StepState::Waiting:
            text = tr("Waiting");
            break;
        case StepState::Working:
            text = tr("Working…");
            icon = QStyle::SP_BrowserReload;
            break;
        case StepState::Done:
            text = row.step == DataflowStep::FlowSpec ? tr("Checked") : tr("Created");
            icon = QStyle::SP_DialogApplyButton;
            break;
        case StepState::Failed:
            text = tr("Failed");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case StepState::Unknown:
            text = tr("Not known whether created");
            icon = QStyle::SP_MessageBoxWarning;
            break;
        }
        row.state->setText(text);
        row.icon->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap()
                                                          : style()->standardIcon(icon).pixmap(kIconSize, kIconSize));
        QString id;
        if (state == StepState::Done)
            id = row.step == DataflowStep::FlowSpec ? progress.flowSpec->id : progress.created(row.step)->id;
        row.id->setText(id);
        row.id->setVisible(!id.isEmpty() && row.state->isVisibleTo(m_ui->stepsGroupBox));
    }
}

void DataflowPage::updateActions()
{
    if (!isBuilt())
        return;
    const bool idle = m_running.isNull();
    m_ui->continueButton->setVisible(idle && !m_createDataflow.progress().isComplete());
    m_ui->deleteButton->setVisible(idle && hasCreatedObjects());
    m_ui->detailsButton->setVisible(idle && !m_ui->detailsEdit->toPlainText().isEmpty());
    if (!m_ui->detailsButton->isVisibleTo(this))
        m_ui->detailsButton->setChecked(false);
}

bool DataflowPage::hasCreatedObjects() const
{
    // Not the mapping set alone: Platform cannot delete it, so there would be nothing to do.
    const DataflowProgress& progress = m_createDataflow.progress();
    return progress.dataset || progress.sourceConnection || progress.targetConnection || progress.flow;
}

QStringList DataflowPage::deletableObjects() const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    QStringList objects;
    if (progress.flow)
        objects << tr("Dataflow \"%1\" (%2)").arg(m_plan.name, progress.flow->id);
    if (progress.targetConnection)
        objects
            << tr("Target connection \"%1\" (%2)").arg(m_plan.targetConnectionName(), progress.targetConnection->id);
    if (progress.sourceConnection)
        objects
            << tr("Source connection \"%1\" (%2)").arg(m_plan.sourceConnectionName(), progress.sourceConnection->id);
    if (progress.dataset)
        objects << tr("Dataset \"%1\" (%2)").arg(m_plan.newDatasetName, progress.dataset->id);
    return objects;
}

} // namespace Inlet
