#include "SimulatorServer.h"

#include "Identifiers.h"
#include "Replies.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace Inlet::Sim {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SimulatorServer::SimulatorServer(PlatformSimulator* platform, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_platform(platform)
{
    addAdminRoutes();
}

quint16 SimulatorServer::listenOnLoopback(quint16 port)
{
    const quint16 listening = listen(QHostAddress::LocalHost, port);
    // Counted beside the server's own handling, which takes the connection.
    for (QTcpServer* server : servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connectionsAccepted; });
    return listening;
}

void SimulatorServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket, Replies::json(404, {{QStringLiteral("error_code"), QStringLiteral("404000")}}), true);
}

bool SimulatorServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    Request request;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.encodedPath = httpRequest.url().path(QUrl::FullyEncoded);
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();

    if (request.path.startsWith(QLatin1String("/__admin/")) || request.path == QLatin1String("/__admin")) {
        const bool local = httpRequest.remoteAddress().isLoopback();
        write(socket,
              local ? admin(request)
                    : Replies::json(403, {{QStringLiteral("error"), QStringLiteral("admin is loopback-only")}}),
              true);
        return true;
    }
    request.sequence = m_log.record(request);
    serve(request, socket);
    return true;
}

void SimulatorServer::serve(const Request& received, QTcpSocket* socket)
{
    Request request = received;
    const QByteArray requestId = Identifiers::requestId();
    // Services read the request id like a gateway-added header.
    request.headers << qMakePair(QByteArrayLiteral("x-request-id"), requestId);
    const bool keepAlive = request.header("Connection").toLower() != "close";

    const std::optional<Fault> fault = m_faults.take(request, m_platform->prefixes());
    if (fault && fault->kind == Fault::Kind::Reset) {
        socket->abort();
        return;
    }
    Response response;
    if (!fault || fault->processesRequest())
        response = m_platform->handle(request);
    if (fault && (!fault->processesRequest() || fault->kind == Fault::Kind::Stored)) {
        response =
            fault->kind == Fault::Kind::ExpiredToken ? m_platform->expireTokenOf(request) : fault->response(requestId);
    }
    response.headers << qMakePair(QByteArrayLiteral("x-request-id"), requestId);
    if (m_verbose)
        QTextStream(stderr) << request.method << ' ' << request.path << " -> " << response.status
                            << (fault ? QStringLiteral(" [fault %1]").arg(fault->spec) : QString()) << '\n';
    if (fault)
        answerWithFault(*fault, response, socket, keepAlive);
    else
        write(socket, response, keepAlive);
}

void SimulatorServer::answerWithFault(const Fault& fault, Response response, QTcpSocket* socket, bool keepAlive)
{
    switch (fault.kind) {
    case Fault::Kind::Latency: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.argument, this, [this, guard, response, keepAlive] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(guard, response, keepAlive);
        });
        return;
    }
    case Fault::Kind::Drop:
        // Processed (the state changed), but the answer is lost.
        socket->disconnectFromHost();
        return;
    case Fault::Kind::Truncate:
        write(socket, response, false, response.body.size() / 2);
        socket->disconnectFromHost();
        return;
    case Fault::Kind::Malformed:
        response.body = response.body.isEmpty() ? QByteArrayLiteral("{\"items\": [{\"id\": ")
                                                : response.body.left(response.body.size() / 2) + "<<not json";
        if (response.status == 204)
            response.status = 200;
        write(socket, response, keepAlive);
        return;
    case Fault::Kind::Oversize: {
        Response big{200, QByteArrayLiteral("application/json"), response.headers, {}};
        const int size = std::max(fault.argument, 32);
        big.body = "{\"items\":[],\"padding\":\"" + QByteArray(size - 27, 'x') + "\"}";
        write(socket, big, keepAlive);
        return;
    }
    default:
        write(socket, response, keepAlive);
        return;
    }
}

void SimulatorServer::write(QTcpSocket* socket, const Response& response, bool keepAlive, qint64 bodyBytes)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204) {
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(bodyBytes < 0 ? response.body : response.body.left(bodyBytes));
    socket->flush();
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SimulatorServer::addAdminRoutes()
{
    Routes& admin = m_adminRoutes;
    admin.get(QStringLiteral("/requests"), [this](const Call& call) {
        const qint64 since = call.request.query.queryItemValue(QStringLiteral("since")).toLongLong();
        return Replies::json(
            200,
            {{QStringLiteral("requests"), m_log.since(since)}, {QStringLiteral("lastSequence"), m_log.lastSequence()}});
    });
    admin.remove(QStringLiteral("/requests"), [this](const Call&) {
        m_log.clear();
        return Replies::noContent();
    });
    admin.get(QStringLiteral("/stats"), [this](const Call&) {
        QJsonObject stats{{QStringLiteral("requestsReceived"), m_log.lastSequence()},
                          {QStringLiteral("connectionsAccepted"), m_connectionsAccepted}};
        m_platform->addStats(&stats);
        return Replies::json(200, stats);
    });
    admin.get(QStringLiteral("/faults"), [this](const Call&) {
        QJsonArray faults;
        for (const Fault& fault : m_faults.faults())
            faults.append(fault.toJson());
        return Replies::json(200, {{QStringLiteral("faults"), faults}});
    });
    admin.post(QStringLiteral("/faults"), [this](const Call& call) { return addFaults(call.request); });
    admin.remove(QStringLiteral("/faults"), [this](const Call&) {
        m_faults.clear();
        return Replies::noContent();
    });
    admin.post(QStringLiteral("/tokens/expire"), [this](const Call&) {
        m_platform->tokens()->clear();
        return Replies::noContent();
    });
    admin.post(QStringLiteral("/reset"), [this](const Call&) {
        m_platform->reset();
        m_log.clear();
        m_faults.clear();
        return Replies::noContent();
    });
}

Response SimulatorServer::addFaults(const Request& request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonArray list = document.isArray() ? document.array() : QJsonArray{document.object()};
    QList<Fault> parsed;
    for (const QJsonValue value : list) {
        QString error;
        const auto fault = Fault::fromJson(value.toObject(), &error);
        if (!fault)
            return Replies::json(400, {{QStringLiteral("error"), error}});
        parsed << *fault;
    }
    for (const Fault& fault : parsed)
        m_faults.add(fault);
    return Replies::json(201, {{QStringLiteral("added"), int(parsed.size())}});
}

Response SimulatorServer::admin(const Request& request)
{
    const QString route = request.path.mid(QStringLiteral("/__admin").size());
    const Call call{request, route, {}};
    const Routes* tables[] = {&m_adminRoutes, &m_platform->adminRoutes()};
    for (const Routes* routes : tables) {
        const Routes::Match match = routes->match(request.method, route);
        if (match.handler)
            return (*match.handler)(call);
    }
    return Replies::json(404, {{QStringLiteral("error"), QStringLiteral("no such admin route")}});
}

} // namespace Inlet::Sim
