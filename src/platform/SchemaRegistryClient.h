#pragma once

#include "platform/DataflowOperations.h"

namespace Inlet {

class PlatformSession;

// Schema Registry's tenant schemas (base: PlatformEndpoints::schemaRegistry). Every request names the
// media type the registry wants in Accept. Cheap to copy; operations are owned by the session.
class SchemaRegistryClient
{
public:
    explicit SchemaRegistryClient(PlatformSession* session);

    // `GET /tenant/schemas` (xed-id+json, ordered by title), every page.
    SchemaListOperation* listSchemas() const;
    // One schema with its fields resolved (xed-full+json) and its identity and primary-key descriptors
    // applied: the lookup and `GET /tenant/descriptors` go out together. `altId` may be empty: the
    // path then takes the URL-encoded $id, as the registry allows.
    SchemaOperation* describeSchema(const QString& schemaId, const QString& altId = {}) const;

private:
    PlatformSession* m_session;
};

} // namespace Inlet
