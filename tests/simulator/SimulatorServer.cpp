#include "SimulatorServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

namespace Inlet::Sim {

namespace {

constexpr int kLogCapacity = 500;

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

Response json(int status, const QJsonObject& object)
{
    return Response{
        status, QByteArrayLiteral("application/json"), {}, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Response faultResponse(const Fault& fault, const QByteArray& requestId)
{
    switch (fault.kind) {
    case Fault::Kind::TooManyRequests: {
        Response response = json(429,
                                 {{QStringLiteral("error_code"), QStringLiteral("429050")},
                                  {QStringLiteral("message"), QStringLiteral("Too many requests")}});
        response.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(fault.argument));
        return response;
    }
    case Fault::Kind::Html:
        return Response{502,
                        QByteArrayLiteral("text/html"),
                        {},
                        QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                                          "<body><h1>502 Bad Gateway</h1><p>The proxy server received an invalid "
                                          "response from an upstream server.</p></body></html>\n")};
    case Fault::Kind::Status: {
        if (fault.argument == 502)
            return json(502,
                        {{QStringLiteral("error_code"), QStringLiteral("502000")},
                         {QStringLiteral("message"), QStringLiteral("Bad gateway")}});
        const bool unavailable = fault.argument == 503;
        const QString code = unavailable ? QStringLiteral("FLOW-1103-503")
            : fault.argument == 504      ? QStringLiteral("FLOW-1104-504")
                                         : QStringLiteral("FLOW-1102-500");
        const QString message = unavailable ? QStringLiteral("The service is temporarily unavailable.")
                                            : QStringLiteral("An internal error occurred. Try again later.");
        return json(fault.argument,
                    {{QStringLiteral("type"), QStringLiteral("https://ns.adobe.com/aep/errors/") + code},
                     {QStringLiteral("title"),
                      unavailable ? QStringLiteral("Service Unavailable") : QStringLiteral("Internal Error")},
                     {QStringLiteral("status"), fault.argument},
                     {QStringLiteral("report"),
                      QJsonObject{{QStringLiteral("detailed-message"), message},
                                  {QStringLiteral("request-id"), QString::fromLatin1(requestId)}}},
                     {QStringLiteral("errorMessage"), message}});
    }
    default:
        return {};
    }
}

} // namespace

SimulatorServer::SimulatorServer(PlatformSimulator* simulator, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_simulator(simulator)
{
}

quint16 SimulatorServer::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void SimulatorServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket, json(404, {{QStringLiteral("error_code"), QStringLiteral("404000")}}), true);
}

bool SimulatorServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    Request request;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();

    if (request.path.startsWith(QLatin1String("/__admin/")) || request.path == QLatin1String("/__admin")) {
        const bool local = httpRequest.remoteAddress().isLoopback();
        write(socket,
              local ? admin(request) : json(403, {{QStringLiteral("error"), QStringLiteral("admin is loopback-only")}}),
              true);
        return true;
    }
    request.sequence = ++m_sequence;
    m_log.append(request);
    while (m_log.size() > kLogCapacity)
        m_log.removeFirst();
    serve(request, socket);
    return true;
}

