#pragma once

// Starts the real inlet-platform-sim executable for a test and talks to its admin routes.
//
//     SimulatorProcess sim({"--token-lifetime", "5"});
//     QVERIFY2(sim.start(), qPrintable(sim.errorText()));
//     Profile profile = sim.profile();          // platformUrl/imsUrl point at the simulator
//     …
//     QCOMPARE(sim.stats().value("connectionCount").toInt(), 1);
//
// The executable comes from $INLET_PLATFORM_SIM (tests/integration/CMakeLists.txt sets it). The
// process is killed when the object goes away.

#include "core/Profile.h"
#include "platform/PlatformSession.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class SimulatorProcess
{
public:
    explicit SimulatorProcess(QStringList arguments = {})
        : m_arguments(std::move(arguments))
    {
    }
    ~SimulatorProcess() { stop(); }
    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    static QString executable() { return qEnvironmentVariable("INLET_PLATFORM_SIM"); }

    // Starts the simulator on a free port and waits (up to 15 s) for "listening on http://127.0.0.1:PORT".
    bool start()
    {
        if (executable().isEmpty()) {
            m_error = QStringLiteral("INLET_PLATFORM_SIM is not set");
            return false;
        }
        m_process.setProgram(executable());
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + m_arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (!output.contains('\n') && timer.elapsed() < 15000) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
        }
        const QString firstLine = QString::fromUtf8(output.left(output.indexOf('\n')));
        static const QRegularExpression listening(QStringLiteral("^listening on (https?)://127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = listening.match(firstLine);
        if (!match.hasMatch()) {
            m_error = QStringLiteral("unexpected first line %1; stderr: %2")
                          .arg(firstLine, QString::fromUtf8(m_process.readAllStandardError()));
            stop();
            return false;
        }
        m_scheme = match.captured(1);
        m_port = match.captured(2).toUShort();
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString errorText() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port)); }
    QString standardError() { return QString::fromUtf8(m_process.readAllStandardError()); }

    // The client secret test sessions sign in with; the simulator accepts any.
    static QString clientSecret() { return QStringLiteral("client-secret-for-tests"); }

    // A session on `network` with profile() and clientSecret(), not yet signed in.
    std::unique_ptr<Inlet::PlatformSession> session(QNetworkAccessManager* network) const
    {
        auto session = std::make_unique<Inlet::PlatformSession>(network);
        session->setProfile(profile());
        session->setSecret(clientSecret());
        return session;
    }

    // A profile whose Platform and IMS base URLs are the simulator.
    Inlet::Profile profile() const
    {
        Inlet::Profile profile;
        profile.name = QStringLiteral("sim");
        profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        profile.sandbox = QStringLiteral("prod");
        profile.clientId = QStringLiteral("sim-client-id");
        profile.platformUrl = baseUrl();
        profile.imsUrl = baseUrl();
        return profile;
    }

    // --- admin routes ---
    QJsonObject stats() { return admin("GET", QStringLiteral("/stats")).object(); }
    QJsonArray requests(qint64 since = 0)
    {
        return admin("GET", QStringLiteral("/requests?since=%1").arg(since))
            .object()
            .value(QLatin1String("requests"))
            .toArray();
    }
    // The logged requests whose path ends with `pathSuffix`, trailing slash ignored (and method, when given).
    QJsonArray requestsTo(const QString& pathSuffix, const QString& method = {})
    {
        QJsonArray matching;
        for (const QJsonValue value : requests()) {
            const QJsonObject request = value.toObject();
            QString path = request.value(QLatin1String("path")).toString();
            if (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            if (path.endsWith(pathSuffix)
                && (method.isEmpty() || request.value(QLatin1String("method")).toString() == method))
                matching.append(request);
        }
        return matching;
    }
    QJsonArray connections()
    {
        return admin("GET", QStringLiteral("/connections")).object().value(QLatin1String("items")).toArray();
    }
    QJsonObject landingZone() { return admin("GET", QStringLiteral("/landingzone")).object(); }
    bool addFault(const QString& method, const QString& path, const QString& fault, int argument = 0, int count = 1)
    {
        const QJsonObject body{{QStringLiteral("method"), method},
                               {QStringLiteral("path"), path},
                               {QStringLiteral("fault"), fault},
                               {QStringLiteral("argument"), argument},
                               {QStringLiteral("count"), count}};
        return admin("POST", QStringLiteral("/faults"), QJsonDocument(body).toJson())
                   .object()
                   .value(QLatin1String("added"))
                   .toInt()
            == 1;
    }
    void clearFaults() { admin("DELETE", QStringLiteral("/faults")); }
    void expireTokens() { admin("POST", QStringLiteral("/tokens/expire")); }
    void reset() { admin("POST", QStringLiteral("/reset")); }

    // A synchronous admin call on its own manager (never the client's under test).
    QJsonDocument admin(const QByteArray& method, const QString& route, const QByteArray& body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(baseUrl().toString() + QStringLiteral("/__admin") + route));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.sendCustomRequest(request, method, body);
        // Only this helper talks to a --tls-cert simulator's self-signed certificate; the client
        // under test never ignores TLS errors.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return document;
    }

private:
    QStringList m_arguments;
    QProcess m_process;
    QString m_error;
    QString m_scheme = QStringLiteral("http");
    quint16 m_port = 0;
};
