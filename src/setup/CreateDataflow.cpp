#include "CreateDataflow.h"

#include "core/Logging.h"
#include "core/Profile.h"
#include "platform/CatalogClient.h"
#include "platform/DataPrepClient.h"
#include "platform/DataflowClient.h"
#include "platform/DataflowJson.h"
#include "platform/PlatformEndpoints.h"
#include "platform/PlatformSession.h"
#include "platform/RequestPreview.h"

#include <QPointer>

namespace Inlet {

namespace {

constexpr qint64 kClockSkewSeconds = 120;

const QList<DataflowStep> kCreateSteps{DataflowStep::Dataset,
                                       DataflowStep::SourceConnection,
                                       DataflowStep::TargetConnection,
                                       DataflowStep::MappingSet,
                                       DataflowStep::Flow};

// Whether an object listed by a look is the one an attempt since `since` created.
bool createdByAttempt(const QString& name, const QDateTime& createdAt, const QString& wanted, const QDateTime& since)
{
    return name == wanted && (!createdAt.isValid() || createdAt >= since.addSecs(-kClockSkewSeconds));
}

// A listing's newest item that createdByAttempt() accepts, as the look's result.
template <typename ListOperation, typename Item>
ResultOperation<std::optional<CreatedObject>>* newestMatch(
    ListOperation* listing, QObject* owner, std::function<std::optional<CreatedObject>(const QList<Item>&)> pick)
{
    auto* find = new ResultOperation<std::optional<CreatedObject>>(owner);
    const QPointer<Operation> guard = listing;
    find->setCanceller([guard] {
        if (guard)
            guard->cancel();
        return false; // a look creates nothing
    });
    QObject::connect(listing, &Operation::finished, find, [find, listing, pick] {
        if (find->isFinished())
            return;
        if (listing->error())
            return find->finishWithError(listing->error());
        find->finishWithResult(pick(listing->result()));
    });
    return find;
}

template <typename Item>
std::optional<CreatedObject> pickNewest(const QList<Item>& items,
                                        const QString& wanted,
                                        const QDateTime& since,
                                        const std::function<CreatedObject(const Item&)>& toCreated,
                                        const std::function<std::pair<QString, QDateTime>(const Item&)>& nameAndTime)
{
    std::optional<CreatedObject> best;
    QDateTime bestTime;
    for (const Item& item : items) {
        const auto [name, createdAt] = nameAndTime(item);
        if (!createdByAttempt(name, createdAt, wanted, since))
            continue;
        if (!best || createdAt > bestTime) {
            best = toCreated(item);
            bestTime = createdAt;
        }
    }
    return best;
}

} // namespace

SourceConnectionDraft CreateDataflow::sourceDraft(const DataflowPlan& plan)
{
    SourceConnectionDraft draft;
    draft.name = plan.sourceConnectionName();
    draft.description = plan.description;
    draft.baseConnectionId = plan.baseConnectionId;
    draft.connectionSpecId = plan.sourceSpecId;
    draft.connectionSpecVersion = plan.sourceSpecVersion;
    draft.objectType = plan.object.type;
    draft.path = plan.object.path;
    draft.format = plan.object.format;
    draft.columns = plan.object.columns;
    return draft;
}

MappingSetDraft CreateDataflow::mappingDraft(const DataflowPlan& plan)
{
    return MappingSetDraft{plan.mappingSetName(), plan.object.columns, plan.schemaId, plan.rules};
}

FlowDraft CreateDataflow::flowDraft(const DataflowPlan& plan, const DataflowProgress& progress)
{
    FlowDraft draft;
    draft.name = plan.name;
    draft.description = plan.description;
    draft.flowSpec = progress.flowSpec.value_or(FlowSpecInfo{});
    draft.sourceConnectionId = progress.sourceConnection ? progress.sourceConnection->id : QString();
    draft.targetConnectionId = progress.targetConnection ? progress.targetConnection->id : QString();
    draft.mappingId = progress.mappingSet ? progress.mappingSet->id : QString();
    draft.mappingVersion = progress.mappingSet ? progress.mappingSet->version : 0;
    draft.schedule = plan.schedule;
    return draft;
}

namespace {

// "the mapping set" at the start of a sentence.
QString sentenceStart(QString noun)
{
    if (!noun.isEmpty())
        noun[0] = noun.at(0).toUpper();
    return noun;
}

QString datasetIdOf(const DataflowPlan& plan, const DataflowProgress& progress)
{
    return plan.createsDataset() && progress.dataset ? progress.dataset->id : plan.datasetId;
}

} // namespace

const std::optional<CreatedObject>& DataflowProgress::created(DataflowStep step) const
{
    static const std::optional<CreatedObject> none;
    switch (step) {
    case DataflowStep::Dataset:
        return dataset;
    case DataflowStep::SourceConnection:
        return sourceConnection;
    case DataflowStep::TargetConnection:
        return targetConnection;
    case DataflowStep::MappingSet:
        return mappingSet;
    case DataflowStep::Flow:
        return flow;
    case DataflowStep::FlowSpec:
        break;
    }
    return none;
}

std::optional<CreatedObject>& DataflowProgress::created(DataflowStep step)
{
    return const_cast<std::optional<CreatedObject>&>(std::as_const(*this).created(step));
}

CreateDataflow::CreateDataflow(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

QString CreateDataflow::stepNoun(DataflowStep step)
{
    switch (step) {
    case DataflowStep::FlowSpec:
        return tr("the flow spec");
    case DataflowStep::Dataset:
        return tr("the dataset");
    case DataflowStep::SourceConnection:
        return tr("the source connection");
    case DataflowStep::TargetConnection:
        return tr("the target connection");
    case DataflowStep::MappingSet:
        return tr("the mapping set");
    case DataflowStep::Flow:
        break;
    }
    return tr("the dataflow");
}

// One create(): its operation and plan, the requests under way by step (a step's create or look, or
// the flow spec lookup), and the steps that failed, reported once nothing is under way any more.
struct CreateDataflow::Attempt
{
    struct Failure
    {
        Error error;
        QString message;
    };

    // Whether the operation has reported (it deletes itself soon after); requests still under way then
    // only record what they created.
    bool isOver() const { return operation.isNull() || operation->isFinished(); }

    QPointer<DataflowOperation> operation;
    DataflowPlan plan;
    QMap<DataflowStep, QPointer<Operation>> underWay;
    QMap<DataflowStep, QDateTime> sentAt; // the creates under way
    QMap<DataflowStep, Failure> failures;
};

void CreateDataflow::prepare(const DataflowPlan& plan)
{
    const QString name = plan.flowSpecName();
    if (m_progress.flowSpec || (m_foundFlowSpecs && m_foundFlowSpecs->name == name)
        || (m_flowSpecLookup && m_flowSpecLookupName == name))
        return;
    lookUpFlowSpecs(name);
}

DataflowOperation* CreateDataflow::create(const DataflowPlan& plan)
{
    auto* operation = new DataflowOperation(this);
    auto attempt = std::make_shared<Attempt>();
    attempt->operation = operation;
    attempt->plan = plan;
    operation->setCanceller([this, attempt] { return cancelAttempt(attempt); });
    m_attempt = attempt;
    advance(attempt);
    return operation;
}

QList<DataflowStep> CreateDataflow::stepsUnderWay() const
{
    return m_attempt && !m_attempt->isOver() ? m_attempt->underWay.keys() : QList<DataflowStep>();
}

void CreateDataflow::advance(const AttemptPointer& attempt)
{
    if (attempt->isOver())
        return;
    if (!attempt->failures.isEmpty()) {
        if (!attempt->underWay.isEmpty())
            return; // their outcome is recorded before the attempt reports
        const auto first = attempt->failures.constBegin(); // the earliest step, in the order of creation
        attempt->operation->setFailure(first.key(), first->message);
        return attempt->operation->finishWithError(first->error);
    }
    if (!m_progress.flowSpec)
        return awaitFlowSpec(attempt);
    bool done = true;
    for (const DataflowStep step : kCreateSteps) {
        if ((step == DataflowStep::Dataset && !attempt->plan.createsDataset()) || m_progress.created(step))
            continue;
        done = false;
        if (attempt->underWay.contains(step) || !dependenciesMet(attempt->plan, step))
            continue;
        if (m_progress.inDoubt.contains(step))
            look(attempt, step, Error());
        else
            send(attempt, step);
    }
    if (done)
        attempt->operation->finishWithResult(m_progress);
}

bool CreateDataflow::dependenciesMet(const DataflowPlan& plan, DataflowStep step) const
{
    switch (step) {
    case DataflowStep::TargetConnection:
        return !plan.createsDataset() || m_progress.dataset.has_value();
    case DataflowStep::Flow:
        return m_progress.sourceConnection && m_progress.targetConnection && m_progress.mappingSet;
    case DataflowStep::FlowSpec:
    case DataflowStep::Dataset:
    case DataflowStep::SourceConnection:
    case DataflowStep::MappingSet:
        break;
    }
    return true;
}

bool CreateDataflow::cancelAttempt(const AttemptPointer& attempt)
{
    std::optional<DataflowStep> doubtful;
    std::optional<DataflowStep> stopped;
    for (auto it = attempt->underWay.cbegin(); it != attempt->underWay.cend(); ++it) {
        if (!it.value() || it.value()->isFinished())
            continue; // its answer is in: the step's handler records it
        it.value()->cancel();
        if (!attempt->sentAt.contains(it.key()))
            continue; // a lookup or a look creates nothing
        if (it.value()->error().isAmbiguous()) {
            m_progress.inDoubt.insert(it.key(), attempt->sentAt.value(it.key()));
            doubtful = doubtful.value_or(it.key());
        } else {
            stopped = stopped.value_or(it.key());
        }
    }
    if (doubtful)
        attempt->operation->setFailure(*doubtful,
                                       tr("It is not known whether %1 was created; Continue looks for it before it "
                                          "sends anything.")
                                           .arg(stepNoun(*doubtful)));
    else if (stopped)
        attempt->operation->setFailure(*stopped, tr("%1 was not created.").arg(sentenceStart(stepNoun(*stopped))));
    return doubtful.has_value();
}

void CreateDataflow::watch(Operation* owner, Operation* step)
{
    const QPointer<Operation> guard = step;
    owner->setCanceller([guard] {
        if (guard)
            guard->cancel();
        return false;
    });
}

void CreateDataflow::fail(const AttemptPointer& attempt, DataflowStep step, const Error& error, const QString& message)
{
    attempt->failures.insert(step, Attempt::Failure{error, message});
    advance(attempt);
}

FlowSpecListOperation* CreateDataflow::lookUpFlowSpecs(const QString& name)
{
    FlowSpecListOperation* lookup = DataflowClient(&m_session).flowSpecs(name);
    m_flowSpecLookup = lookup;
    m_flowSpecLookupName = name;
    connect(lookup, &Operation::finished, this, [this, lookup, name] {
        if (!lookup->error())
            m_foundFlowSpecs = FoundFlowSpecs{name, lookup->result()};
    });
    return lookup;
}

void CreateDataflow::awaitFlowSpec(const AttemptPointer& attempt)
{
    const QString name = attempt->plan.flowSpecName();
    if (m_foundFlowSpecs && m_foundFlowSpecs->name == name)
        return checkFlowSpec(attempt, m_foundFlowSpecs->specs);
    if (attempt->underWay.contains(DataflowStep::FlowSpec))
        return;
    // prepare()'s lookup when it is still under way, else a new one; either records what it found first.
    FlowSpecListOperation* lookup = m_flowSpecLookup && m_flowSpecLookupName == name && !m_flowSpecLookup->isFinished()
        ? m_flowSpecLookup.data()
        : lookUpFlowSpecs(name);
    attempt->underWay.insert(DataflowStep::FlowSpec, lookup);
    connect(lookup, &Operation::finished, this, [this, attempt, lookup] {
        attempt->underWay.remove(DataflowStep::FlowSpec);
        if (lookup->error())
            return fail(attempt, DataflowStep::FlowSpec, lookup->error(), QString());
        advance(attempt);
    });
}

void CreateDataflow::checkFlowSpec(const AttemptPointer& attempt, const QList<FlowSpecInfo>& specs)
{
    const DataflowPlan& plan = attempt->plan;
    const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&plan](const FlowSpecInfo& candidate) {
        return candidate.name == plan.flowSpecName();
    });
    if (spec == specs.cend() || !spec->accepts(plan.sourceSpecId)) {
        const QString message = spec == specs.cend()
            ? tr("Platform has no flow spec \"%1\", so it cannot create a dataflow for this source.")
                  .arg(plan.flowSpecName())
            : tr("The flow spec \"%1\" does not accept this source's connection spec (%2), so Platform cannot "
                 "create a dataflow for it. Nothing was created.")
                  .arg(plan.flowSpecName(), plan.sourceSpecId);
        return fail(attempt, DataflowStep::FlowSpec, Error::make(Error::Kind::BadResponse, message), message);
    }
    m_progress.flowSpec = *spec;
    advance(attempt);
}

