#pragma once

#include "ExploreTypes.h"
#include "platform/DataflowTypes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Inlet {

// Everything the user chose for a dataflow, from the object to read to the schedule: a plain value the
// wizard fills page by page and CreateDataflow turns into Platform objects. No secrets.
struct DataflowPlan
{
    QString name; // the flow's; the objects made for it are named after it
    QString description;
    QString sourceSpecId; // the base connection's connection spec
    QString sourceSpecVersion = QStringLiteral("1.0");
    QString baseConnectionId;
    ChosenObject object;
    // The target: an existing dataset, or (datasetId empty) a new one named newDatasetName.
    QString datasetId;
    QString datasetName; // an existing dataset's, for display
    QString newDatasetName;
    QString schemaId; // the dataset's XDM schema ($id)
    QList<MappingRule> rules;
    FlowSchedule schedule;

    bool readsFiles() const { return object.type == QLatin1String("file"); }
    bool createsDataset() const { return datasetId.isEmpty(); }
    // Table sources go through CRMToAEP, files through CloudStorageToAEP.
    QString flowSpecName() const
    {
        return readsFiles() ? QStringLiteral("CloudStorageToAEP") : QStringLiteral("CRMToAEP");
    }
    QString sourceConnectionName() const { return name + QStringLiteral(" - source"); }
    QString targetConnectionName() const { return name + QStringLiteral(" - target"); }
    QString mappingSetName() const { return name + QStringLiteral(" - mapping"); }
};

// The Platform objects a dataflow is made of, in the order they are created.
enum class DataflowStep { FlowSpec, Dataset, SourceConnection, TargetConnection, MappingSet, Flow };

// What exists of a dataflow so far: each object Inlet created for it (a dataset only when Inlet
// created it), and the step whose create has an unknown outcome. A plain value, saved with an
// unfinished setup so it can be resumed.
struct DataflowProgress
{
    std::optional<FlowSpecInfo> flowSpec;
    std::optional<CreatedObject> dataset;
    std::optional<CreatedObject> sourceConnection;
    std::optional<CreatedObject> targetConnection;
    std::optional<CreatedObject> mappingSet;
    std::optional<CreatedObject> flow;
    // Each step whose create may or may not have happened, with the time it was sent: the next attempt
    // looks for its object (created since then) before it sends anything for that step.
    QMap<DataflowStep, QDateTime> inDoubt;

    bool isComplete() const { return flow.has_value(); }
    bool isEmpty() const
    {
        return !dataset && !sourceConnection && !targetConnection && !mappingSet && !flow && inDoubt.isEmpty();
    }
    // The object a step created, if it did.
    const std::optional<CreatedObject>& created(DataflowStep step) const;
    std::optional<CreatedObject>& created(DataflowStep step);
};

} // namespace Inlet
