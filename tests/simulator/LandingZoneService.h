#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Inlet::Sim {

// The landing-zone credentials API (Data Landing Zone containers and their SAS tokens), per sandbox
// and container type. A refresh revokes the old SAS token at once, as Platform does.
class LandingZoneService : public Service
{
public:
    explicit LandingZoneService(const SimulatorOptions& options);

    // Where the sandbox's Databricks landing zone is (created on first use, as a GET would).
    struct Location
    {
        QString containerName;
        QString storageAccountName;
    };
    Location databricksLocation(const QString& sandbox) const;

    QString prefix() const override { return QStringLiteral("/data/foundation/connectors/landingzone"); }
    void addRoutes(Routes& routes) override;
    void addAdminRoutes(Routes& admin) override;
    // Every request names a container type, checked before its path.
    std::optional<Response> precheck(const Call& call) const override;
    void reset() override;

private:
    struct Zone
    {
        QString containerName;
        QString storageAccountName;
        QString sasToken;
        QDate expiryDate;
    };

    Response container(const Call& call) const;
    Response credentials(const Call& call);
    Zone newZone(const QString& type, const Zone* previous) const;
    static QJsonObject credentialsBody(const QString& type, const Zone& zone);
    QJsonObject adminView() const; // current credentials and revoked signatures

    SimulatorOptions m_options;
    QMap<QString, Zone> m_zones; // key: sandbox + '/' + type
    QStringList m_revokedSignatures;
};

} // namespace Inlet::Sim