CreateObjectOperation* CreateDataflow::sendStep(const DataflowPlan& plan, DataflowStep step)
{
    switch (step) {
    case DataflowStep::Dataset:
        return CatalogClient(&m_session).createDataset(plan.newDatasetName, plan.description, plan.schemaId);
    case DataflowStep::SourceConnection:
        return DataflowClient(&m_session).createSourceConnection(sourceDraft(plan));
    case DataflowStep::TargetConnection:
        return DataflowClient(&m_session)
            .createTargetConnection(
                TargetConnectionDraft{plan.targetConnectionName(), datasetIdOf(plan, m_progress), plan.schemaId});
    case DataflowStep::MappingSet:
        return DataPrepClient(&m_session).createMappingSet(mappingDraft(plan));
    case DataflowStep::Flow:
    case DataflowStep::FlowSpec:
        break;
    }
    return DataflowClient(&m_session).createFlow(flowDraft(plan, m_progress));
}

void CreateDataflow::send(const AttemptPointer& attempt, DataflowStep step)
{
    const QDateTime since = QDateTime::currentDateTimeUtc();
    CreateObjectOperation* post = sendStep(attempt->plan, step);
    attempt->underWay.insert(step, post);
    attempt->sentAt.insert(step, since);
    connect(post, &Operation::finished, this, [this, attempt, post, step, since] {
        attempt->underWay.remove(step);
        attempt->sentAt.remove(step);
        const Error error = post->error();
        if (!error) {
            m_progress.created(step) = post->result();
            return advance(attempt);
        }
        if (attempt->isOver())
            return; // cancelled: cancelAttempt() kept what is known
        if (!error.leavesCreationOpen())
            return fail(attempt,
                        step,
                        error,
                        tr("%1 was not created; Continue sends it again.").arg(sentenceStart(stepNoun(step))));
        qCInfo(lcPlatform) << "A dataflow create failed without a definite answer; looking for its object";
        m_progress.inDoubt.insert(step, since);
        look(attempt, step, error);
    });
}

