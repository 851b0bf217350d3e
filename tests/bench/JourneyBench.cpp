#include "JourneyBench.h"

#include "AwaitOperation.h"
#include "BenchTable.h"
#include "Samples.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "core/AppInfo.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/Setup.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace Inlet::Bench {

namespace {

constexpr int kRoundTripMs = 40;
const QString kMetric = QStringLiteral("journey at 40 ms round trip over TLS");
const QString kStaticToken = QStringLiteral("bench-journey-static-token");

// The wait for one press: the use case's operation from start to finish; -1 when it failed.
template <typename Op>
double timedWait(Op* operation, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    return awaitOperation(operation, error, 30000) ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

QByteArray quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return (u'"' + escaped + u'"').toUtf8();
}

// What a script following the seed documents sends, as one curl config: the token, the create and the
// explore, each a transfer of its own (`next`), all on one connection. The create and explore carry
// the simulator's static token, as a script carries the one it got; the explore asks for a
// connection that exists, as the script's would after its create.
QByteArray curlConfig(const Profile& profile,
                      const QUrl& base,
                      const QString& caFile,
                      const QString& bodyFile,
                      const QString& connectionId)
{
    const QByteArray common = "silent\nshow-error\ncacert = " + quoted(caFile)
        + "\nuser-agent = " + quoted(QString::fromUtf8(AppInfo::userAgent()))
        + "\noutput = \"/dev/null\"\nwrite-out = \"%{time_total} %{http_code}\\n\"\n";
    QByteArray headers;
    for (const QString& header : {QStringLiteral("Accept: application/json"),
                                  QStringLiteral("Authorization: Bearer ") + kStaticToken,
                                  QStringLiteral("x-api-key: ") + profile.clientId,
                                  QStringLiteral("x-gw-ims-org-id: ") + profile.orgId,
                                  QStringLiteral("x-sandbox-name: ") + profile.sandbox})
        headers += "header = " + quoted(header) + '\n';
    const QString flow = base.toString() + QStringLiteral("/data/foundation/flowservice");
    QByteArray config = common;
    config += "data = "
        + quoted(QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2&scope=openid")
                     .arg(profile.clientId, SimulatorProcess::clientSecret()))
        + '\n';
    config += "url = " + quoted(base.toString() + QStringLiteral("/ims/token/v3")) + '\n';
    config += "next\n" + common + headers + "header = \"Content-Type: application/json\"\n";
    config += "data-binary = " + quoted(u'@' + bodyFile) + '\n';
    config += "url = " + quoted(flow + QStringLiteral("/connections")) + '\n';
    config += "next\n" + common + headers;
    config += "url = "
        + quoted(flow + QStringLiteral("/connections/") + connectionId + QStringLiteral("/explore?objectType=root"))
        + '\n';
    return config;
}

struct Press
{
    QString name;
    Samples waitMs;
};

} // namespace

JourneyBench::JourneyBench(QString curlProgram, int repetitions)
    : m_curl(std::move(curlProgram))
    , m_repetitions(repetitions)
{
}

