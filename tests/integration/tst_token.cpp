// IMS OAuth Server-to-Server tokens against the real inlet-platform-sim: caching, sharing, renewal
// after a 401, proactive renewal before expiry, pasted tokens.

#include "PlatformTestSupport.h"
#include "SeedDrafts.h"
#include "SimulatorProcess.h"

#include "platform/FlowServiceClient.h"
#include "platform/PlatformSession.h"
#include "platform/TokenProvider.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Inlet;

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void tokenRequestIsTheDocumentedForm();
    void tokenIsCachedAcrossCalls();
    void concurrentCallsShareOneTokenRequest();
    void expiredTokenIsRenewedOnceAndReplayed();
    void onlyOneRenewalPerRequest();
    void tokenIsRenewedShortlyBeforeItExpires();
    void wrongClientSecretIsActionable();
    void pastedTokenIsUsedAsIs();
    void rejectedPastedTokenIsNotRenewed();
    void noSecretIsMissingCredentials();
    void sessionGoesAwayWithRequestsInFlight();

private:
    void startSimulator(const QStringList& arguments = {});
    int imsHits() { return m_sim->stats().value(QLatin1String("imsTokenRequests")).toInt(); }
    FlowServiceClient client() const { return FlowServiceClient(m_session.get()); }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformSession> m_session;
};

void TestToken::startSimulator(const QStringList& arguments)
{
    m_sim = std::make_unique<SimulatorProcess>(arguments);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<PlatformSession>(m_network.get());
    m_session->setProfile(m_sim->profile());
    m_session->setSecret(QStringLiteral("s3cret+&=value"));
}

void TestToken::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_sim.reset();
}

void TestToken::tokenRequestIsTheDocumentedForm()
{
    startSimulator({QStringLiteral("--client-id"),
                    QStringLiteral("sim-client-id"),
                    QStringLiteral("--client-secret"),
                    QStringLiteral("s3cret+&=value")});
    QVERIFY(!QTest::currentTestFailed());
    const auto outcome = await(m_session->signIn());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));

    const QJsonArray ims = m_sim->requestsTo(QStringLiteral("/ims/token/v3"));
    QCOMPARE(ims.size(), 1);
    const QJsonObject request = ims.at(0).toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(request.value(QLatin1String("headers")).toObject().value(QLatin1String("content-type")).toString(),
             QStringLiteral("application/x-www-form-urlencoded"));
    QVERIFY(request.value(QLatin1String("query")).toString().isEmpty()); // parameters in the body only
    const QUrlQuery form(request.value(QLatin1String("body")).toString());
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("sim-client-id"));
    // '+', '&' and '=' in the secret survive form encoding (the fixed-secret simulator accepted it).
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
             QStringLiteral("s3cret+&=value"));
    QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), Profile::defaultScopes());
}

void TestToken::tokenIsCachedAcrossCalls()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(m_session->signIn()).error);
    for (int i = 0; i < 4; ++i)
        QVERIFY(!await(client().listConnections(SeedDrafts::spark().connectionSpecId)).error);
    QVERIFY(!await(client().createConnection(SeedDrafts::spark())).error);
    QCOMPARE(imsHits(), 1);
    QCOMPARE(m_session->tokenProvider()->imsRequestCount(), 1);
    // Every call carried the same token.
    QSet<QString> tokens;
    for (const QJsonValue value : m_sim->requests()) {
        const QString auth = value.toObject()
                                 .value(QLatin1String("headers"))
                                 .toObject()
                                 .value(QLatin1String("authorization"))
                                 .toString();
        if (!auth.isEmpty())
            tokens.insert(auth);
    }
    QCOMPARE(tokens.size(), 1);
}

void TestToken::concurrentCallsShareOneTokenRequest()
{
    startSimulator({QStringLiteral("--fault"), QStringLiteral("POST:/ims/token/v3:latency=300")});
    QVERIFY(!QTest::currentTestFailed());
    // Three operations in flight at once, before any token exists. Each deletes itself when done,
    // so the results are collected as they finish.
    QList<Operation*> operations{client().listConnections(SeedDrafts::spark().connectionSpecId),
                                 client().listConnectionSpecs(),
                                 m_session->signIn()};
    int finished = 0;
    int failed = 0;
    QEventLoop loop;
    for (Operation* operation : operations) {
        connect(operation, &Operation::finished, &loop, [&, operation] {
            failed += operation->error().isError() ? 1 : 0;
            if (++finished == 3)
                loop.quit();
        });
    }
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(finished, 3);
    QCOMPARE(failed, 0);
    QCOMPARE(imsHits(), 1);
}

void TestToken::expiredTokenIsRenewedOnceAndReplayed()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(m_session->signIn()).error);
    // The next list request is answered 401013 and its token is revoked.
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connections"), QStringLiteral("expired-token")));
    const auto outcome = await(client().listConnections(SeedDrafts::spark().connectionSpecId));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QCOMPARE(imsHits(), 2);
    const QJsonArray gets = m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("GET"));
    QCOMPARE(gets.size(), 3); // sign-in, the refused one, the replay
    const auto auth = [](const QJsonValue& v) {
        return v.toObject().value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString();
    };
    QCOMPARE(auth(gets.at(0)), auth(gets.at(1)));
    QVERIFY(auth(gets.at(1)) != auth(gets.at(2)));

    // A POST refused with 401 is replayed too: the gateway did not pass it on.
    m_sim->expireTokens();
    const auto created = await(client().createConnection(SeedDrafts::spark()));
    QVERIFY2(!created.error, qPrintable(created.error.details()));
    QVERIFY(!created.result.id.isEmpty());
    QCOMPARE(imsHits(), 3);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 1);
}

