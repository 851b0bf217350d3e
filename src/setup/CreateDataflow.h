#pragma once

#include "DataflowPlan.h"
#include "core/Operation.h"
#include "platform/DataflowOperations.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace Inlet {

class PlatformSession;
struct Profile;

// create()'s operation: the progress when it finished (complete on success), and on failure the step
// that failed and what is known of its object.
class DataflowOperation : public ResultOperation<DataflowProgress>
{
public:
    using ResultOperation::ResultOperation;

    std::optional<DataflowStep> failedStep() const { return m_failedStep; }
    // A translated sentence: "not created, Continue sends it again", "unknown, Continue looks first",
    // or why the flow spec does not fit; empty when the error says it all.
    QString outcomeMessage() const { return m_outcomeMessage; }

    // For CreateDataflow.
    void setFailure(DataflowStep step, const QString& message)
    {
        m_failedStep = step;
        m_outcomeMessage = message;
    }

private:
    std::optional<DataflowStep> m_failedStep;
    QString m_outcomeMessage;
};

// What removeCreated() deleted, and what stays because Platform cannot delete it (mapping sets).
struct DataflowRemoval
{
    QStringList deleted; // "Flow <name> (<id>)", …, in the order deleted
    QStringList kept;
};
using DataflowRemovalOperation = ResultOperation<DataflowRemoval>;

// Creating a dataflow: the flow spec is looked up and checked to accept the source (ahead, by
// prepare(), while the user reads the Review page), then the dataset (when a new one was chosen), the
// source connection, the target connection, the mapping set and the flow are created, each sent once.
// What does not depend on another object goes in parallel: the dataset, the source connection and the
// mapping set at once, the target connection as soon as its dataset exists, the flow last – so Create
// waits two round trips (three with a new dataset), as the API's order requires and no more.
// A definite refusal stops the attempt with nothing created by that step (the steps already under way
// finish first, so their outcome is known), and the next create() sends it again. After an answer that
// leaves the outcome open (a 5xx, a timeout, a lost connection, an unreadable 2xx) the step's objects
// are looked at – by the object they hang on (the base connection, the dataset, the source connection)
// and the name, created since the attempt – right away, and again before the next create() sends
// anything for that step when looking failed. create() always continues with the steps not done, so
// nothing is created twice.
class CreateDataflow : public QObject
{
    Q_OBJECT

public:
    explicit CreateDataflow(PlatformSession& session, QObject* parent = nullptr);

    // Looks the flow spec of `plan` up, so that create() need not wait for it. Sends nothing that
    // creates; a failed lookup is repeated by create().
    void prepare(const DataflowPlan& plan);
    DataflowOperation* create(const DataflowPlan& plan);
    const DataflowProgress& progress() const { return m_progress; }
    // The steps whose request (or look) is under way, for the page to show.
    QList<DataflowStep> stepsUnderWay() const;
    // Picks up a setup saved earlier (resume later), or starts over with an empty progress.
    void restore(const DataflowProgress& progress) { m_progress = progress; }

    // Deletes what create() made, newest first: the flow, the target and source connections and a
    // dataset it created. Mapping sets stay (Data Prep has no delete; one no flow uses is harmless).
    // An object already gone counts as deleted.
    DataflowRemovalOperation* removeCreated(const DataflowPlan& plan);

    // The requests create() sends, as curl commands with placeholders for what Platform has not
    // answered yet ({SOURCE_CONNECTION_ID}, …), for the Review page.
    static QStringList previewRequests(const DataflowPlan& plan, const Profile& profile);

    // What create() posts for `plan`, given what exists (`progress`): also for the Review page's curl
    // commands and the benchmark's script, so that all three send the same bodies.
    static SourceConnectionDraft sourceDraft(const DataflowPlan& plan);
    static MappingSetDraft mappingDraft(const DataflowPlan& plan);
    static FlowDraft flowDraft(const DataflowPlan& plan, const DataflowProgress& progress);

    // A step's object in a sentence: "the source connection".
    static QString stepNoun(DataflowStep step);

private:
    using FindOperation = ResultOperation<std::optional<CreatedObject>>;
    struct Attempt;
    using AttemptPointer = std::shared_ptr<Attempt>;
    struct FoundFlowSpecs
    {
        QString name;
        QList<FlowSpecInfo> specs;
    };

    void advance(const AttemptPointer& attempt);
    bool dependenciesMet(const DataflowPlan& plan, DataflowStep step) const;
    void awaitFlowSpec(const AttemptPointer& attempt);
    FlowSpecListOperation* lookUpFlowSpecs(const QString& name);
    void checkFlowSpec(const AttemptPointer& attempt, const QList<FlowSpecInfo>& specs);
    void send(const AttemptPointer& attempt, DataflowStep step);
    void look(const AttemptPointer& attempt, DataflowStep step, const Error& failure);
    bool cancelAttempt(const AttemptPointer& attempt);
    CreateObjectOperation* sendStep(const DataflowPlan& plan, DataflowStep step);
    FindOperation* findStep(const DataflowPlan& plan, DataflowStep step, const QDateTime& since);
    void removeNext(DataflowRemovalOperation* operation, const DataflowPlan& plan, const DataflowRemoval& removal);
    void fail(const AttemptPointer& attempt, DataflowStep step, const Error& error, const QString& message);
    void watch(Operation* owner, Operation* step);

    PlatformSession& m_session;
    DataflowProgress m_progress;
    AttemptPointer m_attempt; // the latest create()
    QPointer<FlowSpecListOperation> m_flowSpecLookup;
    QString m_flowSpecLookupName;
    std::optional<FoundFlowSpecs> m_foundFlowSpecs;
};

} // namespace Inlet
