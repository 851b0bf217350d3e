#pragma once

#include "platform/DataflowOperations.h"

namespace Inlet {

class PlatformSession;

// Catalog's datasets (base: PlatformEndpoints::catalog). Cheap to copy; operations are owned by the session.
class CatalogClient
{
public:
    explicit CatalogClient(PlatformSession* session);

    // `GET /dataSets?properties=…&limit=100&start=…`, every page; with `name`, only datasets of that name.
    DatasetListOperation* listDatasets(const QString& name = {}) const;
    // `POST /dataSets` on the XDM schema `schemaId`, sent once.
    CreateObjectOperation*
    createDataset(const QString& name, const QString& description, const QString& schemaId) const;
    DeleteObjectOperation* deleteDataset(const QString& datasetId) const;

private:
    PlatformSession* m_session;
};

} // namespace Inlet