void TestToken::onlyOneRenewalPerRequest()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(m_session->signIn()).error);
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connections"), QStringLiteral("expired-token"), 0, 2));
    const auto outcome = await(client().listConnections(SeedDrafts::spark().connectionSpecId));
    QCOMPARE(outcome.error.httpStatus(), 401);
    QCOMPARE(outcome.error.code(), QStringLiteral("401013"));
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("invalid or has expired")));
    QCOMPARE(imsHits(), 2);
}

void TestToken::tokenIsRenewedShortlyBeforeItExpires()
{
    startSimulator({QStringLiteral("--token-lifetime"), QStringLiteral("2")});
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(m_session->signIn()).error);
    QCOMPARE(imsHits(), 1);
    spin(2300);
    QVERIFY(!await(client().listConnections(SeedDrafts::spark().connectionSpecId)).error);
    QCOMPARE(imsHits(), 2);
    // Renewed before sending, not after a 401: one list request, no replay.
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections"), QStringLiteral("GET")).size(), 2);
}

void TestToken::wrongClientSecretIsActionable()
{
    startSimulator({QStringLiteral("--client-secret"), QStringLiteral("the-right-one")});
    QVERIFY(!QTest::currentTestFailed());
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.kind(), Error::Kind::Http);
    QCOMPARE(outcome.error.code(), QStringLiteral("invalid_client"));
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("client secret")));
    QVERIFY(outcome.error.details().contains(QLatin1String("invalid client_secret parameter")));
    // No Platform call was made without a token.
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/flowservice/connections")).size(), 0);
}

void TestToken::pastedTokenIsUsedAsIs()
{
    startSimulator({QStringLiteral("--static-token"), QStringLiteral("pasted-token-123")});
    QVERIFY(!QTest::currentTestFailed());
    Profile profile = m_sim->profile();
    profile.signIn = Profile::SignIn::AccessToken;
    m_session->setProfile(profile);
    m_session->setSecret(QStringLiteral("Bearer pasted-token-123"));
    const auto outcome = await(m_session->signIn());
    QVERIFY2(!outcome.error, qPrintable(outcome.error.details()));
    QVERIFY(outcome.result.pastedToken);
    QVERIFY(!outcome.result.tokenExpiresAt.isValid());
    QCOMPARE(imsHits(), 0);
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/connections"))
                 .at(0)
                 .toObject()
                 .value(QLatin1String("headers"))
                 .toObject()
                 .value(QLatin1String("authorization"))
                 .toString(),
             QStringLiteral("Bearer pasted-token-123"));
}

void TestToken::rejectedPastedTokenIsNotRenewed()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    Profile profile = m_sim->profile();
    profile.signIn = Profile::SignIn::AccessToken;
    m_session->setProfile(profile);
    m_session->setSecret(QStringLiteral("expired-pasted-token"));
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.httpStatus(), 401);
    QVERIFY(outcome.error.actionableMessage().contains(QLatin1String("paste a new access token")));
    QCOMPARE(imsHits(), 0);
    QCOMPARE(m_sim->requestsTo(QStringLiteral("/connections")).size(), 1);
}

void TestToken::noSecretIsMissingCredentials()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    m_session->clearSecret();
    const auto outcome = await(m_session->signIn());
    QCOMPARE(outcome.error.kind(), Error::Kind::MissingCredentials);
    QCOMPARE(m_sim->stats().value(QLatin1String("requestsReceived")).toInt(), 0);
}

void TestToken::sessionGoesAwayWithRequestsInFlight()
{
    startSimulator();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!await(m_session->signIn()).error);
    // A Platform request on the wire (its answer comes late) ...
    QVERIFY(
        m_sim->addFault(QStringLiteral("GET"), QStringLiteral("/connectionSpecs"), QStringLiteral("latency"), 3000));
    QList<QPointer<Operation>> operations{client().listConnectionSpecs()};
    spin(200);
    // ... then a new secret, so the next callers wait together for one slow IMS request.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), QStringLiteral("/ims/token/v3"), QStringLiteral("latency"), 3000));
    m_session->setSecret(SimulatorProcess::clientSecret());
    operations << client().listConnections(SeedDrafts::spark().connectionSpecId)
               << client().createConnection(SeedDrafts::spark()) << m_session->signIn();
    int finished = 0;
    for (const QPointer<Operation>& operation : operations)
        connect(operation, &Operation::finished, this, [&finished] { ++finished; });
    spin(200);
    QCOMPARE(m_session->tokenProvider()->imsRequestCount(), 2);

    // Whatever order its parts go in, the session takes everything with it: nothing finishes later,
    // nothing is left behind, nothing touches what is gone (the sanitizer builds check that).
    m_session.reset();
    for (const QPointer<Operation>& operation : operations)
        QVERIFY(operation.isNull());
    spin(500);
    QCOMPARE(finished, 0);
    QCOMPARE(m_sim->stats().value(QLatin1String("connectionCount")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