void JourneyBench::run(BenchTable& table) const
{
    QTemporaryDir scratch;
    const QString caFile = scratch.filePath(QStringLiteral("ca.pem"));
    SimulatorProcess simulator({QStringLiteral("--tls"),
                                caFile,
                                QStringLiteral("--latency"),
                                QString::number(kRoundTripMs / 2),
                                QStringLiteral("--static-token"),
                                kStaticToken});
    if (!simulator.start()) {
        table.add(BenchRow::error(kMetric, simulator.errorText()));
        return;
    }
    // This CA and nothing else, for this process only: never a blanket ignoreSslErrors.
    const QSslConfiguration systemTls = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = systemTls;
    trusting.addCaCertificates(QSslCertificate::fromPath(caFile));
    QSslConfiguration::setDefaultConfiguration(trusting);

    const Profile profile = simulator.profile();
    const ConnectionDraft draft = SeedDrafts::spark();
    Settings settings(scratch.filePath(QStringLiteral("inlet.ini")));
    KeychainSecretStore secrets;

    QList<Press> presses{{QStringLiteral("Next on Account (sign in)"), {}},
                         {QStringLiteral("Next on Source (existing connections)"), {}},
                         {QStringLiteral("Create on Review"), {}},
                         {QStringLiteral("Test on Result"), {}}};
    Samples totals;
    QString connectionId;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        QNetworkAccessManager network; // nothing connected yet, as at start-up
        Setup setup(settings, secrets, network);
        setup.signIn().confirmAddresses(profile);
        // What the account page does once it is on screen; the user then types for a while.
        setup.signIn().preconnect(profile);
        QTest::qWait(1000);
        QString error;
        QList<double> waits;
        waits << timedWait(setup.signIn().signIn(profile, SimulatorProcess::clientSecret(), false), &error);
        if (error.isEmpty())
            waits << timedWait(setup.existingConnections().list(draft.connectionSpecId), &error);
        NewConnectionOperation* create = nullptr;
        if (error.isEmpty()) {
            create = setup.createConnection().create(draft, false);
            QObject::connect(create, &Operation::finished, create, [&connectionId, create] {
                if (!create->error())
                    connectionId = create->result().connection.id;
            });
            waits << timedWait(create, &error);
        }
        if (error.isEmpty())
            waits << timedWait(setup.testConnection().test(connectionId), &error);
        if (!error.isEmpty()) {
            table.add(BenchRow::error(kMetric, QStringLiteral("Inlet: %1").arg(error)));
            QSslConfiguration::setDefaultConfiguration(systemTls);
            return;
        }
        double total = 0;
        for (int i = 0; i < presses.size(); ++i) {
            presses[i].waitMs.add(waits.at(i));
            total += waits.at(i);
        }
        totals.add(total);
    }
    QSslConfiguration::setDefaultConfiguration(systemTls);

    // The peer, alternating with nothing: curl runs after Inlet, on the same simulator.
    const QString bodyFile = scratch.filePath(QStringLiteral("body.json"));
    const QString configFile = scratch.filePath(QStringLiteral("curl.conf"));
    {
        QFile body(bodyFile);
        QFile config(configFile);
        if (!body.open(QIODevice::WriteOnly) || body.write(draft.toJsonText()) < 0 || !config.open(QIODevice::WriteOnly)
            || config.write(curlConfig(profile, simulator.baseUrl(), caFile, bodyFile, connectionId)) < 0) {
            table.add(BenchRow::error(kMetric, QStringLiteral("cannot write the curl script")));
            return;
        }
    }
    Samples curlTotals;
    for (int repetition = 0; repetition < m_repetitions; ++repetition) {
        QProcess curl;
        curl.start(m_curl, {QStringLiteral("-K"), configFile});
        if (!curl.waitForFinished(60000) || curl.exitCode() != 0) {
            table.add(BenchRow::error(
                kMetric, QStringLiteral("curl failed: %1").arg(QString::fromLocal8Bit(curl.readAllStandardError()))));
            return;
        }
        const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
        double total = 0;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            const int status = fields.value(1).toInt();
            if (status < 200 || status > 299) {
                table.add(BenchRow::error(kMetric, QStringLiteral("curl got HTTP %1").arg(status)));
                return;
            }
            total += fields.value(0).toDouble() * 1000;
        }
        if (lines.size() != 3) {
            table.add(BenchRow::error(kMetric, QStringLiteral("curl made %1 transfers, not 3").arg(lines.size())));
            return;
        }
        curlTotals.add(total);
    }

    for (const Press& press : presses) {
        const double wait = press.waitMs.median();
        table.add(BenchRow::info(kMetric + QStringLiteral(": %1, wait, median, ms").arg(press.name), {}, wait));
        // A quarter of a round trip is left for Inlet's and the simulator's own work; one round trip
        // is what the API needs for each press once the connection is open.
        const double roundTrips = std::floor(wait / kRoundTripMs + 0.25);
        table.add(BenchRow::withLimit(
            kMetric + QStringLiteral(": %1, round trips waited (wait ÷ 40 ms)").arg(press.name), {}, roundTrips, 1));
    }
    table.add(
        BenchRow::withRatio(kMetric + QStringLiteral(": total wait, median, ms (vs curl: token, create, explore)"),
                            {},
                            totals.median(),
                            curlTotals.median(),
                            1.0));
}

} // namespace Inlet::Bench
