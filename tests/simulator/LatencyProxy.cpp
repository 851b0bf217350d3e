#include "LatencyProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Inlet::Sim {

LatencyProxy::LatencyProxy(std::chrono::milliseconds oneWay, quint16 serverPort, QObject* parent)
    : QObject(parent)
    , m_oneWay(oneWay)
    , m_serverPort(serverPort)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &LatencyProxy::accept);
}

quint16 LatencyProxy::listenOnLoopback(quint16 port)
{
    return m_listener.listen(QHostAddress::LocalHost, port) ? m_listener.serverPort() : 0;
}

void LatencyProxy::accept()
{
    while (QTcpSocket* client = m_listener.nextPendingConnection()) {
        auto* server = new QTcpSocket(client);
        // The delay is the only thing the proxy adds: each chunk leaves when due, not when Nagle's
        // algorithm has seen loopback's delayed acknowledgement of the one before (up to 40 ms).
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(server, &QAbstractSocket::connected, server, [server] {
            server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        server->connectToHost(QHostAddress::LocalHost, m_serverPort);
        // SYN out, SYN-ACK back: a real client's first bytes leave one round trip after connect().
        new DelayedPipe(client, server, m_oneWay, 3 * m_oneWay);
        new DelayedPipe(server, client, m_oneWay);
        // Once the client has gone, what is still on its way to it has nowhere to go.
        connect(client, &QAbstractSocket::disconnected, client, [client, oneWay = m_oneWay] {
            QTimer::singleShot(oneWay, client, &QObject::deleteLater);
        });
    }
}

DelayedPipe::DelayedPipe(QTcpSocket* from,
                         QTcpSocket* to,
                         std::chrono::milliseconds oneWay,
                         std::chrono::milliseconds notBefore)
    : QObject(from)
    , m_from(from)
    , m_to(to)
    , m_oneWayMs(oneWay.count())
    , m_lastDueMs(notBefore.count())
{
    m_clock.start();
    connect(from, &QIODevice::readyRead, this, [this] { enqueue(m_from->readAll(), false); });
    connect(from, &QAbstractSocket::disconnected, this, [this] { enqueue({}, true); });
}

void DelayedPipe::enqueue(QByteArray bytes, bool close)
{
    const qint64 now = m_clock.elapsed();
    m_lastDueMs = std::max(now + m_oneWayMs, m_lastDueMs);
    m_queue.append({m_lastDueMs, std::move(bytes), close});
    QTimer::singleShot(std::chrono::milliseconds(m_lastDueMs - now), Qt::PreciseTimer, this, &DelayedPipe::deliverDue);
}

void DelayedPipe::deliverDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && m_queue.first().dueMs <= now) {
        const Chunk chunk = m_queue.takeFirst();
        if (chunk.close)
            m_to->disconnectFromHost();
        else
            m_to->write(chunk.bytes);
    }
    if (!m_queue.isEmpty() && m_queue.first().dueMs > now) {
        QTimer::singleShot(
            std::chrono::milliseconds(m_queue.first().dueMs - now), Qt::PreciseTimer, this, &DelayedPipe::deliverDue);
    }
}

} // namespace Inlet::Sim
