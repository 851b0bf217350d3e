#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace Inlet::Sim {

// `--http2`: the simulator's HTTPS answered as Adobe's edge answers it, HTTP/2 for clients that offer
// it in the TLS handshake (ALPN) and HTTP/1.1 for the others. Qt's HTTP server speaks HTTP/1.1 only,
// so Node's http2 module (http2-front.mjs; Node is there for the contract tests already) terminates
// TLS on 127.0.0.1 and passes each request on to the simulator's plain port. The certificate and key
// live in a private temporary folder while it runs.
class Http2Front
{
public:
    Http2Front() = default;
    ~Http2Front();
    Http2Front(const Http2Front&) = delete;
    Http2Front& operator=(const Http2Front&) = delete;

    // Starts the front on 127.0.0.1:`port` (0: a free one) in front of 127.0.0.1:`backendPort` and waits
    // until it listens; its port, or 0 with `error` set.
    quint16
    start(const QSslCertificate& certificate, const QSslKey& key, quint16 backendPort, quint16 port, QString* error);

private:
    QTemporaryDir m_files;
    QProcess m_front;
};

} // namespace Inlet::Sim
