#pragma once

#include "AutoMapping.h"
#include "core/Operation.h"
#include "core/Prefetch.h"
#include "platform/DataflowOperations.h"

#include <QHash>
#include <QObject>

namespace Inlet {

class PlatformSession;

// What the Target page offers: the sandbox's datasets and the tenant's schemas.
struct TargetOptions
{
    QList<DatasetSummary> datasets;
    QList<SchemaSummary> schemas;

    // The title of the schema with $id `schemaId`, or the $id when it is not a tenant schema.
    QString schemaTitle(const QString& schemaId) const;
};
using TargetOptionsOperation = ResultOperation<TargetOptions>;

// Choosing where the data goes: an existing dataset (listed from Catalog with its schema) or a new one
// on an existing XDM schema (listed from Schema Registry), both lists asked for together, ahead of the
// Target page while the user chooses what to bring. A schema is described (fields, identities, primary
// key) once and then kept for the session.
class ChooseTarget : public QObject
{
    Q_OBJECT

public:
    explicit ChooseTarget(PlatformSession& session, QObject* parent = nullptr);

    // Starts reading both lists, so that load() need not wait: while the user chooses a table or file.
    void prefetch();
    // Both lists: prefetch()'s answer when it is younger than kPrefetchLifetimeMs (used once, so a
    // reload asks again), else a new read.
    TargetOptionsOperation* load();
    // The schema with its fields; its altId comes from the last load() when it is a tenant schema.
    SchemaOperation* describe(const QString& schemaId);
    // Whether a dataset of `schema` can take `columns`, and why not.
    static TargetFit fit(const QList<ExploreColumn>& columns, const XdmSchema& schema)
    {
        return AutoMapping::fit(columns, schema);
    }

    static constexpr qint64 kPrefetchLifetimeMs = 60 * 1000;

private:
    TargetOptionsOperation* readOptions();

    PlatformSession& m_session;
    Prefetch<TargetOptions> m_prefetch;
    TargetOptions m_options;
    QHash<QString, XdmSchema> m_described;
};

} // namespace Inlet
