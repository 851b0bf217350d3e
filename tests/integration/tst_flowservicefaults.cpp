// Retries, timeouts, limits and the never-twice create, against faults injected into the real
// inlet-platform-sim.

#include "PlatformTestSupport.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Inlet;

namespace {
const QString kConnections = QStringLiteral("/connections");
}

class TestFlowServiceFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void droppedPostCreatesExactlyOneConnection();
    void resetPostIsNotCreatedAndSafeToRetry();
    void timedOutPostFindsTheConnectionCreatedMeanwhile();
    void htmlBadGatewayOnPostIsCheckedNotRepeated();
    void postIsNeverRetriedOn503();
    void tooManyRequestsHonoursRetryAfter();
    void retryableStatusesAreRetried_data();
    void retryableStatusesAreRetried();
    void atMostThreeTries();
    void internalServerErrorIsNotRetried();
    void truncatedBodyIsRetriedForGet();
    void malformedJsonIsABadResponse();
    void htmlErrorPageIsReadable();
    void transferTimeout();
    void responsesOver16MiBAreRefused();
    void connectionRefused();
    void insecureUrlsAreRefusedBeforeSending_data();
    void insecureUrlsAreRefusedBeforeSending();
    void tlsErrorsAreNeverIgnored();
    void cancelFinishesWithCancelled();
    void cancelAfterPostWasSentIsAmbiguous();

private:
    FlowServiceClient client() const { return FlowServiceClient(m_session.get()); }
    // Creates one connection so list and explore have something to return.
    CreatedConnection seedConnection();

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformSession> m_session;
};

void TestFlowServiceFaults::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = m_sim->session(m_network.get());
    HttpPolicy policy;
    policy.backoffBase = std::chrono::milliseconds(50);
    policy.backoffCap = std::chrono::milliseconds(200);
    m_session->setPolicy(policy);
    // Sign in first, so IMS is out of the way of the faults below.
    QVERIFY(!await(m_session->signIn()).error);
}

void TestFlowServiceFaults::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sim.reset();
}

CreatedConnection TestFlowServiceFaults::seedConnection()
{
    const auto outcome = await(client().createConnection(SeedDrafts::spark()));
    return outcome.result;
}

void TestFlowServiceFaults::droppedPostCreatesExactlyOneConnection()
{
    // The simulator creates the connection, then closes the socket without answering.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("drop")));
    const auto outcome = await(client().createConnection(SeedDrafts::databricks()));
    QVERIFY(outcome.finished);

    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
    // The answer was lost after the request left: the create use case must look (tst_setup_create).
    QVERIFY(outcome.error.isAmbiguous());

    // Looking finds it: the spec's connections, the newest with the draft's name.
    const auto found =
        await(client().findCreatedConnection(SeedDrafts::databricks(), QDateTime::currentDateTimeUtc().addSecs(-30)));
    QVERIFY2(!found.error, qPrintable(found.error.details()));
    QVERIFY(found.result.has_value());
    QCOMPARE(found.result->id, m_sim->connections().at(0).toObject().value(QLatin1String("id")).toString());
    QCOMPARE(found.result->etag, m_sim->connections().at(0).toObject().value(QLatin1String("etag")).toString());
    const QJsonArray lists = m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("GET"));
    QVERIFY(lists.last()
                .toObject()
                .value(QLatin1String("query"))
                .toString()
                .contains(SeedDrafts::databricks().connectionSpecId));
}

void TestFlowServiceFaults::resetPostIsNotCreatedAndSafeToRetry()
{
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("reset")));
    const auto outcome = await(client().createConnection(SeedDrafts::spark()));
    QVERIFY(outcome.error.isError());
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);
    const auto found =
        await(client().findCreatedConnection(SeedDrafts::spark(), QDateTime::currentDateTimeUtc().addSecs(-30)));
    QVERIFY2(!found.error, qPrintable(found.error.details()));
    QVERIFY(!found.result.has_value());

    // Trying again creates it, once.
    const auto again = await(client().createConnection(SeedDrafts::spark()));
    QVERIFY2(!again.error, qPrintable(again.error.details()));
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
}

