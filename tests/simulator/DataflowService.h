#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Inlet::Sim {

class CatalogService;
class DataPrepService;
class FlowService;
class LandingZoneService;

// Flow Service's dataflow objects: flow specs (CRMToAEP for tables, CloudStorageToAEP for files, each
// listing the catalog's specs it accepts), source connections on a base connection, target connections
// to the Data Lake, flows, and the runs of each flow. A run goes queued → inProgress → success or failed
// as time passes (`--run-seconds`), a scheduled flow starts another run every `--run-every` seconds, and
// what runs end with is set with `--run-outcome` or `POST /__admin/runs/outcome`: success, partial
// (some records fail mapping), failed, or anonymous-credentials (Databricks' copy error when the cluster
// lacks the landing zone's Spark config line). Records read come from the explored table or file.
class DataflowService : public Service
{
public:
    enum class RunOutcome { Success, Partial, Failed, AnonymousCredentials };
    static std::optional<RunOutcome> outcomeFromName(const QString& name);

    DataflowService(const SimulatorOptions& options,
                    const FlowService* connections,
                    const CatalogService* catalog,
                    const DataPrepService* dataPrep,
                    const LandingZoneService* landingZone);

    QString prefix() const override;
    void addRoutes(Routes& routes) override;
    void addAdminRoutes(Routes& admin) override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

private:
    struct Stored
    {
        QString id;
        QString sandbox;
        QString etag;
        qint64 createdAt = 0;
        QJsonObject body; // as created, with the server's fields added
    };
    struct Run
    {
        QString id;
        qint64 startedAt = 0;
        RunOutcome outcome = RunOutcome::Success;
    };
    struct Flow
    {
        Stored stored;
        QList<Run> runs;
    };

    Response listFlowSpecs(const Call& call) const;
    Response createSourceConnection(const Call& call);
    Response createTargetConnection(const Call& call);
    Response createFlow(const Call& call);
    Response listRuns(const Call& call);
    Response getRun(const Call& call);

    // GET list/one and DELETE for stored objects of one kind.
    Response list(const Call& call, const QList<Stored>& objects, const QString& kind) const;
    Response get(const Call& call, const QList<Stored>& objects, const QString& kind) const;
    Response remove(const Call& call, QList<Stored>* objects, const QString& kind);
    Response created(const Stored& object, const QString& kind) const;
    Stored store(const Call& call, QJsonObject body) const;

    QJsonArray flowSpecs() const;
    QJsonObject flowSpec(const QString& id) const;
    void startDueRuns(Flow* flow);
    QJsonObject runJson(const Flow& flow, const Run& run) const;
    int recordsOf(const Flow& flow) const;
    QList<Stored> flowsStored() const;

    SimulatorOptions m_options;
    const FlowService* m_connections;
    const CatalogService* m_catalog;
    const DataPrepService* m_dataPrep;
    const LandingZoneService* m_landingZone;
    RunOutcome m_outcome = RunOutcome::Success;
    QList<Stored> m_sourceConnections;
    QList<Stored> m_targetConnections;
    QList<Flow> m_flows;
    int m_sourceConnectionsCreated = 0;
    int m_targetConnectionsCreated = 0;
    int m_flowsCreated = 0;
    int m_runRequests = 0;
};

} // namespace Inlet::Sim
