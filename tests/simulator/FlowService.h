#pragma once

#include "Service.h"
#include "SimulatorOptions.h"
#include "catalog/ConnectionSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// Flow Service's connection specs and base connections (explore is ExploreService's). Specs come from the catalog
// bundled into inlet_core (or --catalog), served verbatim; connections live per sandbox, secrets masked when read back.
class FlowService : public Service
{
public:
    // The bundled catalog, or the connection-spec file `catalogFile` when not empty.
    static std::optional<QList<ConnectionSpec>> loadSpecs(const QString& catalogFile, QString* error);

    FlowService(const SimulatorOptions& options, QList<ConnectionSpec> specs);

    // What explore needs to know of a stored connection: its spec, the spec's category and its params.
    struct ConnectionView
    {
        QString specId;
        QString category;
        QJsonObject params;
    };
    std::optional<ConnectionView> connectionView(const QString& sandbox, const QString& id) const;
    const QList<ConnectionSpec>& specs() const { return m_specs; }
    // FLOW-1101-404 for a connection id that is not stored.
    static Response connectionNotFound(const QString& id, const QString& requestId);

    QString prefix() const override;
    void addRoutes(Routes& routes) override;
    void addAdminRoutes(Routes& admin) override;
    Response notFound(const Call& call) const override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

private:
    struct Connection
    {
        QString id;
        QString name;
        QString description;
        QString specId;
        QString specVersion;
        QString authSpecName;
        QJsonObject params;
        QString sandbox;
        QString etag; // with quotes
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
    };

    Response listSpecs(const Call& call) const;
    Response getSpec(const Call& call) const;
    Response createConnection(const Call& call);
    Response listConnections(const Call& call) const;
    Response getConnection(const Call& call);
    Response patchConnection(const Call& call);
    Response deleteConnection(const Call& call);

    const ConnectionSpec* spec(const QString& id) const;
    // FLOW-1100-400 naming the field, or nothing when the params satisfy the auth spec.
    static std::optional<Response>
    validateParams(const AuthSpec& authSpec, const QJsonObject& params, const QString& requestId);
    QJsonObject connectionItem(const Connection& connection, bool masked) const;
    Connection* findConnection(const Call& call);
    QJsonArray connectionsJson() const; // unmasked, as stored

    SimulatorOptions m_options;
    QList<ConnectionSpec> m_specs;
    QList<Connection> m_connections;
    int m_connectionsCreated = 0;
};

} // namespace Inlet::Sim
