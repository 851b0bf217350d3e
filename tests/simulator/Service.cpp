#include "Service.h"

#include "Replies.h"

namespace Inlet::Sim {

void Service::addAdminRoutes(Routes&) { }

std::optional<Response> Service::precheck(const Call&) const
{
    return std::nullopt;
}

Response Service::notFound(const Call&) const
{
    return Replies::resourceNotFound();
}

Response Service::methodNotAllowed(const Call&) const
{
    return Replies::methodNotAllowed();
}

void Service::addStats(QJsonObject*) const { }

} // namespace Inlet::Sim
