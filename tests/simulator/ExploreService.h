#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

namespace Inlet::Sim {

class FlowService;

// Flow Service's explore (`GET /connections/{id}/explore`), answering from ExploreContent for the
// stored connection's source family: the root, folders and schemas, a table's or file's schema,
// preview rows (preview=true), the format of a file read as asked (fileType, columnDelimiter,
// compressionType) or detected (determineProperties=true). Faults (slow or failing levels, a
// terminated Databricks cluster) come from the shared FaultPlan, matched on path and query.
class ExploreService : public Service
{
public:
    ExploreService(const SimulatorOptions& options, const FlowService* connections);

    QString prefix() const override;
    void addRoutes(Routes& routes) override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

private:
    Response explore(const Call& call);

    SimulatorOptions m_options;
    const FlowService* m_connections;
    int m_explored = 0;
};

} // namespace Inlet::Sim
