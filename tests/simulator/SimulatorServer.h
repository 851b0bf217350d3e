#pragma once

#include "FaultPlan.h"
#include "PlatformSimulator.h"
#include "SimulatorTypes.h"

#include <QAbstractHttpServer>
#include <QList>

class QTcpSocket;

namespace Inlet::Sim {

// Puts PlatformSimulator on 127.0.0.1 and adds fault injection and the admin routes.
//
// Why QAbstractHttpServer and not QHttpServer's router: in Qt 6.4 only
// QAbstractHttpServer::handleRequest(request, socket) hands out the socket, and the faults need it
// (close the connection after reading the request, send half a body, answer later). Responses are
// written to the socket directly, so the simulator decides every byte; QHttpServer still parses the
// requests.
//
// Admin routes (loopback clients only; not logged, never faulted):
//   GET    /__admin/requests[?since=SEQ]  the last 500 requests: sequence, method, path, query,
//                                         headers, body (and json when the body is JSON)
//   DELETE /__admin/requests              forget them
//   GET    /__admin/stats                 {imsTokenRequests, connectionCount, connectionsCreated,
//                                          requestsReceived}
//   GET    /__admin/connections           {"items": [...]} as stored (secrets not masked)
//   GET    /__admin/landingzone           current credentials and revoked SAS tokens
//   GET    /__admin/faults                the active faults
//   POST   /__admin/faults                add {"method","path","fault","argument","count"} (or an array)
//   DELETE /__admin/faults                remove all faults
//   POST   /__admin/tokens/expire         every issued token stops being valid
//   POST   /__admin/reset                 connections, tokens, landing zone, log and faults cleared
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SimulatorServer(PlatformSimulator* simulator, QObject* parent = nullptr);

    // Listens on 127.0.0.1 only; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    FaultPlan& faults() { return m_faults; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Response admin(const Request& request);
    void serve(const Request& request, QTcpSocket* socket);
    void write(QTcpSocket* socket, const Response& response, bool keepAlive, qint64 bodyBytes = -1);
    static QJsonObject requestJson(const Request& request);

    PlatformSimulator* m_simulator;
    FaultPlan m_faults;
    QList<Request> m_log;
    qint64 m_sequence = 0;
    bool m_verbose = false;
};

} // namespace Inlet::Sim
