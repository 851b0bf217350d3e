#pragma once

#include "FaultPlan.h"
#include "PlatformSimulator.h"
#include "RequestLog.h"
#include "Routes.h"
#include "SimulatorTypes.h"

#include <QAbstractHttpServer>

class QTcpSocket;

namespace Inlet::Sim {

// Puts PlatformSimulator on 127.0.0.1 and adds what every service shares on the wire: request ids,
// fault injection, the request log and the admin routes.
//
// Why QAbstractHttpServer and not QHttpServer's router: in Qt 6.4 only
// QAbstractHttpServer::handleRequest(request, socket) hands out the socket, and the faults need it
// (close the connection after reading the request, send half a body, answer later). Responses are
// written to the socket directly, so the simulator decides every byte; QHttpServer still parses the
// requests.
//
// Admin routes (loopback clients only; not logged, never faulted). The server's own:
//   GET    /__admin/requests[?since=SEQ]  the last 500 requests: sequence, method, path, query,
//                                         headers, body (and json when the body is JSON)
//   DELETE /__admin/requests              forget them
//   GET    /__admin/stats                 {requestsReceived, connectionsAccepted} and each service's counters:
//                                         {imsTokenRequests, connectionCount, connectionsCreated}
//   GET    /__admin/faults                the active faults
//   POST   /__admin/faults                add {"method","path","fault","argument","count"} (or an array)
//   DELETE /__admin/faults                remove all faults
//   POST   /__admin/tokens/expire         every issued token stops being valid
//   POST   /__admin/reset                 every service's state, tokens, log and faults cleared
// and the services':
//   GET    /__admin/connections           {"items": [...]} as stored (secrets not masked)
//   GET    /__admin/landingzone           current credentials and revoked SAS tokens
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimulatorServer(PlatformSimulator* platform, QObject* parent = nullptr);

    // Listens on 127.0.0.1 only; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    FaultPlan& faults() { return m_faults; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void addAdminRoutes();
    Response admin(const Request& request);
    Response addFaults(const Request& request);
    void serve(const Request& received, QTcpSocket* socket);
    void answerWithFault(const Fault& fault, Response response, QTcpSocket* socket, bool keepAlive);
    void write(QTcpSocket* socket, const Response& response, bool keepAlive, qint64 bodyBytes = -1);

    PlatformSimulator* m_platform;
    FaultPlan m_faults;
    RequestLog m_log;
    Routes m_adminRoutes;
    bool m_verbose = false;
    int m_connectionsAccepted = 0; // TCP connections, admin calls' included
};

} // namespace Inlet::Sim
