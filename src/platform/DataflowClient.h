#pragma once

#include "platform/DataflowOperations.h"

#include <QUrl>
#include <QUrlQuery>

namespace Inlet {

class PlatformSession;

// Flow Service's dataflow objects (base: PlatformEndpoints::flowService): flow specs, source and target
// connections, flows and their runs. Creates are sent once; lists follow every page. Cheap to copy.
class DataflowClient
{
public:
    enum class Kind { SourceConnection, TargetConnection, Flow };

    explicit DataflowClient(PlatformSession* session);

    // `GET /flowSpecs?property=name=="<name>"`.
    FlowSpecListOperation* flowSpecs(const QString& name) const;
    CreateObjectOperation* createSourceConnection(const SourceConnectionDraft& draft) const;
    CreateObjectOperation* createTargetConnection(const TargetConnectionDraft& draft) const;
    CreateObjectOperation* createFlow(const FlowDraft& draft) const;
    // The objects of a kind whose `property` is `value` (`baseConnectionId`, `params.dataSetId`,
    // `sourceConnectionIds`): ids, so the filter never depends on how a name is quoted.
    ObjectListOperation* find(Kind kind, const QString& property, const QString& value) const;
    FlowListOperation* findFlows(const QString& property, const QString& value) const;
    // `DELETE /sourceConnections/{id}` etc. → 204.
    DeleteObjectOperation* remove(Kind kind, const QString& id) const;
    // `GET /runs?property=flowId==<id>`, every page, newest first as Platform lists them.
    RunListOperation* runs(const QString& flowId) const;

    static QString collection(Kind kind);

private:
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    CreateObjectOperation* create(Kind kind, QByteArray body) const;

    PlatformSession* m_session;
};

} // namespace Inlet