void SimulatorServer::serve(const Request& received, QTcpSocket* socket)
{
    Request request = received;
    const QByteArray requestId = PlatformSimulator::newRequestId();
    // The simulator's handlers read the request id like a gateway-added header.
    request.headers << qMakePair(QByteArrayLiteral("x-request-id"), requestId);
    const bool keepAlive = request.header("Connection").toLower() != "close";

    const std::optional<Fault> fault =
        m_faults.take(request, {PlatformSimulator::flowPrefix(), PlatformSimulator::landingZonePrefix()});
    Response response;
    if (fault && !fault->processesRequest()) {
        if (fault->kind == Fault::Kind::Reset) {
            socket->abort();
            return;
        }
        response = fault->kind == Fault::Kind::ExpiredToken ? m_simulator->expireTokenOf(request)
                                                            : faultResponse(*fault, requestId);
    } else {
        response = m_simulator->handle(request);
    }
    response.headers << qMakePair(QByteArrayLiteral("x-request-id"), requestId);
    if (m_verbose)
        QTextStream(stderr) << request.method << ' ' << request.path << " -> " << response.status
                            << (fault ? QStringLiteral(" [fault %1]").arg(fault->spec) : QString()) << '\n';

    if (!fault || fault->processesRequest() == false) {
        write(socket, response, keepAlive);
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Latency: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->argument, this, [this, guard, response, keepAlive] {
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
        const int size = std::max(fault->argument, 32);
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

QJsonObject SimulatorServer::requestJson(const Request& request)
{
    QJsonObject headers;
    for (const auto& [name, value] : request.headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString existing = headers.value(key).toString();
        headers.insert(key,
                       existing.isEmpty() ? QString::fromUtf8(value)
                                          : existing + QStringLiteral(", ") + QString::fromUtf8(value));
    }
    QJsonObject object{{QStringLiteral("sequence"), request.sequence},
                       {QStringLiteral("receivedAt"), request.receivedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), QString::fromLatin1(request.method)},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("body"), QString::fromUtf8(request.body)}};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError)
        object.insert(QStringLiteral("json"),
                      document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    return object;
}

Response SimulatorServer::admin(const Request& request)
{
    const QString route = request.path.mid(QStringLiteral("/__admin").size());
    const QByteArray& method = request.method;
    if (route == QLatin1String("/requests") && method == "GET") {
        const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong();
        QJsonArray requests;
        for (const Request& logged : m_log) {
            if (logged.sequence > since)
                requests.append(requestJson(logged));
        }
        return json(200, {{QStringLiteral("requests"), requests}, {QStringLiteral("lastSequence"), m_sequence}});
    }
    if (route == QLatin1String("/requests") && method == "DELETE") {
        m_log.clear();
        return Response{204, {}, {}, {}};
    }
    if (route == QLatin1String("/stats") && method == "GET") {
        return json(200,
                    {{QStringLiteral("imsTokenRequests"), m_simulator->imsTokenRequests()},
                     {QStringLiteral("connectionCount"), m_simulator->connectionCount()},
                     {QStringLiteral("connectionsCreated"), m_simulator->connectionsCreated()},
                     {QStringLiteral("requestsReceived"), qint64(m_sequence)}});
    }
    if (route == QLatin1String("/connections") && method == "GET")
        return json(200, {{QStringLiteral("items"), m_simulator->connectionsJson()}});
    if (route == QLatin1String("/landingzone") && method == "GET")
        return json(200, m_simulator->landingZoneJson());
    if (route == QLatin1String("/faults")) {
        if (method == "GET") {
            QJsonArray faults;
            for (const Fault& fault : m_faults.faults())
                faults.append(fault.toJson());
            return json(200, {{QStringLiteral("faults"), faults}});
        }
        if (method == "DELETE") {
            m_faults.clear();
            return Response{204, {}, {}, {}};
        }
        if (method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            const QJsonArray list = document.isArray() ? document.array() : QJsonArray{document.object()};
            QList<Fault> parsed;
            for (const QJsonValue& value : list) {
                QString error;
                const auto fault = Fault::fromJson(value.toObject(), &error);
                if (!fault)
                    return json(400, {{QStringLiteral("error"), error}});
                parsed << *fault;
            }
            for (const Fault& fault : parsed)
                m_faults.add(fault);
            return json(201, {{QStringLiteral("added"), int(parsed.size())}});
        }
    }
    if (route == QLatin1String("/tokens/expire") && method == "POST") {
        m_simulator->expireAllTokens();
        return Response{204, {}, {}, {}};
    }
    if (route == QLatin1String("/reset") && method == "POST") {
        m_simulator->reset();
        m_log.clear();
        m_faults.clear();
        return Response{204, {}, {}, {}};
    }
    return json(404, {{QStringLiteral("error"), QStringLiteral("no such admin route")}});
}

} // namespace Inlet::Sim
