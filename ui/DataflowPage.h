#pragma once

#include "WizardPage.h"
#include "setup/DataflowPlan.h"

#include <QList>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

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
class SetupJourney;
struct DataflowRemoval;

// Create: the flow spec checked, then dataset, source connection, target connection, mapping set and
// flow created, each once, with each step's state and the new object's id shown. A failed step is
// named, everything chosen is kept, Continue resumes from that step (looking first when its outcome is
// unknown); Delete removes what was created, listed by name and id, after one confirmation.
class DataflowPage : public WizardPage
{
    Q_OBJECT

public:
    enum class StepState { Waiting, Working, Done, Failed, Unknown };

    DataflowPage(WizardState& state, CreateDataflow& createDataflow, SetupJourney& journey, QWidget* parent = nullptr);
    ~DataflowPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString helpText() const override;

    bool isBusy() const { return !m_running.isNull(); }
    StepState stepState(DataflowStep step) const;
    // Continue: resumes from the first step not done.
    void resume();
    // Delete what was created: asks first, then deletes.
    void deleteCreated();

signals:
    // The flow exists (once per flow): the Runs page watches it.
    void flowCreated(const QString& flowId);

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
    void remove();
    void finishRemove(const Error& error, const DataflowRemoval& removal);
    void setBusy(Operation* operation, const QString& message);
    void showFailure(const QString& message, const Error& error);
    void updateSteps();
    void updateActions();
    std::optional<DataflowStep> firstOpenStep() const;
    // Whether anything Delete can remove exists.
    bool hasCreatedObjects() const;
    // "Dataflow "Orders" (id)" for each object that can be deleted, newest first.
    QStringList deletableObjects() const;

    const QScopedPointer<Ui::DataflowPage> m_ui;
    CreateDataflow& m_createDataflow;
    SetupJourney& m_journey;
    DataflowPlan m_plan;
    QList<StepRow> m_rows;
    QPointer<Operation> m_running;
    // The use case reports at the end only; its progress is looked at meanwhile to tick steps off.
    QTimer m_poll;
    std::optional<DataflowStep> m_failedStep;
    QString m_announcedFlowId;
};

} // namespace Inlet
