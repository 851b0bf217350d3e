#include "NetworkBench.h"

#include "AwaitOperation.h"
#include "BenchTable.h"
#include "Samples.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "core/AppInfo.h"
#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace Inlet::Bench {

namespace {

const QString kMetric = QStringLiteral("create-connection round trip (token cached), ms");

// A curl config (curl -K) that POSTs `bodyFile` to `url` `count` times over one connection.
QByteArray
curlConfig(const Profile& profile, const QString& token, const QString& url, const QString& bodyFile, int count)
{
    auto quoted = [](const QString& text) {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return (u'"' + escaped + u'"').toUtf8();
    };
    QByteArray config = "silent\nshow-error\n";
    config += "user-agent = " + quoted(QString::fromUtf8(AppInfo::userAgent())) + '\n';
    const QStringList headers{QStringLiteral("Accept: application/json"),
                              QStringLiteral("Authorization: Bearer ") + token,
                              QStringLiteral("x-api-key: ") + profile.clientId,
                              QStringLiteral("x-gw-ims-org-id: ") + profile.orgId,
                              QStringLiteral("x-sandbox-name: ") + profile.sandbox,
                              QStringLiteral("Content-Type: application/json")};
    for (const QString& header : headers)
        config += "header = " + quoted(header) + '\n';
    config += "data-binary = " + quoted(u'@' + bodyFile) + '\n';
    config += "write-out = \"%{time_total} %{http_code}\\n\"\n";
    for (int i = 0; i < count; ++i)
        config += "url = " + quoted(url) + "\noutput = \"/dev/null\"\n";
    return config;
}

// The same POST on a bare QNetworkAccessManager: what Qt's HTTP stack costs without Inlet on top.
bool bareQtPost(QNetworkAccessManager& network,
                const Profile& profile,
                const QString& token,
                const QUrl& url,
                const QByteArray& body,
                QString* error)
{
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", AppInfo::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("x-api-key", profile.clientId.toUtf8());
    request.setRawHeader("x-gw-ims-org-id", profile.orgId.toUtf8());
    request.setRawHeader("x-sandbox-name", profile.sandbox.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->readAll();
    delete reply;
    if (status != 201)
        *error = QStringLiteral("bare Qt POST got HTTP %1").arg(status);
    return status == 201;
}

} // namespace

NetworkBench::NetworkBench(QString curlProgram, int rounds, int perRound)
    : m_curl(std::move(curlProgram))
    , m_rounds(rounds)
    , m_perRound(perRound)
{
}

void NetworkBench::run(BenchTable& table)
{
    SimulatorProcess simulator;
    if (!simulator.start()) {
        table.add(BenchRow::error(kMetric, simulator.errorText()));
        return;
    }
    const Profile profile = simulator.profile();
    const ConnectionDraft draft = SeedDrafts::spark();

    QNetworkAccessManager network;
    PlatformSession session(&network);
    session.setProfile(profile);
    session.setSecret(QStringLiteral("bench-client-secret"));
    QString error;
    // Signing in caches the token and opens the connection; one create warms the rest of the path.
    if (!awaitOperation(session.signIn(), &error)
        || !awaitOperation(FlowServiceClient(&session).createConnection(draft), &error)) {
        table.add(BenchRow::error(kMetric, QStringLiteral("Inlet: %1").arg(error)));
        return;
    }

    // curl gets its own token the way a script would, then reuses it.
    QTemporaryDir scratch;
    const QString createUrl = FlowServiceClient(&session).url(QStringLiteral("/connections")).toString();
    const QString bodyFile = scratch.filePath(QStringLiteral("body.json"));
    const QString configFile = scratch.filePath(QStringLiteral("curl.conf"));
    QString token;
    {
        QFile body(bodyFile);
        body.open(QIODevice::WriteOnly);
        body.write(draft.toJsonText());
        QProcess curl;
        curl.start(m_curl,
                   {QStringLiteral("-s"),
                    QStringLiteral("-d"),
                    QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=bench&scope=openid")
                        .arg(profile.clientId),
                    simulator.baseUrl().toString() + QStringLiteral("/ims/token/v3")});
        curl.waitForFinished(15000);
        token = QJsonDocument::fromJson(curl.readAllStandardOutput())
                    .object()
                    .value(QLatin1String("access_token"))
                    .toString();
        if (token.isEmpty()) {
            table.add(
                BenchRow::error(kMetric, QStringLiteral("curl (%1) got no token: %2").arg(m_curl, curl.errorString())));
            return;
        }
        QFile config(configFile);
        config.open(QIODevice::WriteOnly);
        config.write(curlConfig(profile, token, createUrl, bodyFile, m_perRound + 1));
    }

    QNetworkAccessManager bareNetwork;
    if (!bareQtPost(bareNetwork, profile, token, QUrl(createUrl), draft.toJsonText(), &error)) { // connects
        table.add(BenchRow::error(kMetric, error));
        return;
    }
    Samples inletMs;
    Samples curlMs;
    Samples bareMs;
    for (int round = 0; round < m_rounds; ++round) {
        for (int i = 0; i < m_perRound; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!bareQtPost(bareNetwork, profile, token, QUrl(createUrl), draft.toJsonText(), &error)) {
                table.add(BenchRow::error(kMetric, error));
                return;
            }
            bareMs.add(double(timer.nsecsElapsed()) / 1e6);
        }
        for (int i = 0; i < m_perRound; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!awaitOperation(FlowServiceClient(&session).createConnection(draft), &error)) {
                table.add(BenchRow::error(kMetric, QStringLiteral("Inlet: %1").arg(error)));
                return;
            }
            inletMs.add(double(timer.nsecsElapsed()) / 1e6);
        }
        QProcess curl;
        curl.start(m_curl, {QStringLiteral("-K"), configFile});
        curl.waitForFinished(60000);
        const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
        if (lines.size() != m_perRound + 1) {
            table.add(BenchRow::error(kMetric,
                                      QStringLiteral("curl answered %1 lines: %2")
                                          .arg(lines.size())
                                          .arg(QString::fromUtf8(curl.readAllStandardError()))));
            return;
        }
        for (int i = 1; i < lines.size(); ++i) { // the first transfer also connects
            const QList<QByteArray> words = lines.at(i).split(' ');
            if (words.value(1) != "201") {
                table.add(BenchRow::error(kMetric,
                                          QStringLiteral("curl got HTTP %1").arg(QString::fromLatin1(words.value(1)))));
                return;
            }
            curlMs.add(words.value(0).toDouble() * 1000.0);
        }
    }
    // The warm-ups, then per round Inlet's, bare Qt's and curl's creates (one more: the dropped first).
    const int expected = 2 + m_rounds * (3 * m_perRound + 1);
    const int created = simulator.stats().value(QLatin1String("connectionCount")).toInt();
    if (created != expected) {
        table.add(BenchRow::error(
            kMetric, QStringLiteral("the simulator holds %1 connections, not %2").arg(created).arg(expected)));
        return;
    }
    // No budget: on loopback this measures Qt's fixed cost per request, not the journey's network time.
    table.add(BenchRow::info(
        kMetric + QStringLiteral(" (%1 each, vs curl)").arg(inletMs.count()), {}, inletMs.median(), curlMs.median()));
    table.add(BenchRow::info(QStringLiteral("the same POST on a bare QNetworkAccessManager (Qt's share), ms"),
                             {},
                             bareMs.median(),
                             curlMs.median()));
}

} // namespace Inlet::Bench
