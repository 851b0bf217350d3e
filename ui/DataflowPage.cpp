#include "DataflowPage.h"
#include "ui_DataflowPage.h"

#include "Confirmation.h"
#include "setup/CreateDataflow.h"
#include "setup/ResumeDataflow.h"
#include "setup/SetupJourney.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

#include <utility>

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

DataflowPage::DataflowPage(WizardState& state,
                           CreateDataflow& createDataflow,
                           ResumeDataflow& resumeDataflow,
                           SetupJourney& journey,
                           QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::DataflowPage)
    , m_createDataflow(createDataflow)
    , m_resumeDataflow(resumeDataflow)
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
    m_ui->savedLabel->setVisible(false);
    m_ui->backLabel->setVisible(false);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveForLater(); });
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
    return tr("<p>Inlet creates the dataflow on Platform, each object once: it checks that the flow spec accepts "
              "the source, then creates the dataset (when you chose a new one), the source connection, the target "
              "connection, the mapping set and the dataflow itself. Each step shows its state and, once done, the "
              "new object's ID.</p>"
              "<p>If a step fails, the page names it and keeps everything you chose. <b>Continue</b> goes on from "
              "that step; when Platform's answer was lost, it first looks whether the object was created, so "
              "nothing is created twice. <b>Delete what was created</b> lists the objects made so far and removes "
              "them once you confirm; mapping sets stay, as Platform cannot delete them.</p>"
              "<p><b>Stop</b> interrupts the work; Continue picks it up again. <b>Next</b> shows the dataflow's "
              "runs.</p>")
        + tr("<p><b>Save and finish later</b> keeps your choices and the IDs of what exists on this computer, "
             "without any secret, so that you can close Inlet. When you sign in again with the same profile, Inlet "
             "offers to resume the dataflow where it stopped. Closing Inlet before the dataflow is finished asks "
             "whether to keep what was created that way, to delete it, or to go back.</p>"
             "<p><b>Back</b> returns to the review, to change your choices, only while nothing exists on Platform: "
             "otherwise what was made for the earlier choices would be left behind. Delete what was created first, "
             "or Continue.</p>");
}

void DataflowPage::initializePage()
{
    if (!m_running.isNull())
        return;
    m_plan = m_journey.dataflowPlan();
    setSubTitle(tr("Inlet creates the dataflow \"%1\" on Platform, each object once.").arg(m_plan.name));
    for (const StepRow& row : std::as_const(m_rows)) {
        const bool shown = row.step != DataflowStep::Dataset || m_plan.createsDataset();
        for (QWidget* widget : row.widgets)
            widget->setVisible(shown);
    }
    m_ui->removalLabel->setVisible(false);
    m_saveError.clear();
    m_fromReview = !m_resumedAt;
    if (const std::optional<QDateTime> savedAt = std::exchange(m_resumedAt, std::nullopt)) {
        // Picked up from a saved setup: what exists is shown, and nothing is sent before Continue.
        m_failedStep.reset();
        m_ui->detailsEdit->clear();
        m_ui->progressWidget->setVisible(false);
        showMessage(m_ui->statusLabel,
                    tr("Picked up where it stopped on %1: the steps above show what exists on Platform. Continue "
                       "creates the rest.")
                        .arg(QLocale().toString(savedAt->toLocalTime(), QLocale::ShortFormat)),
                    false);
        updateSteps();
        updateActions();
        emit completeChanged();
        // Once the wizard has shown the page: it focuses the page's first control when it switches.
        QTimer::singleShot(0, this, [this] { m_ui->continueButton->setFocus(); });
        return;
    }
    create();
}

void DataflowPage::cleanupPage()
{
    WizardPage::cleanupPage();
    // Only reached with nothing on Platform (canGoBack()): the flow spec checked for the earlier plan is
    // checked again for the next one.
    if (m_running.isNull() && m_createDataflow.progress().isEmpty())
        m_createDataflow.restore(DataflowProgress());
    m_failedStep.reset();
    if (isBuilt()) {
        m_ui->statusLabel->clear();
        m_ui->detailsEdit->clear();
        m_ui->backLabel->setVisible(false);
    }
}

