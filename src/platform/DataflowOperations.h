#pragma once

#include "core/Operation.h"
#include "platform/DataflowTypes.h"

#include <QList>
#include <QString>

namespace Inlet {

// The operations of the ingestion half's platform calls (see core/Operation.h for the contract).
using DatasetListOperation = ResultOperation<QList<DatasetSummary>>;
using SchemaListOperation = ResultOperation<QList<SchemaSummary>>;
using SchemaOperation = ResultOperation<XdmSchema>;
// A create, sent once and never retried: whether a failure may have created the object is the
// use case's to settle (setup/CreateDataflow.h), by looking.
using CreateObjectOperation = ResultOperation<CreatedObject>;
// The id of what was deleted.
using DeleteObjectOperation = ResultOperation<QString>;
using ObjectListOperation = ResultOperation<QList<PlatformObject>>;
// The problems Data Prep found (empty: the mapping set is valid).
using MappingCheckOperation = ResultOperation<QList<MappingProblem>>;
using MappingPreviewOperation = ResultOperation<MappingPreview>;
using FlowSpecListOperation = ResultOperation<QList<FlowSpecInfo>>;
using FlowListOperation = ResultOperation<QList<FlowSummary>>;
using RunListOperation = ResultOperation<QList<FlowRun>>;

} // namespace Inlet
