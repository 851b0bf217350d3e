#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>

#include <chrono>

class QTcpSocket;

namespace Inlet::Sim {

// A long network in front of the simulator (`--latency MS`): every byte between a client and the
// server arrives `oneWay` after it was sent, in order, in both directions. Loopback completes the TCP
// handshake at once, so a new connection's first bytes wait one round trip more, as they would behind
// a SYN and its answer. TLS passes through untouched: the server behind it does the handshake.
class LatencyProxy : public QObject
{
    Q_OBJECT

public:
    LatencyProxy(std::chrono::milliseconds oneWay, quint16 serverPort, QObject* parent = nullptr);

    // Listens on 127.0.0.1:`port` (0: any); the port, or 0 if it cannot.
    quint16 listenOnLoopback(quint16 port);

private:
    void accept();

    const std::chrono::milliseconds m_oneWay;
    const quint16 m_serverPort;
    QTcpServer m_listener;
};

// One direction of one connection: what `from` sends reaches `to` no earlier than `oneWay` after it
// was read, and never before what was read earlier. Closing travels the same way.
class DelayedPipe : public QObject
{
    Q_OBJECT

public:
    // `notBefore`: nothing arrives earlier than this after the pipe was made (a handshake to wait for).
    DelayedPipe(QTcpSocket* from,
                QTcpSocket* to,
                std::chrono::milliseconds oneWay,
                std::chrono::milliseconds notBefore = std::chrono::milliseconds(0));

private:
    struct Chunk
    {
        qint64 dueMs;
        QByteArray bytes;
        bool close = false;
    };

    void enqueue(QByteArray bytes, bool close);
    void deliverDue();

    QTcpSocket* m_from;
    QTcpSocket* m_to;
    const qint64 m_oneWayMs;
    qint64 m_lastDueMs; // on m_clock
    QElapsedTimer m_clock;
    QList<Chunk> m_queue;
};

} // namespace Inlet::Sim
