#include "ThrowAwayCa.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Inlet::Sim {

namespace {

bool openssl(const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2%3")
                     .arg(arguments.value(0), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::optional<ThrowAwayCa> ThrowAwayCa::make(const QString& caCertificateFile, QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString caCert = dir.filePath(QStringLiteral("ca.pem"));
    const QString key = dir.filePath(QStringLiteral("server.key"));
    const QString request = dir.filePath(QStringLiteral("server.csr"));
    const QString cert = dir.filePath(QStringLiteral("server.pem"));
    const QString extensions = dir.filePath(QStringLiteral("server.ext"));
    {
        QFile file(extensions);
        if (!file.open(QIODevice::WriteOnly)
            || file.write("basicConstraints = critical, CA:FALSE\n"
                          "keyUsage = critical, digitalSignature, keyEncipherment\n"
                          "extendedKeyUsage = serverAuth\n"
                          "subjectAltName = IP:127.0.0.1, DNS:localhost\n")
                < 0) {
            *error = QStringLiteral("cannot write %1").arg(extensions);
            return std::nullopt;
        }
    }
    const QStringList newKey = {QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes")};
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey
                     + QStringList{QStringLiteral("-days"),
                                   QStringLiteral("2"),
                                   QStringLiteral("-subj"),
                                   QStringLiteral("/CN=Inlet simulator throw-away CA"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                                   QStringLiteral("-keyout"),
                                   caKey,
                                   QStringLiteral("-out"),
                                   caCert},
                 error)
        || !openssl(QStringList{QStringLiteral("req")} + newKey
                        + QStringList{QStringLiteral("-subj"),
                                      QStringLiteral("/CN=127.0.0.1"),
                                      QStringLiteral("-keyout"),
                                      key,
                                      QStringLiteral("-out"),
                                      request},
                    error)
        || !openssl({QStringLiteral("x509"),
                     QStringLiteral("-req"),
                     QStringLiteral("-in"),
                     request,
                     QStringLiteral("-CA"),
                     caCert,
                     QStringLiteral("-CAkey"),
                     caKey,
                     QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"),
                     QStringLiteral("2"),
                     QStringLiteral("-extfile"),
                     extensions,
                     QStringLiteral("-out"),
                     cert},
                    error)) {
        return std::nullopt;
    }
    ThrowAwayCa made;
    made.serverCertificate = QSslCertificate(readAll(cert), QSsl::Pem);
    made.serverKey = QSslKey(readAll(key), QSsl::Rsa, QSsl::Pem);
    const QByteArray caPem = readAll(caCert);
    QFile out(caCertificateFile);
    if (made.serverCertificate.isNull() || made.serverKey.isNull() || caPem.isEmpty()
        || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(caPem) != caPem.size()) {
        *error = QStringLiteral("cannot write the CA certificate to %1").arg(caCertificateFile);
        return std::nullopt;
    }
    return made;
}

} // namespace Inlet::Sim
