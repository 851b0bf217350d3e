#pragma once

#include "DataflowPlan.h"
#include "core/Operation.h"
#include "platform/DataflowOperations.h"

#include <QObject>
#include <QStringList>

#include <functional>
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

// Creating a dataflow: the flow spec is looked up and checked to accept the source, then the dataset
// (when a new one was chosen), the source connection, the target connection, the mapping set and the
// flow are created in that order, each sent once. A definite refusal stops with nothing created by
// that step, and the next create() sends it again. After an answer that leaves the outcome open (a
// 5xx, a timeout, a lost connection, an unreadable 2xx) the step's objects are looked at – by the
// object they hang on (the base connection, the dataset, the source connection) and the name, created
// since the attempt – right away, and again before the next create() sends anything when looking failed.
// create() always continues from the first step not done, so nothing is created twice.
class CreateDataflow : public QObject
{
    Q_OBJECT

public:
    explicit CreateDataflow(PlatformSession& session, QObject* parent = nullptr);

    DataflowOperation* create(const DataflowPlan& plan);
    const DataflowProgress& progress() const { return m_progress; }
    // Picks up a setup saved earlier (resume later), or starts over with an empty progress.
    void restore(const DataflowProgress& progress) { m_progress = progress; }

    // Deletes what create() made, newest first: the flow, the target and source connections and a
    // dataset it created. Mapping sets stay (Data Prep has no delete; one no flow uses is harmless).
    // An object already gone counts as deleted.
    DataflowRemovalOperation* removeCreated(const DataflowPlan& plan);

    // The requests create() sends, as curl commands with placeholders for what Platform has not
    // answered yet ({SOURCE_CONNECTION_ID}, …), for the Review page.
    static QStringList previewRequests(const DataflowPlan& plan, const Profile& profile);

    // A step's object in a sentence: "the source connection".
    static QString stepNoun(DataflowStep step);

private:
    using FindOperation = ResultOperation<std::optional<CreatedObject>>;

    void next(DataflowOperation* operation, const DataflowPlan& plan);
    void checkFlowSpec(DataflowOperation* operation, const DataflowPlan& plan);
    void send(DataflowOperation* operation, const DataflowPlan& plan, DataflowStep step);
    void look(DataflowOperation* operation, const DataflowPlan& plan, DataflowStep step, const Error& failure);
    CreateObjectOperation* sendStep(const DataflowPlan& plan, DataflowStep step);
    FindOperation* findStep(const DataflowPlan& plan, DataflowStep step, const QDateTime& since);
    void removeNext(DataflowRemovalOperation* operation, const DataflowPlan& plan, const DataflowRemoval& removal);
    void fail(DataflowOperation* operation, DataflowStep step, const Error& error, const QString& message);
    void watch(Operation* owner, Operation* step);

    PlatformSession& m_session;
    DataflowProgress m_progress;
};

} // namespace Inlet