void TestFlowServiceFaults::timedOutPostFindsTheConnectionCreatedMeanwhile()
{
    HttpPolicy policy = m_session->policy();
    policy.transferTimeout = std::chrono::milliseconds(600);
    m_session->setPolicy(policy);
    // Processed at once, answered after 3 s: the client gives up first.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("latency"), 3000));
    const auto outcome = await(client().createConnection(SeedDrafts::dataExplorerFilled()));
    QCOMPARE(outcome.error.kind(), Error::Kind::Timeout);
    QVERIFY(outcome.error.isAmbiguous());
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
    const auto found = await(
        client().findCreatedConnection(SeedDrafts::dataExplorerFilled(), QDateTime::currentDateTimeUtc().addSecs(-30)));
    QVERIFY(found.result.has_value());
}

void TestFlowServiceFaults::htmlBadGatewayOnPostIsCheckedNotRepeated()
{
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("html")));
    const auto outcome = await(client().createConnection(SeedDrafts::spark()));
    QCOMPARE(outcome.error.httpStatus(), 502);
    QVERIFY(outcome.error.isAmbiguous());
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST")).size(), 1);
}

void TestFlowServiceFaults::postIsNeverRetriedOn503()
{
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("503")));
    const auto outcome = await(client().createConnection(SeedDrafts::spark()));
    QCOMPARE(outcome.error.httpStatus(), 503);
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-1103-503"));
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("POST")).size(), 1);
}

void TestFlowServiceFaults::tooManyRequestsHonoursRetryAfter()
{
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kConnections, QStringLiteral("429"), 1));
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(client().listConnections(SeedDrafts::spark().connectionSpecId));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed))); // Retry-After: 1, backoff is 50 ms
    const QJsonArray gets = m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("GET"));
    QCOMPARE(gets.size(), 3); // sign-in + the 429 + the retry
    const QDateTime first =
        QDateTime::fromString(gets.at(1).toObject().value(QLatin1String("receivedAt")).toString(), Qt::ISODateWithMs);
    const QDateTime second =
        QDateTime::fromString(gets.at(2).toObject().value(QLatin1String("receivedAt")).toString(), Qt::ISODateWithMs);
    QVERIFY2(first.msecsTo(second) >= 950, qPrintable(QString::number(first.msecsTo(second))));
}

void TestFlowServiceFaults::retryableStatusesAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("502") << QStringLiteral("502");
    QTest::newRow("503") << QStringLiteral("503");
    QTest::newRow("504") << QStringLiteral("504");
    QTest::newRow("html 502") << QStringLiteral("html");
    QTest::newRow("reset") << QStringLiteral("reset");
}

void TestFlowServiceFaults::retryableStatusesAreRetried()
{
    QFETCH(QString, fault);
    const CreatedConnection created = seedConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kConnections + QStringLiteral("/*"), fault, 0, 2));
    const auto outcome = await(client().exploreRoot(created.id));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(outcome.result.size(), 5); // four tables and the "analytics" schema
    QCOMPARE(outcome.result.first().name, QStringLiteral("public.customers"));
    QCOMPARE(m_sim->requestsTo(created.id + QStringLiteral("/explore"), QStringLiteral("GET")).size(), 3);
}

void TestFlowServiceFaults::atMostThreeTries()
{
    const CreatedConnection created = seedConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kConnections + QStringLiteral("/*"), QStringLiteral("503"), 0, 5));
    const auto outcome = await(client().exploreRoot(created.id));
    QCOMPARE(outcome.error.httpStatus(), 503);
    QVERIFY(outcome.error.isTransient());
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("temporary problem")));
    QCOMPARE(m_sim->requestsTo(created.id + QStringLiteral("/explore"), QStringLiteral("GET")).size(), 3);
}

