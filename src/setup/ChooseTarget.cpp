#include "ChooseTarget.h"

#include "platform/CatalogClient.h"
#include "platform/PlatformSession.h"
#include "platform/SchemaRegistryClient.h"

#include <QPointer>

#include <optional>

namespace Inlet {

QString TargetOptions::schemaTitle(const QString& schemaId) const
{
    for (const SchemaSummary& schema : schemas) {
        if (schema.id == schemaId)
            return schema.title;
    }
    return schemaId;
}

ChooseTarget::ChooseTarget(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prefetch(kPrefetchLifetimeMs, [this] { return m_session.readScope(); })
{
}

void ChooseTarget::prefetch()
{
    m_prefetch.start(
        QString(), [this] { return readOptions(); }, this);
}

TargetOptionsOperation* ChooseTarget::load()
{
    return m_prefetch.take(
        QString(), [this] { return readOptions(); }, this);
}

TargetOptionsOperation* ChooseTarget::readOptions()
{
    auto* operation = new TargetOptionsOperation(this);
    const QPointer<DatasetListOperation> datasets = CatalogClient(&m_session).listDatasets();
    const QPointer<SchemaListOperation> schemas = SchemaRegistryClient(&m_session).listSchemas();
    operation->setCanceller([datasets, schemas] {
        if (datasets)
            datasets->cancel();
        if (schemas)
            schemas->cancel();
        return false;
    });
    // Both lists are kept as they arrive (each operation deletes itself once finished).
    auto partial =
        std::make_shared<std::pair<std::optional<QList<DatasetSummary>>, std::optional<QList<SchemaSummary>>>>();
    const auto settle = [this, operation, partial](const Error& error) {
        if (operation->isFinished())
            return;
        if (error)
            return operation->finishWithError(error);
        if (!partial->first || !partial->second)
            return;
        m_options = TargetOptions{*partial->first, *partial->second};
        operation->finishWithResult(m_options);
    };
    connect(datasets, &Operation::finished, operation, [datasets = datasets.data(), partial, settle] {
        if (!datasets->error())
            partial->first = datasets->result();
        settle(datasets->error());
    });
    connect(schemas, &Operation::finished, operation, [schemas = schemas.data(), partial, settle] {
        if (!schemas->error())
            partial->second = schemas->result();
        settle(schemas->error());
    });
    return operation;
}

SchemaOperation* ChooseTarget::describe(const QString& schemaId)
{
    if (m_described.contains(schemaId)) {
        auto* known = new SchemaOperation(this);
        known->finishWithResult(m_described.value(schemaId));
        return known;
    }
    QString altId;
    for (const SchemaSummary& schema : std::as_const(m_options.schemas)) {
        if (schema.id == schemaId)
            altId = schema.altId;
    }
    SchemaOperation* lookup = SchemaRegistryClient(&m_session).describeSchema(schemaId, altId);
    connect(lookup, &Operation::finished, this, [this, lookup, schemaId] {
        if (!lookup->error())
            m_described.insert(schemaId, lookup->result());
    });
    return lookup;
}

} // namespace Inlet
