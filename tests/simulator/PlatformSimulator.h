#pragma once

#include "Gateway.h"
#include "Routes.h"
#include "Service.h"
#include "SimulatorOptions.h"
#include "SimulatorTypes.h"
#include "TokenStore.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace Inlet::Sim {

// The simulated services on one origin, without any networking: Request in, Response out.
// It finds the service that owns a path, puts the gateway in front of it and routes the request.
// SimulatorServer puts it on a socket and adds faults, the request log and the admin routes.
class PlatformSimulator
{
public:
    explicit PlatformSimulator(const SimulatorOptions& options);

    // The tokens IMS issues and the gateway checks.
    TokenStore* tokens() { return &m_tokens; }
    void addService(std::unique_ptr<Service> service);

    Response handle(const Request& request);
    Response expireTokenOf(const Request& request) { return m_gateway.expireTokenOf(request); }

    // The services' prefixes, so a fault's path may be given below one of them.
    QStringList prefixes() const;
    const Routes& adminRoutes() const { return m_adminRoutes; }
    void addStats(QJsonObject* stats) const;
    void reset();

private:
    struct Registered
    {
        std::unique_ptr<Service> service;
        Routes routes;
    };

    const Registered* owner(const QString& path) const;

    TokenStore m_tokens;
    Gateway m_gateway;
    std::vector<Registered> m_services;
    Routes m_adminRoutes;
};

} // namespace Inlet::Sim
