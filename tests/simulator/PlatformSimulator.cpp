#include "PlatformSimulator.h"

#include "Replies.h"

#include <QUrl>

namespace Inlet::Sim {

namespace {

bool isBelow(const QString& path, const QString& prefix)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

} // namespace

PlatformSimulator::PlatformSimulator(const SimulatorOptions& options)
    : m_gateway(options, &m_tokens)
{
}

void PlatformSimulator::addService(std::unique_ptr<Service> service)
{
    Registered registered{std::move(service), {}};
    registered.service->addRoutes(registered.routes);
    registered.service->addAdminRoutes(m_adminRoutes);
    m_services.push_back(std::move(registered));
}

// Routes match the encoded path, so a placeholder may hold an encoded "/" (Schema Registry's $ids);
// `path` is the encoded path.
const PlatformSimulator::Registered* PlatformSimulator::owner(const QString& path) const
{
    const Registered* first = nullptr;
    for (const Registered& registered : m_services) {
        const QString prefix = registered.service->prefix();
        if (!isBelow(path, prefix))
            continue;
        if (registered.routes.knows(path.mid(prefix.size())))
            return &registered;
        if (!first)
            first = &registered;
    }
    return first;
}

Response PlatformSimulator::handle(const Request& request)
{
    const QString encodedPath = request.encodedPath.isEmpty() ? request.path : request.encodedPath;
    const Registered* registered = owner(encodedPath);
    if (!registered)
        return Replies::resourceNotFound();
    const Service& service = *registered->service;
    if (service.behindGateway()) {
        if (auto refused = m_gateway.refuse(request))
            return *refused;
    }
    QString path = request.path.mid(service.prefix().size());
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    Call call{request, path, {}};
    if (auto refused = service.precheck(call))
        return *refused;
    QString routed = encodedPath.mid(service.prefix().size());
    while (routed.size() > 1 && routed.endsWith(QLatin1Char('/')))
        routed.chop(1);
    Routes::Match match = registered->routes.match(request.method, routed);
    if (!match.handler)
        return match.pathKnown ? service.methodNotAllowed(call) : service.notFound(call);
    for (auto it = match.arguments.begin(); it != match.arguments.end(); ++it)
        it.value() = QUrl::fromPercentEncoding(it.value().toUtf8());
    call.arguments = std::move(match.arguments);
    return (*match.handler)(call);
}

QStringList PlatformSimulator::prefixes() const
{
    QStringList prefixes;
    for (const Registered& registered : m_services)
        prefixes << registered.service->prefix();
    return prefixes;
}

void PlatformSimulator::addStats(QJsonObject* stats) const
{
    for (const Registered& registered : m_services)
        registered.service->addStats(stats);
}

void PlatformSimulator::reset()
{
    m_tokens.clear();
    for (Registered& registered : m_services)
        registered.service->reset();
}

} // namespace Inlet::Sim