void TestFlowServiceFaults::internalServerErrorIsNotRetried()
{
    const CreatedConnection created = seedConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kConnections + QStringLiteral("/*"), QStringLiteral("500")));
    const auto outcome = await(client().exploreRoot(created.id));
    QCOMPARE(outcome.error.httpStatus(), 500);
    QCOMPARE(outcome.error.code(), QStringLiteral("FLOW-1102-500"));
    QVERIFY(!outcome.error.requestId().isEmpty());
    QCOMPARE(m_sim->requestsTo(created.id + QStringLiteral("/explore"), QStringLiteral("GET")).size(), 1);
}

void TestFlowServiceFaults::truncatedBodyIsRetriedForGet()
{
    const CreatedConnection created = seedConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kConnections + QStringLiteral("/*"), QStringLiteral("truncate")));
    const auto outcome = await(client().exploreRoot(created.id));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(m_sim->requestsTo(created.id + QStringLiteral("/explore"), QStringLiteral("GET")).size(), 2);

    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), kConnections + QStringLiteral("/*"), QStringLiteral("truncate"), 0, 3));
    const auto failed = await(client().exploreRoot(created.id));
    QCOMPARE(failed.error.kind(), Error::Kind::Network);
}

void TestFlowServiceFaults::malformedJsonIsABadResponse()
{
    const CreatedConnection created = seedConnection();
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("*/explore"), QStringLiteral("malformed")));
    const auto outcome = await(client().exploreRoot(created.id));
    QCOMPARE(outcome.error.kind(), Error::Kind::BadResponse);
    QVERIFY(outcome.error.technicalDetail().contains(QLatin1String("not valid JSON")));
    QVERIFY(!outcome.error.actionableMessage().isEmpty());
}

void TestFlowServiceFaults::htmlErrorPageIsReadable()
{
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("html"), 0, 3));
    const auto outcome = await(client().listConnectionSpecs());
    QCOMPARE(outcome.error.kind(), Error::Kind::Http);
    QCOMPARE(outcome.error.httpStatus(), 502);
    QVERIFY(outcome.error.code().isEmpty());
    QVERIFY2(outcome.error.details().contains(QLatin1String("502 Bad Gateway")), qPrintable(outcome.error.details()));
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("temporary problem")));
}

void TestFlowServiceFaults::transferTimeout()
{
    HttpPolicy policy = m_session->policy();
    policy.transferTimeout = std::chrono::milliseconds(400);
    m_session->setPolicy(policy);
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("latency"), 2000, 3));
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(client().listConnectionSpecs());
    QCOMPARE(outcome.error.kind(), Error::Kind::Timeout);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("did not answer in time")));
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/connectionSpecs")).size(), 3); // timeouts of a GET are retried
    QVERIFY(timer.elapsed() < 1900 * 3);
}

void TestFlowServiceFaults::responsesOver16MiBAreRefused()
{
    QVERIFY(m_sim->addFault(
        QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("oversize"), 17 * 1024 * 1024));
    const auto outcome = await(client().listConnectionSpecs());
    QCOMPARE(outcome.error.kind(), Error::Kind::TooLarge);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("16 MiB")));

    // Just under the limit is fine (the body is valid JSON, but not a catalog: still a page).
    QVERIFY(m_sim->addFault(
        QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("oversize"), 16 * 1024 * 1024 - 64));
    const auto fits = await(client().listConnectionSpecs());
    QVERIFY2(!fits.error, qPrintable(fits.error.details()));
}

void TestFlowServiceFaults::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Profile profile = m_sim->profile();
    profile.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_session->setProfile(profile);
    m_session->setSecret(SimulatorProcess::clientSecret());
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.kind(), Error::Kind::Refused);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("refused")));
}