CreateDataflow::FindOperation*
CreateDataflow::findStep(const DataflowPlan& plan, DataflowStep step, const QDateTime& since)
{
    using Pair = std::pair<QString, QDateTime>;
    const auto fromObject = [](const PlatformObject& object) {
        return CreatedObject{object.id, object.etag, object.version};
    };
    const auto objectNameAndTime = [](const PlatformObject& object) { return Pair{object.name, object.createdAt}; };
    const auto pickObject = [=](const QString& wanted) {
        return std::function<std::optional<CreatedObject>(const QList<PlatformObject>&)>(
            [=](const QList<PlatformObject>& items) {
                return pickNewest<PlatformObject>(items, wanted, since, fromObject, objectNameAndTime);
            });
    };
    switch (step) {
    case DataflowStep::Dataset: {
        DatasetListOperation* listing = CatalogClient(&m_session).listDatasets(plan.newDatasetName);
        return newestMatch<DatasetListOperation, DatasetSummary>(
            listing, this, [wanted = plan.newDatasetName, since](const QList<DatasetSummary>& items) {
                return pickNewest<DatasetSummary>(
                    items,
                    wanted,
                    since,
                    [](const DatasetSummary& dataset) {
                        return CreatedObject{dataset.id, {}, 0};
                    },
                    [](const DatasetSummary& dataset) {
                        return Pair{dataset.name, dataset.createdAt};
                    });
            });
    }
    case DataflowStep::SourceConnection:
        return newestMatch<ObjectListOperation, PlatformObject>(DataflowClient(&m_session)
                                                                    .find(DataflowClient::Kind::SourceConnection,
                                                                          QStringLiteral("baseConnectionId"),
                                                                          plan.baseConnectionId),
                                                                this,
                                                                pickObject(plan.sourceConnectionName()));
    case DataflowStep::TargetConnection:
        return newestMatch<ObjectListOperation, PlatformObject>(DataflowClient(&m_session)
                                                                    .find(DataflowClient::Kind::TargetConnection,
                                                                          QStringLiteral("params.dataSetId"),
                                                                          datasetIdOf(plan, m_progress)),
                                                                this,
                                                                pickObject(plan.targetConnectionName()));
    case DataflowStep::MappingSet:
        return newestMatch<ObjectListOperation, PlatformObject>(
            DataPrepClient(&m_session).findMappingSets(plan.mappingSetName()), this, pickObject(plan.mappingSetName()));
    case DataflowStep::Flow:
    case DataflowStep::FlowSpec:
        break;
    }
    const QString sourceId = m_progress.sourceConnection ? m_progress.sourceConnection->id : QString();
    return newestMatch<FlowListOperation, FlowSummary>(
        DataflowClient(&m_session).findFlows(QStringLiteral("sourceConnectionIds"), sourceId),
        this,
        [wanted = plan.name, since](const QList<FlowSummary>& flows) {
            return pickNewest<FlowSummary>(
                flows,
                wanted,
                since,
                [](const FlowSummary& flow) {
                    return CreatedObject{flow.id, flow.etag, 0};
                },
                [](const FlowSummary& flow) {
                    return Pair{flow.name, flow.createdAt};
                });
        });
}

