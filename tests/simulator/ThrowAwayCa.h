#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// `--tls FILE`: a certificate authority made for this run only, and a server certificate it signed
// for 127.0.0.1 and localhost. The CA's certificate is written to FILE, which tests and the benchmark
// trust explicitly (QSslConfiguration::addCaCertificates); its key never leaves a temporary folder
// that is gone when make() returns. Uses the openssl command.
struct ThrowAwayCa
{
    QSslCertificate serverCertificate;
    QSslKey serverKey;

    static std::optional<ThrowAwayCa> make(const QString& caCertificateFile, QString* error);
};

} // namespace Inlet::Sim
