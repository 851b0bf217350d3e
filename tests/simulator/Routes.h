#pragma once

#include "SimulatorTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Inlet::Sim {

// A request as a route's handler sees it.
struct Call
{
    const Request& request;
    QString path; // below the service's prefix, trailing slashes removed
    QHash<QString, QString> arguments; // the pattern's {placeholders}

    QString argument(const QString& name) const { return arguments.value(name); }
    // Added by SimulatorServer the way Adobe's gateway adds it.
    QString requestId() const { return QString::fromLatin1(request.header("x-request-id")); }
    QString sandbox() const { return QString::fromUtf8(request.header("x-sandbox-name")); }
};

using Handler = std::function<Response(const Call&)>;

// A table of METHOD + path pattern -> handler. Patterns are paths below a service's prefix in which a
// `{name}` segment matches any one segment: "/connections/{id}/explore". "/" is the prefix itself.
// Empty segments and trailing slashes in a request path are ignored.
class Routes
{
public:
    struct Match
    {
        const Handler* handler = nullptr; // null: no route for this method
        bool pathKnown = false; // some route has this path (so a miss is 405, not 404)
        QHash<QString, QString> arguments;
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    void get(const QString& pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
    void post(const QString& pattern, Handler handler) { add("POST", pattern, std::move(handler)); }
    void patch(const QString& pattern, Handler handler) { add("PATCH", pattern, std::move(handler)); }
    void put(const QString& pattern, Handler handler) { add("PUT", pattern, std::move(handler)); }
    void remove(const QString& pattern, Handler handler) { add("DELETE", pattern, std::move(handler)); }

    Match match(const QByteArray& method, const QString& path) const;
    bool knows(const QString& path) const { return match({}, path).pathKnown; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };

    QList<Route> m_routes;
};

} // namespace Inlet::Sim
