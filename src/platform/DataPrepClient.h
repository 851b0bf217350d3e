#pragma once

#include "core/Json.h"
#include "platform/DataflowOperations.h"

namespace Inlet {

class PlatformSession;

// Data Prep's mapping sets (base: PlatformEndpoints::dataPrep). Validate and preview change nothing on
// Platform, so they are retried like GETs; a create is sent once. Cheap to copy.
class DataPrepClient
{
public:
    explicit DataPrepClient(PlatformSession* session);

    // `POST /mappingSets/validate`: the rules Data Prep refuses, with its reasons.
    MappingCheckOperation* validate(const MappingSetDraft& draft) const;
    // `POST /mappingSets/preview`: `rows` (a JSON array of objects keyed by column) as the schema receives them.
    MappingPreviewOperation* preview(const MappingSetDraft& draft, const Json& rows) const;
    // `POST /mappingSets`, sent once.
    CreateObjectOperation* createMappingSet(const MappingSetDraft& draft) const;
    // `GET /mappingSets?name=…`: the mapping sets of that name (to recognise one a lost answer created).
    ObjectListOperation* findMappingSets(const QString& name) const;

private:
    PlatformSession* m_session;
};

} // namespace Inlet