void DataflowPage::showResumed(const QDateTime& savedAt)
{
    m_resumedAt = savedAt;
}

bool DataflowPage::canGoBack() const
{
    return m_fromReview && m_running.isNull() && m_createDataflow.progress().isEmpty();
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
    const QString message = !progress.inDoubt.isEmpty()
        ? tr("Checking whether %1 was created meanwhile…").arg(CreateDataflow::stepNoun(progress.inDoubt.firstKey()))
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
    updateSaved(); // a complete flow's saved setup is cleared
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

void DataflowPage::remove(bool forget, const std::function<void()>& done)
{
    if (!m_running.isNull())
        return;
    m_forgetAfterRemoval = forget;
    m_afterRemoval = done;
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
    const std::function<void()> done = std::exchange(m_afterRemoval, nullptr);
    if (!error && std::exchange(m_forgetAfterRemoval, false)) {
        if (const Error notDiscarded = m_resumeDataflow.discard())
            m_saveError = tr("The saved setup could not be discarded: %1").arg(notDiscarded.actionableMessage());
    } else {
        m_forgetAfterRemoval = false;
        updateSaved(); // a saved setup lists what is left
    }
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
    if (!error && m_saveError.isEmpty() && done)
        done();
}

void DataflowPage::setBusy(Operation* operation, const QString& message)
{
    m_running = operation;
    m_saveError.clear();
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

DataflowPage::StepState DataflowPage::stepState(DataflowStep step) const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    if (step == DataflowStep::FlowSpec ? progress.flowSpec.has_value() : progress.created(step).has_value())
        return StepState::Done;
    if (!m_running.isNull())
        return m_createDataflow.stepsUnderWay().contains(step) ? StepState::Working : StepState::Waiting;
    if (progress.inDoubt.contains(step))
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
    const bool unfinished = idle && !m_createDataflow.progress().isComplete();
    const bool kept = unfinished && m_resumeDataflow.isKept();
    m_ui->saveButton->setVisible(unfinished && !kept);
    if (!m_saveError.isEmpty())
        showMessage(m_ui->savedLabel, m_saveError, true);
    else
        showMessage(m_ui->savedLabel, kept ? keptSentence() : QString(), false);
    updateBackHint();
    emit backAllowedChanged(canGoBack());
}

void DataflowPage::updateBackHint()
{
    const DataflowProgress& progress = m_createDataflow.progress();
    QString hint;
    if (m_fromReview && m_running.isNull() && !progress.isEmpty() && !progress.isComplete()) {
        hint = hasCreatedObjects()
            ? tr("Back to the review is not possible while objects made for this dataflow exist on Platform: they "
                 "would be left behind. To change your choices, delete what was created first; or Continue.")
            : tr("Back to the review is not possible: what may exist of this dataflow on Platform would be left "
                 "behind. Continue finishes the dataflow with your choices as they are.");
    }
    showMessage(m_ui->backLabel, hint, false);
}

void DataflowPage::saveForLater(const std::function<void()>& kept)
{
    if (!m_running.isNull())
        return;
    const std::optional<SavedDataflow> other = m_resumeDataflow.replaced();
    if (!other) {
        keepForLater(kept);
        return;
    }
    // Inlet keeps one saved setup: the other one's objects would no longer be listed anywhere.
    QString question = tr("Inlet keeps one unfinished dataflow, and \"%1\" (profile \"%2\", saved %3) is kept now. "
                          "Saving this one forgets it: Inlet will no longer offer to finish or delete it.")
                           .arg(other->plan.name,
                                other->profile,
                                QLocale().toString(other->savedAt.toLocalTime(), QLocale::ShortFormat));
    const QStringList objects = createdObjects(other->plan, other->progress, true);
    if (!objects.isEmpty())
        question += QStringLiteral("\n\n") + tr("What it created stays on Platform:") + QStringLiteral("\n• ")
            + objects.join(QStringLiteral("\n• "));
    confirmAction(
        this, tr("Replace the Saved Dataflow?"), question, tr("Replace"), [this, kept] { keepForLater(kept); });
}

void DataflowPage::keepForLater(const std::function<void()>& kept)
{
    if (!m_running.isNull())
        return;
    if (const Error error = m_resumeDataflow.keep()) {
        m_saveError = tr("The setup could not be saved: %1").arg(error.actionableMessage());
        updateActions();
        m_ui->saveButton->setFocus();
        return;
    }
    m_saveError.clear();
    updateActions();
    if (kept)
        kept();
    else if (wizard())
        wizard()->button(QWizard::CancelButton)->setFocus(); // saved: closing is what may come next
}

void DataflowPage::updateSaved()
{
    if (const Error error = m_resumeDataflow.update())
        m_saveError = tr("The saved setup could not be updated: %1").arg(error.actionableMessage());
}

QString DataflowPage::keptSentence() const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    int created = 0;
    for (const DataflowStep step : kSteps) {
        if (step != DataflowStep::FlowSpec && progress.created(step))
            ++created;
    }
    const QString profile = m_journey.profile().name;
    if (created == 0)
        return tr("Your choices for \"%1\" are saved on this computer, without secrets: close Inlet whenever you "
                  "like, then sign in with the profile \"%2\" to resume.")
            .arg(m_plan.name, profile);
    return tr("Your choices for \"%1\" and the IDs of the %n object(s) created so far are saved on this computer, "
              "without secrets: close Inlet whenever you like, then sign in with the profile \"%2\" to resume.",
              nullptr,
              created)
        .arg(m_plan.name, profile);
}