void CreateDataflow::look(const AttemptPointer& attempt, DataflowStep step, const Error& failure)
{
    FindOperation* find = findStep(attempt->plan, step, m_progress.inDoubt.value(step));
    attempt->underWay.insert(step, find);
    connect(find, &Operation::finished, this, [this, attempt, find, step, failure] {
        attempt->underWay.remove(step);
        if (attempt->isOver())
            return; // cancelled: the doubt stays, the next create() looks again
        if (find->error()) // the doubt stays: the next create() looks again first
            return fail(attempt,
                        step,
                        failure ? failure : find->error(),
                        tr("It is not known whether %1 was created; Continue looks for it before it sends anything.")
                            .arg(stepNoun(step)));
        m_progress.inDoubt.remove(step);
        if (const std::optional<CreatedObject>& found = find->result()) {
            qCInfo(lcPlatform) << "Found" << stepNoun(step) << found->id << "created meanwhile";
            m_progress.created(step) = *found;
            return advance(attempt);
        }
        if (failure)
            return fail(attempt,
                        step,
                        failure,
                        tr("%1 was not created; Continue sends it again.").arg(sentenceStart(stepNoun(step))));
        send(attempt, step); // looked first: it was not created, so it is sent now
    });
}

DataflowRemovalOperation* CreateDataflow::removeCreated(const DataflowPlan& plan)
{
    auto* operation = new DataflowRemovalOperation(this);
    DataflowRemoval removal;
    if (m_progress.mappingSet)
        removal.kept << tr("Mapping set %1 (%2): Platform offers no way to delete mapping sets; one that no dataflow "
                           "uses does nothing.")
                            .arg(plan.mappingSetName(), m_progress.mappingSet->id);
    removeNext(operation, plan, removal);
    return operation;
}

