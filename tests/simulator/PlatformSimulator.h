#pragma once

#include "SimulatorTypes.h"
#include "catalog/ConnectionSpec.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Inlet::Sim {

struct SimulatorOptions
{
    QString clientId; // empty: accept any client id
    QString clientSecret; // empty: accept any client secret
    QString orgId; // empty: accept any org
    QStringList sandboxes; // empty: accept any sandbox name
    QString staticToken; // a bearer token that is always valid (for "pasted token" tests)
    int tokenLifetimeSeconds = 86399;
    int pageSize = 20; // list pages hold at most this many items (also when `limit` is larger)
    int sasLifetimeDays = 90;
    QString catalogFile; // empty: the catalog bundled into inlet_core
};

// The behaviour of IMS, Flow Service and the landing-zone credentials API, without any networking:
// Request in, Response out. SimulatorServer puts it on a socket and adds faults and admin routes.
class PlatformSimulator
{
public:
    static QString flowPrefix() { return QStringLiteral("/data/foundation/flowservice"); }
    static QString landingZonePrefix() { return QStringLiteral("/data/foundation/connectors/landingzone"); }
    static QString imsTokenPath() { return QStringLiteral("/ims/token/v3"); }

    explicit PlatformSimulator(SimulatorOptions options);

    // Reads the bundled catalog (or options.catalogFile) through CatalogParser.
    bool loadCatalog(QString* error);
    const QList<ConnectionSpec>& specs() const { return m_specs; }

    Response handle(const Request& request);

    // The "expired-token" fault: the token in `request` stops being valid; answers 401013.
    Response expireTokenOf(const Request& request);
    void expireAllTokens();
    void reset();

    // For the admin routes.
    int imsTokenRequests() const { return m_imsTokenRequests; }
    int connectionCount() const { return int(m_connections.size()); }
    int connectionsCreated() const { return m_connectionsCreated; }
    QJsonArray connectionsJson() const; // unmasked, as stored
    QJsonObject landingZoneJson() const; // current credentials and revoked signatures
    static QByteArray newRequestId();

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
    struct TokenInfo
    {
        QString clientId;
        QDateTime expiresAt;
    };
    struct LandingZone
    {
        QString containerName;
        QString storageAccountName;
        QString sasToken;
        QDate expiryDate;
    };

    Response imsToken(const Request& request);
    std::optional<Response> gatewayCheck(const Request& request);
    Response flowService(const Request& request, const QString& path);
    Response landingZone(const Request& request, const QString& path);

    Response listSpecs(const Request& request);
    Response getSpec(const QString& id);
    Response createConnection(const Request& request);
    Response listConnections(const Request& request);
    Response getConnection(const Request& request, const QString& id);
    Response patchConnection(const Request& request, const QString& id);
    Response deleteConnection(const Request& request, const QString& id);
    Response explore(const Request& request, const QString& id);

    // FLOW-1100-400 naming the field, or nothing when the params satisfy the auth spec.
    std::optional<Response>
    validateParams(const AuthSpec& authSpec, const QJsonObject& params, const QString& requestId);
    const ConnectionSpec* spec(const QString& id) const;
    QJsonObject connectionItem(const Connection& connection, bool masked) const;
    Connection* findConnection(const Request& request, const QString& id);
    LandingZone newLandingZone(const QString& type, const LandingZone* previous) const;
    QJsonObject landingZoneBody(const QString& type, const LandingZone& zone) const;
    Response page(const Request& request, const QList<QByteArray>& items, const QString& relativePath);

    SimulatorOptions m_options;
    QList<ConnectionSpec> m_specs;
    QList<Connection> m_connections;
    QHash<QString, TokenInfo> m_tokens;
    QMap<QString, LandingZone> m_landingZones; // key: sandbox + '/' + type
    QStringList m_revokedSignatures;
    int m_imsTokenRequests = 0;
    int m_connectionsCreated = 0;
};

} // namespace Inlet::Sim