void DataflowPage::stopThen(const std::function<void()>& idle)
{
    if (m_running.isNull()) {
        idle();
        return;
    }
    // After the page's own handler, connected when the work started: the page is idle by then.
    connect(m_running.data(), &Operation::finished, this, [idle] { idle(); });
    m_running->cancel();
}

void DataflowPage::deleteBeforeClosing(const std::function<void()>& deleted)
{
    stopThen([this, deleted] {
        const DataflowProgress& progress = m_createDataflow.progress();
        if (!progress.inDoubt.isEmpty()) {
            // Deleting only what is known would leave the doubtful object behind unlisted.
            showMessage(m_ui->statusLabel,
                        tr("Inlet did not close: it is not known whether %1 was created, so it cannot be deleted "
                           "yet. Continue finds out (and creates the rest); Delete what was created then removes "
                           "it all.")
                            .arg(CreateDataflow::stepNoun(progress.inDoubt.firstKey())),
                        true);
            m_ui->continueButton->setFocus();
            return;
        }
        if (hasCreatedObjects()) {
            remove(true, deleted);
            return;
        }
        // At most a mapping set: Platform cannot delete it, and one no dataflow uses does nothing.
        if (const Error error = m_resumeDataflow.discard()) {
            m_saveError = tr("The saved setup could not be discarded: %1").arg(error.actionableMessage());
            updateActions();
            return;
        }
        deleted();
    });
}

bool DataflowPage::hasCreatedObjects() const
{
    // Not the mapping set alone: Platform cannot delete it, so there would be nothing to do.
    const DataflowProgress& progress = m_createDataflow.progress();
    return progress.dataset || progress.sourceConnection || progress.targetConnection || progress.flow;
}

QStringList DataflowPage::deletableObjects() const
{
    return createdObjects(m_plan, m_createDataflow.progress(), false);
}

QStringList
DataflowPage::createdObjects(const DataflowPlan& plan, const DataflowProgress& progress, bool withMappingSet)
{
    QStringList objects;
    if (progress.flow)
        objects << tr("Dataflow \"%1\" (%2)").arg(plan.name, progress.flow->id);
    if (progress.targetConnection)
        objects << tr("Target connection \"%1\" (%2)").arg(plan.targetConnectionName(), progress.targetConnection->id);
    if (progress.sourceConnection)
        objects << tr("Source connection \"%1\" (%2)").arg(plan.sourceConnectionName(), progress.sourceConnection->id);
    if (progress.dataset)
        objects << tr("Dataset \"%1\" (%2)").arg(plan.newDatasetName, progress.dataset->id);
    if (withMappingSet && progress.mappingSet)
        objects << tr("Mapping set \"%1\" (%2)").arg(plan.mappingSetName(), progress.mappingSet->id);
    return objects;
}

} // namespace Inlet
