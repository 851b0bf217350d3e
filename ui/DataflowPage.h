#pragma once

#include "WizardPage.h"
#include "setup/DataflowPlan.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace Ui {
class DataflowPage;
}

namespace Inlet {

class CreateDataflow;
class DataflowOperation;
class Error;
class Operation;
class ResumeDataflow;
class SetupJourney;
struct DataflowRemoval;

// Create: the flow spec checked, then dataset, source connection, target connection, mapping set and
// flow created, each once, with each step's state and the new object's id shown. A failed step is
// named, everything chosen is kept, Continue resumes from that step (looking first when its outcome is
// unknown); Delete removes what was created, listed by name and id, after one confirmation. Save and
// finish later keeps the setup (ResumeDataflow) for another session. Back returns to the review only
// while nothing exists on Platform, so that no object is left behind by changing the plan.
class DataflowPage : public WizardPage
{
    Q_OBJECT

public:
    enum class StepState { Waiting, Working, Done, Failed, Unknown };

    DataflowPage(WizardState& state,
                 CreateDataflow& createDataflow,
                 ResumeDataflow& resumeDataflow,
                 SetupJourney& journey,
                 QWidget* parent = nullptr);
    ~DataflowPage() override;

    void initializePage() override;
    // Back (allowed only while nothing exists): the plan may change, so nothing of this visit stays.
    void cleanupPage() override;
    bool isComplete() const override;
    QString helpText() const override;

    bool isBusy() const { return !m_running.isNull(); }
    StepState stepState(DataflowStep step) const;
    // Continue: resumes from the first step not done.
    void resume();
    // Delete what was created: asks first, then deletes.
    void deleteCreated();

    // The next visit shows a setup saved on `savedAt` and picked up (ResumeDataflow::resume): what
    // exists, with Continue ready, instead of creating at once.
    void showResumed(const QDateTime& savedAt);
    // Save and finish later: keeps the setup, asking first when that replaces another saved one, and
    // says on the page what was kept and how to resume; `kept` runs once it is kept.
    void saveForLater(const std::function<void()>& kept = {});
    // Runs `idle` once nothing is under way: at once, or after stopping the work (Stop).
    void stopThen(const std::function<void()>& idle);
    // Closing's "delete them": deletes what was created without asking again and forgets the saved
    // setup, then runs `deleted`. What cannot be deleted yet, or a failure, is said on the page instead.
    void deleteBeforeClosing(const std::function<void()>& deleted);
    // Back may return to the review: nothing is under way or exists on Platform, and the review led here.
    bool canGoBack() const;

    // The objects of `progress`, newest first, as "Dataflow "Orders" (id)"; the mapping set last, when asked.
    static QStringList createdObjects(const DataflowPlan& plan, const DataflowProgress& progress, bool withMappingSet);

signals:
    // The flow exists (once per flow): the Runs page watches it.
    void flowCreated(const QString& flowId);
    // Whether Back may return to the review now (the wizard lets it by the review's commit flag).
    void backAllowedChanged(bool allowed);

protected:
    void build() override;

private:
    struct StepRow
    {
        DataflowStep step = DataflowStep::FlowSpec;
        QLabel* icon = nullptr;
        QLabel* state = nullptr;
        QLineEdit* id = nullptr;
        QList<QWidget*> widgets;
    };

    void addStepRow(DataflowStep step, const QString& key, const QString& name, const QString& idName);
    void create();
    void finishCreate(const DataflowOperation& operation);
    // Deletes what was created; `forget`: the saved setup goes too, and `done` runs when all is deleted.
    void remove(bool forget = false, const std::function<void()>& done = {});
    void finishRemove(const Error& error, const DataflowRemoval& removal);
    void keepForLater(const std::function<void()>& kept);
    // A saved setup's record follows what exists; a failure to write it is said on the page.
    void updateSaved();
    QString keptSentence() const;
    void updateBackHint();
    void setBusy(Operation* operation, const QString& message);
    void showFailure(const QString& message, const Error& error);
    void updateSteps();
    void updateActions();
    // Whether anything Delete can remove exists.
    bool hasCreatedObjects() const;
    // "Dataflow "Orders" (id)" for each object that can be deleted, newest first.
    QStringList deletableObjects() const;

    const QScopedPointer<Ui::DataflowPage> m_ui;
    CreateDataflow& m_createDataflow;
    ResumeDataflow& m_resumeDataflow;
    SetupJourney& m_journey;
    DataflowPlan m_plan;
    QList<StepRow> m_rows;
    QPointer<Operation> m_running;
    // The use case reports at the end only; its progress is looked at meanwhile to tick steps off.
    QTimer m_poll;
    std::optional<DataflowStep> m_failedStep;
    QString m_announcedFlowId;
    std::optional<QDateTime> m_resumedAt; // the next visit shows a resumed setup
    bool m_fromReview = false; // this visit came from the review, where Back returns
    bool m_forgetAfterRemoval = false;
    std::function<void()> m_afterRemoval;
    QString m_saveError; // the saved setup could not be written
};

} // namespace Inlet
