#pragma once

#include "SimulatorTypes.h"

#include <QJsonArray>
#include <QList>

namespace Inlet::Sim {

// The last requests the services received (admin requests excluded), numbered from 1, so tests can
// check exactly what a client sent.
class RequestLog
{
public:
    // Numbers the request, keeps a copy and returns its number.
    qint64 record(Request request);
    // Requests numbered above `since`, as JSON (the body also parsed when it is JSON).
    QJsonArray since(qint64 sequence) const;
    qint64 lastSequence() const { return m_sequence; }
    void clear() { m_requests.clear(); }

private:
    static QJsonObject toJson(const Request& request);

    QList<Request> m_requests;
    qint64 m_sequence = 0;
};

} // namespace Inlet::Sim
