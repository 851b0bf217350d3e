#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

namespace Inlet::Sim {

// Schema Registry (`/data/foundation/schemaregistry`): the tenant's schemas from SchemaContent, listed
// (`xed-id+json` summaries or `xed+json`, ordered by title, paged with `limit` and `start` as the API
// does: `start` is the title to continue after) and looked up by `meta:altId` (`xed+json` leaves the
// fields behind `allOf`, `xed-full+json` resolves them; the version is required), the identity and
// primary-key descriptors, and the tenant's field groups. A wrong Accept header gets the registry's
// XDM-1006/1007 errors; an unknown schema XDM-1012-404. Schemas are the same in every sandbox.
class SchemaRegistryService : public Service
{
public:
    explicit SchemaRegistryService(const SimulatorOptions& options);

    static QString schemaRegistryPrefix() { return QStringLiteral("/data/foundation/schemaregistry"); }
    QString prefix() const override { return schemaRegistryPrefix(); }
    void addRoutes(Routes& routes) override;
    Response notFound(const Call& call) const override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

    // Schema Registry's error body (`errorBasic`) for a code such as "1012-404".
    static Response error(const QString& code, const QString& title, const QString& detail, const QString& requestId);

private:
    Response listSchemas(const Call& call) const;
    Response lookupSchema(const Call& call);
    Response listDescriptors(const Call& call) const;

    SimulatorOptions m_options;
    int m_lookups = 0;
};

} // namespace Inlet::Sim
