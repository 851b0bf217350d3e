// Nothing secret reaches the log: every inlet logging category enabled, every message captured
// while the client signs in, creates and fetches landing-zone credentials against the
// real inlet-platform-sim – including error bodies and a truncated response.

#include "PlatformTestSupport.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "platform/FlowServiceClient.h"
#include "platform/LandingZoneClient.h"
#include "platform/PlatformSession.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Inlet;

namespace {

QMutex g_mutex;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
}

const QString kClientSecret = QStringLiteral("Cl1ent-S3cret-Value");
const QString kPassword = QStringLiteral("P@ss-Secret-123'\"x");
const QString kDatabricksToken = QStringLiteral("dapi-SECRET-token-999");

} // namespace

class TestFlowServiceLogs : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInAnyLogMessage();
};

void TestFlowServiceLogs::noSecretInAnyLogMessage()
{
    SimulatorProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.errorText()));
    QNetworkAccessManager network;
    PlatformSession session(&network);
    session.setProfile(sim.profile());
    session.setSecret(kClientSecret);
    HttpPolicy policy;
    policy.backoffBase = std::chrono::milliseconds(20);
    session.setPolicy(policy);
    const FlowServiceClient flow(&session);
    const LandingZoneClient zone(&session);

    QLoggingCategory::setFilterRules(QStringLiteral("inlet.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QVERIFY(!await(session.signIn()).error);
    ConnectionDraft spark = SeedDrafts::spark();
    spark.params.insert(QStringLiteral("password"), kPassword);
    const auto created = await(flow.createConnection(spark));
    QVERIFY2(!created.error, qPrintable(created.error.details()));

    ConnectionDraft databricks = SeedDrafts::databricks();
    databricks.params.insert(QStringLiteral("accessToken"), kDatabricksToken);
    databricks.params.insert(QStringLiteral("clusterId"), 17); // wrong type: the 400 body is logged too
    QCOMPARE(await(flow.createConnection(databricks)).error.code(), QStringLiteral("FLOW-1100-400"));
    databricks.params.insert(QStringLiteral("clusterId"), QStringLiteral("0123-456789-abcdefgh"));
    QVERIFY(sim.addFault(QStringLiteral("POST"), QStringLiteral("/connections"), QStringLiteral("expired-token")));
    QVERIFY(!await(flow.createConnection(databricks)).result.id.isEmpty());

    QVERIFY(sim.addFault(QStringLiteral("GET"), QStringLiteral("/credentials"), QStringLiteral("truncate")));
    const auto credentials = await(zone.credentials());
    QVERIFY(!credentials.error);
    const auto refreshed = await(zone.refreshCredentials());
    QVERIFY(!refreshed.error);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // Every bearer token the simulator saw, every SAS, and the params above.
    QStringList secrets{kClientSecret, kPassword, kDatabricksToken};
    for (const QJsonValue request : sim.requests()) {
        const QString authorization = request.toObject()
                                          .value(QLatin1String("headers"))
                                          .toObject()
                                          .value(QLatin1String("authorization"))
                                          .toString();
        if (!authorization.isEmpty())
            secrets << authorization.mid(QStringLiteral("Bearer ").size());
    }
    for (const LandingZoneCredentials& c : {credentials.result, refreshed.result}) {
        secrets << c.sasToken << c.sasToken.section(QStringLiteral("sig="), 1);
        secrets << QUrl::fromPercentEncoding(c.sasToken.section(QStringLiteral("sig="), 1).toLatin1());
    }
    QVERIFY(secrets.size() > 8);

    const QString log = g_messages.join(QLatin1Char('\n'));
    // The log is there and talks about the requests (so the check below means something).
    QVERIFY(g_messages.size() > 20);
    QVERIFY(log.contains(QLatin1String("/flowservice/connections")));
    QVERIFY(log.contains(QLatin1String("/ims/token/v3")));
    QVERIFY(log.contains(QLatin1String("landingzone/credentials")));
    QVERIFY(log.contains(QLatin1String("Authorization: <redacted>")));
    QVERIFY(log.contains(QLatin1String("x-api-key: <redacted>")));
    QVERIFY(log.contains(QLatin1String("client_secret=<redacted>")));
    QVERIFY(log.contains(QLatin1String("\"SASToken\":\"<redacted>\"")));
    QVERIFY(log.contains(QLatin1String("\"password\":\"<redacted>\"")));
    for (const QString& secret : secrets) {
        if (secret.size() < 6)
            continue;
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("secret found in the log: %1").arg(secret)));
    }
}

QTEST_GUILESS_MAIN(TestFlowServiceLogs)
#include "tst_flowservicelogs.moc"
