#include "Http2Front.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Inlet::Sim {

namespace {

constexpr int kStartTimeoutMs = 15000;

bool writePrivateFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && file.write(contents) == contents.size();
}

QByteArray frontScript()
{
    QFile script(QStringLiteral(":/sim/http2-front.mjs"));
    return script.open(QIODevice::ReadOnly) ? script.readAll() : QByteArray();
}

// A port nothing listens on now; the front is told which one to take.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

Http2Front::~Http2Front()
{
    if (m_front.state() != QProcess::NotRunning) {
        m_front.terminate();
        if (!m_front.waitForFinished(3000))
            m_front.kill();
        m_front.waitForFinished(1000);
    }
}

quint16 Http2Front::start(
    const QSslCertificate& certificate, const QSslKey& key, quint16 backendPort, quint16 port, QString* error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node is missing (scripts/setup-debian.sh installs it)");
        return 0;
    }
    const QString certificateFile = m_files.filePath(QStringLiteral("server.pem"));
    const QString keyFile = m_files.filePath(QStringLiteral("server.key"));
    if (!m_files.isValid() || !writePrivateFile(certificateFile, certificate.toPem())
        || !writePrivateFile(keyFile, key.toPem())) {
        *error = QStringLiteral("cannot write the server certificate for the front");
        return 0;
    }
    if (port == 0)
        port = freeLoopbackPort();
    if (port == 0) {
        *error = QStringLiteral("no free port on 127.0.0.1");
        return 0;
    }
    m_front.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A simulator that is killed takes its front with it, so no stray process keeps the port.
    m_front.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_front.start(node,
                  {QStringLiteral("--input-type=module"),
                   QStringLiteral("--eval"),
                   QString::fromUtf8(frontScript()),
                   QString::number(port),
                   QString::number(backendPort),
                   certificateFile,
                   keyFile});
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (m_front.waitForReadyRead(int(deadline.remainingTime()))) {
        if (m_front.readAll().contains("listening"))
            return port;
    }
    *error = QStringLiteral("the HTTP/2 front did not start on 127.0.0.1:%1: %2").arg(port).arg(m_front.errorString());
    return 0;
}

} // namespace Inlet::Sim