void CreateDataflow::removeNext(DataflowRemovalOperation* operation,
                                const DataflowPlan& plan,
                                const DataflowRemoval& removal)
{
    // Newest first: Platform refuses to delete what a later object still uses.
    struct Target
    {
        DataflowStep step;
        QString name;
    };
    const QList<Target> order{{DataflowStep::Flow, plan.name},
                              {DataflowStep::TargetConnection, plan.targetConnectionName()},
                              {DataflowStep::SourceConnection, plan.sourceConnectionName()},
                              {DataflowStep::Dataset, plan.newDatasetName}};
    for (const Target& target : order) {
        const std::optional<CreatedObject> object = m_progress.created(target.step);
        if (!object)
            continue;
        DeleteObjectOperation* deletion = nullptr;
        switch (target.step) {
        case DataflowStep::Flow:
            deletion = DataflowClient(&m_session).remove(DataflowClient::Kind::Flow, object->id);
            break;
        case DataflowStep::TargetConnection:
            deletion = DataflowClient(&m_session).remove(DataflowClient::Kind::TargetConnection, object->id);
            break;
        case DataflowStep::SourceConnection:
            deletion = DataflowClient(&m_session).remove(DataflowClient::Kind::SourceConnection, object->id);
            break;
        default:
            deletion = CatalogClient(&m_session).deleteDataset(object->id);
            break;
        }
        watch(operation, deletion);
        connect(deletion, &Operation::finished, operation, [this, operation, deletion, plan, removal, target, object] {
            if (operation->isFinished())
                return;
            const Error error = deletion->error();
            if (error && error.httpStatus() != 404)
                return operation->finishWithError(error);
            DataflowRemoval done = removal;
            done.deleted << tr("%1 \"%2\" (%3)").arg(sentenceStart(stepNoun(target.step)), target.name, object->id);
            m_progress.created(target.step).reset();
            m_progress.inDoubt.remove(target.step);
            removeNext(operation, plan, done);
        });
        return;
    }
    operation->finishWithResult(removal);
}

