#pragma once

#include "SimulatorTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// Faults injected per endpoint, for tests and demos. Chosen on the command line
// (`--fault METHOD:PATH:KIND[=ARG][:COUNT]`) or through `POST /__admin/faults`.
//
// PATH is the request path, or the path below a service's prefix (`/connections` matches
// `/data/foundation/flowservice/connections`), with `*` as a wildcard; METHOD may be `*`. PATH may end
// in `?name=value&…`: then each named query item must match too (`*` a wildcard again), so one level
// of an explore can fail: `GET:*/explore?object=analytics:503`.
// COUNT is how many matching requests get the fault (default: every one).
//
// KINDs:
//   latency=MS       answer normally after MS milliseconds
//   429=SECONDS      429 Too Many Requests with Retry-After: SECONDS (default 1); not processed
//   500 | 502 | 503  that status with a JSON error body; not processed
//   html             502 with an HTML error page (a proxy's); not processed
//   drop             process the request, then close the connection without answering
//   reset            close the connection right after reading the request; not processed
//   truncate         process, answer with the full Content-Length but only half the body, close
//   malformed        process, answer the status with a body that is not valid JSON
//   oversize=BYTES   process, answer 200 with a JSON body of BYTES (default 17 MiB)
//   expired-token    401 {error_code 401013} and the presented token stops being valid
//   403              403 with Flow Service's problem body: the account may not read it; not processed
//   cluster-terminated  400 with Flow Service's problem body naming a Databricks cluster that is
//                    TERMINATED (what explore answers while the connection's cluster is stopped)
//   stored=STATUS    process, then answer STATUS (500 by default; 502, 503, 504) as above: a create
//                    keeps its object though the client is told it failed (with `drop`, the two ways
//                    an ambiguous create looks to a client)
//   refuse=STATUS    a definite refusal: STATUS, a 4xx other than 429 (403 by default), with the
//                    gateway's error body; not processed
//
// The plan is shared by every service: faults match on the request, not on which service answers.
struct Fault
{
    enum class Kind {
        Latency,
        TooManyRequests,
        Status,
        Html,
        Drop,
        Reset,
        Truncate,
        Malformed,
        Oversize,
        ExpiredToken,
        Stored,
        Refused,
        Forbidden,
        ClusterTerminated
    };

    QByteArray method = QByteArrayLiteral("*");
    QString pathPattern = QStringLiteral("*");
    Kind kind = Kind::Status;
    int argument = 0; // ms, seconds, status or bytes
    int remaining = -1; // -1: unlimited
    QString spec; // as given, for listing

    bool processesRequest() const;
    // The answer a fault gives instead of the service's (429, html, status and stored kinds).
    Response response(const QByteArray& requestId) const;
    QJsonObject toJson() const;

    static std::optional<Fault> parse(const QString& spec, QString* error);
    static std::optional<Fault> fromJson(const QJsonObject& object, QString* error);
    static QString help();
};

class FaultPlan
{
public:
    void add(const Fault& fault);
    void clear();
    QList<Fault> faults() const;
    // The first fault matching the request, consuming one of its uses.
    std::optional<Fault> take(const Request& request, const QStringList& servicePrefixes);

private:
    QList<Fault> m_faults;
};

} // namespace Inlet::Sim
