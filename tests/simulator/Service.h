#pragma once

#include "Routes.h"
#include "SimulatorTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// One simulated Platform API (IMS, Flow Service, the landing zone, …): it registers its routes and
// keeps its own state. What every service shares — the gateway's checks, request ids, fault
// injection, the request log, the admin routes — PlatformSimulator and SimulatorServer do for it.
//
// A new service is one class: a prefix, its routes (handlers take a Call and return a Response,
// using Replies and Identifiers for the common shapes), its inspection routes and stats for tests,
// and reset(). main.cpp adds it to the PlatformSimulator.
class Service
{
public:
    virtual ~Service() = default;

    // The path the API lives under ("/data/foundation/catalog"); requests to it and below are its own.
    // Several services may share a prefix: the one whose routes know the path answers.
    virtual QString prefix() const = 0;
    // Every Platform API sits behind the gateway's token, key, org and sandbox checks; IMS does not.
    virtual bool behindGateway() const { return true; }

    virtual void addRoutes(Routes& routes) = 0;
    // Routes under /__admin for tests to look inside (loopback only, never logged or faulted).
    virtual void addAdminRoutes(Routes& admin);
    // Checks all of the service's requests pass before their route is looked up.
    virtual std::optional<Response> precheck(const Call& call) const;
    // The answers when no route has the path, and when routes have it but not for this method.
    virtual Response notFound(const Call& call) const;
    virtual Response methodNotAllowed(const Call& call) const;

    // Counters for GET /__admin/stats.
    virtual void addStats(QJsonObject* stats) const;
    // Forgets everything stored (POST /__admin/reset).
    virtual void reset() = 0;
};

} // namespace Inlet::Sim