QStringList CreateDataflow::previewRequests(const DataflowPlan& plan, const Profile& profile)
{
    const PlatformEndpoints endpoints = PlatformEndpoints::fromProfile(profile);
    const auto command = [&profile](const QUrl& url, const QByteArray& body) {
        return RequestPreview::platformPost(url, profile, JsonText::write(JsonText::parse(body).root, 4));
    };
    // What Platform answers later is shown as the placeholder the documentation uses for it.
    DataflowProgress placeholders;
    placeholders.flowSpec = FlowSpecInfo{plan.readsFiles() ? QStringLiteral("9753525b-82c7-4dce-8a9b-5ccfce2b9876")
                                                           : QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860"),
                                         plan.flowSpecName(),
                                         QStringLiteral("1.0"),
                                         {},
                                         false};
    placeholders.dataset = CreatedObject{QStringLiteral("{DATASET_ID}"), {}, 0};
    placeholders.sourceConnection = CreatedObject{QStringLiteral("{SOURCE_CONNECTION_ID}"), {}, 0};
    placeholders.targetConnection = CreatedObject{QStringLiteral("{TARGET_CONNECTION_ID}"), {}, 0};
    placeholders.mappingSet = CreatedObject{QStringLiteral("{MAPPING_SET_ID}"), {}, 0};
    QStringList commands;
    if (plan.createsDataset())
        commands << command(PlatformEndpoints::join(endpoints.catalog, QStringLiteral("/dataSets")),
                            DataflowJson::datasetBody(plan.newDatasetName, plan.description, plan.schemaId));
    commands << command(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/sourceConnections")),
                        DataflowJson::sourceConnectionBody(sourceDraft(plan)));
    commands << command(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/targetConnections")),
                        DataflowJson::targetConnectionBody(TargetConnectionDraft{
                            plan.targetConnectionName(), datasetIdOf(plan, placeholders), plan.schemaId}));
    commands << command(PlatformEndpoints::join(endpoints.dataPrep, QStringLiteral("/mappingSets")),
                        DataflowJson::mappingSetBody(mappingDraft(plan)));
    commands << command(PlatformEndpoints::join(endpoints.flowService, QStringLiteral("/flows")),
                        DataflowJson::flowBody(flowDraft(plan, placeholders)));
    return commands;
}

} // namespace Inlet
