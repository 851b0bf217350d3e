#pragma once

#include "platform/ConnectionDraft.h"
#include "platform/PlatformOperations.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace Inlet {

class PlatformSession;

// The Flow Service calls Inlet makes (base: PlatformEndpoints::flowService). Cheap to copy; every
// method starts an operation owned by the session (see Operation for the contract).
// GETs are retried on transient failures; POST and DELETE never are.
class FlowServiceClient
{
public:
    explicit FlowServiceClient(PlatformSession* session);

    // `GET /connectionSpecs` (optionally `property=<filter>`, e.g. `name=="amazon-redshift"`),
    // following continuationToken / _links.next until the last page.
    ConnectionSpecsOperation* listConnectionSpecs(const QString& propertyFilter = {}) const;

    // `POST /connections` with ConnectionDraft::toJsonText(), sent once (see CreateConnectionOperation).
    // A 2xx whose body names no connection is a BadResponse: created, id unknown.
    CreateConnectionOperation* createConnection(const ConnectionDraft& draft) const;
    // Is there a connection of the draft's spec and name created at or after `since` (minus two minutes
    // of clock skew)? The newest such, or none; error() only when looking failed.
    FindConnectionOperation* findCreatedConnection(const ConnectionDraft& draft, const QDateTime& since) const;

    // `GET /connections?property=connectionSpec.id==<id>`, all pages.
    ConnectionListOperation* listConnections(const QString& connectionSpecId) const;
    // `GET /connections/{id}/explore?objectType=root` – a bare array or {"items": […]}.
    ExploreOperation* exploreRoot(const QString& connectionId) const;
    // One level below the root: `objectType=folder&object=<path>` (or the item's own type).
    ExploreOperation* exploreLevel(const QString& connectionId, const QString& objectType, const QString& path) const;
    // A table's or file's schema, with `preview=true` its rows; files with `fileType`, `columnDelimiter`
    // and `compressionType`, or with `determineProperties=true` (never both: Platform refuses that).
    ExploreObjectOperation* exploreObject(const QString& connectionId, const ExploreQuery& explore) const;
    // `DELETE /connections/{id}/` → 204, with the trailing slash the OpenAPI declares.
    DeleteConnectionOperation* deleteConnection(const QString& connectionId) const;

    // `{flowService}/connections/…` with the path segments percent-encoded.
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;

private:
    PlatformSession* m_session;
};

} // namespace Inlet