void TestFlowServiceFaults::insecureUrlsAreRefusedBeforeSending_data()
{
    QTest::addColumn<QUrl>("platformUrl");
    QTest::addColumn<QUrl>("imsUrl");
    const QUrl sim = m_sim ? m_sim->baseUrl() : QUrl();
    QTest::newRow("platform over http") << QUrl(QStringLiteral("http://platform.adobe.io")) << QUrl();
    QTest::newRow("ims over http") << QUrl() << QUrl(QStringLiteral("http://ims-na1.adobelogin.com"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://platform.adobe.io")) << QUrl();
}

void TestFlowServiceFaults::insecureUrlsAreRefusedBeforeSending()
{
    QFETCH(QUrl, platformUrl);
    QFETCH(QUrl, imsUrl);
    Profile profile = m_sim->profile();
    if (!platformUrl.isEmpty())
        profile.platformUrl = platformUrl;
    if (!imsUrl.isEmpty())
        profile.imsUrl = imsUrl;
    m_session->setProfile(profile);
    m_session->setSecret(SimulatorProcess::clientSecret());
    const qint64 before = m_sim->stats().value(QLatin1String("requestsReceived")).toInteger();
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.kind(), Error::Kind::InsecureUrl);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("HTTPS")));
    QVERIFY(timer.elapsed() < 1000); // nothing was even attempted
    QCOMPARE(m_sim->stats().value(QLatin1String("requestsReceived")).toInteger(), before);
}

void TestFlowServiceFaults::tlsErrorsAreNeverIgnored()
{
    // A simulator serving HTTPS with a self-signed certificate made for this test.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"),
                   QStringLiteral("-x509"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-days"),
                   QStringLiteral("2"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, "openssl could not make a test certificate");
    SimulatorProcess tls({QStringLiteral("--tls-cert"),
                          dir.filePath(QStringLiteral("cert.pem")),
                          QStringLiteral("--tls-key"),
                          dir.filePath(QStringLiteral("key.pem"))});
    QVERIFY2(tls.start(), qPrintable(tls.errorText()));
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

    m_session->setProfile(tls.profile());
    m_session->setSecret(SimulatorProcess::clientSecret());
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.kind(), Error::Kind::Tls);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("certificate")));
    QVERIFY2(outcome.error.details().contains(QLatin1String("self"), Qt::CaseInsensitive),
             qPrintable(outcome.error.details()));
    // Nothing got through: not even the token request (and no secret left the machine's TLS layer).
    const QJsonObject stats = tls.stats(); // the helper itself accepts the test certificate
    QVERIFY(stats.contains(QLatin1String("requestsReceived")));
    QCOMPARE(stats.value(QLatin1String("requestsReceived")).toInt(), 0);
}

void TestFlowServiceFaults::cancelFinishesWithCancelled()
{
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("latency"), 3000));
    auto* operation = client().listConnectionSpecs();
    QTimer::singleShot(200, operation, [operation] { operation->cancel(); });
    QElapsedTimer timer;
    timer.start();
    const auto outcome = await(operation);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(outcome.error.kind(), Error::Kind::Cancelled);
    QVERIFY(!outcome.error.isAmbiguous());
    QVERIFY(timer.elapsed() < 2500);
}

void TestFlowServiceFaults::cancelAfterPostWasSentIsAmbiguous()
{
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kConnections, QStringLiteral("latency"), 3000));
    auto* operation = client().createConnection(SeedDrafts::spark());
    // Cancelled once the POST has reached the simulator: from then on its outcome is in doubt.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_sim->requestsTo(kConnections, QStringLiteral("POST")).size()), 1, 5000);
    operation->cancel();
    const auto outcome = await(operation);
    QCOMPARE(outcome.error.kind(), Error::Kind::Cancelled);
    QVERIFY(outcome.error.isAmbiguous());

    // The use case can then look on its own.
    const auto check =
        await(client().findCreatedConnection(SeedDrafts::spark(), QDateTime::currentDateTimeUtc().addSecs(-30)));
    QVERIFY2(!check.error, qPrintable(check.error.details()));
    QVERIFY(check.result.has_value());
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestFlowServiceFaults)
#include "tst_flowservicefaults.moc"
