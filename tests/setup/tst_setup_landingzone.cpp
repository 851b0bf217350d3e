// The landing-zone use case against the simulator: a refresh (a POST that issues new credentials and
// revokes the current ones) whose outcome is not a definite refusal is resolved by looking at the
// current credentials, never by sending it again; the use case, not the page, decides whether a
// refresh revokes anything at all.
#include "SetupTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Inlet;

namespace {

const QString kCredentials = QStringLiteral("/landingzone/credentials");
// Faults name the path below the service's prefix.
const QString kFaultPath = QStringLiteral("/credentials");

// What a finished SparkConfigOperation reported, copied before it deletes itself.
struct SparkConfigRun
{
    bool finished = false;
    Error error;
    SparkConfig result;
    QString outcomeMessage;
};

SparkConfigRun awaitSparkConfig(SparkConfigOperation* operation, int timeoutMs = 30000)
{
    SparkConfigRun run;
    run.finished = awaitOperation<SparkConfigOperation>(
        operation,
        [&run](SparkConfigOperation* op) {
            run.error = op->error();
            run.result = op->result();
            run.outcomeMessage = op->outcomeMessage();
        },
        timeoutMs);
    return run;
}

} // namespace

class TestSetupLandingZone : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refreshWithoutALineFetchesAndRevokesNothing();
    void refreshRevokesOnce();
    void definiteRefusalIsNotLookedFor();
    void unprocessedFailureIsLookedAtThenSentOnce_data();
    void unprocessedFailureIsLookedAtThenSentOnce();
    void processedFailureIsFoundNotSentAgain_data();
    void processedFailureIsFoundNotSentAgain();
    void timeoutIsResolvedByLooking();
    void cancelAfterSendingLooksBeforeTheNextRefresh();
    void failedLookSendsNothing();

private:
    int posts() { return int(m_sim->requestsTo(kFaultPath, QStringLiteral("POST")).size()); }
    int gets() { return int(m_sim->requestsTo(kFaultPath, QStringLiteral("GET")).size()); }
    int revoked() { return int(m_sim->landingZone().value(QLatin1String("revokedSASTokens")).toArray().size()); }
    QString currentToken()
    {
        return m_sim->landingZone()
            .value(QLatin1String("current"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("SASToken"))
            .toString();
    }
    LandingZoneAccess& access() { return m_setup->setup.landingZone(); }
    // The line the user was given first.
    void fetchFirstLine();

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
    QString m_firstLine;
};

void TestSetupLandingZone::init()
{
    m_sim = std::make_unique<SimulatorProcess>();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_setup = std::make_unique<SetupUnderTest>();
    const auto signedIn =
        await(m_setup->setup.signIn().signIn(m_sim->profile(), SimulatorProcess::clientSecret(), false));
    QVERIFY2(!signedIn.error, qPrintable(signedIn.error.details()));
}

void TestSetupLandingZone::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

void TestSetupLandingZone::fetchFirstLine()
{
    QVERIFY(!access().refreshRevokes());
    const SparkConfigRun run = awaitSparkConfig(access().fetch());
    QVERIFY2(!run.error, qPrintable(run.error.details()));
    QVERIFY(run.result.line.isValid());
    QVERIFY(!run.result.replacedPrevious);
    QVERIFY(access().refreshRevokes());
    m_firstLine = run.result.line.text();
    QVERIFY(m_firstLine.endsWith(currentToken()));
}

void TestSetupLandingZone::refreshWithoutALineFetchesAndRevokesNothing()
{
    // The page's Refresh before any line was shown: the use case fetches, it does not revoke.
    const SparkConfigRun run = awaitSparkConfig(access().refresh());
    QVERIFY2(!run.error, qPrintable(run.error.details()));
    QVERIFY(run.result.line.isValid());
    QVERIFY(!run.result.replacedPrevious);
    QCOMPARE(posts(), 0);
    QCOMPARE(revoked(), 0);
    QVERIFY(access().refreshRevokes());
}

void TestSetupLandingZone::refreshRevokesOnce()
{
    fetchFirstLine();
    const SparkConfigRun run = awaitSparkConfig(access().refresh());
    QVERIFY2(!run.error, qPrintable(run.error.details()));
    QVERIFY(run.result.replacedPrevious);
    QVERIFY(!run.result.foundAfterFailure);
    QVERIFY(run.result.line.text() != m_firstLine);
    QVERIFY(run.result.line.text().endsWith(currentToken()));
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 1);
}

void TestSetupLandingZone::definiteRefusalIsNotLookedFor()
{
    fetchFirstLine();
    const int getsBefore = gets();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, QStringLiteral("refuse"), 400, 1));
    const SparkConfigRun run = awaitSparkConfig(access().refresh());
    QCOMPARE(run.error.httpStatus(), 400);
    QVERIFY2(run.outcomeMessage.contains(QLatin1String("not refreshed")), qPrintable(run.outcomeMessage));
    QCOMPARE(gets(), getsBefore);
    QCOMPARE(posts(), 1);
    QVERIFY(!access().mustLookBeforeRefreshing());
}

void TestSetupLandingZone::unprocessedFailureIsLookedAtThenSentOnce_data()
{
    QTest::addColumn<QString>("fault");
    // Each leaves open whether the credentials were refreshed; here the simulator did not process it.
    QTest::newRow("500") << QStringLiteral("500");
    QTest::newRow("502") << QStringLiteral("502");
    QTest::newRow("503") << QStringLiteral("503");
    QTest::newRow("504") << QStringLiteral("504");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("reset") << QStringLiteral("reset");
}

void TestSetupLandingZone::unprocessedFailureIsLookedAtThenSentOnce()
{
    QFETCH(QString, fault);
    fetchFirstLine();
    const int getsBefore = gets();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, fault, 0, -1));
    const SparkConfigRun failed = awaitSparkConfig(access().refresh());
    QVERIFY(failed.error);
    QVERIFY2(gets() > getsBefore, "the outcome was resolved by looking");
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 0);
    QVERIFY2(failed.outcomeMessage.contains(QLatin1String("safe to try again")), qPrintable(failed.outcomeMessage));
    QVERIFY(!access().mustLookBeforeRefreshing());

    // Try again: sent once more, since looking showed the first did not go through.
    m_sim->clearFaults();
    const SparkConfigRun retried = awaitSparkConfig(access().refresh());
    QVERIFY2(!retried.error, qPrintable(retried.error.details()));
    QVERIFY(retried.result.replacedPrevious);
    QCOMPARE(posts(), 2);
    QCOMPARE(revoked(), 1);
}

void TestSetupLandingZone::processedFailureIsFoundNotSentAgain_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("argument");
    // The simulator issued new credentials, then the answer was lost, unreadable or a server error.
    QTest::newRow("drop") << QStringLiteral("drop") << 0;
    QTest::newRow("truncate") << QStringLiteral("truncate") << 0;
    QTest::newRow("malformed") << QStringLiteral("malformed") << 0;
    QTest::newRow("stored, then 500") << QStringLiteral("stored") << 500;
    QTest::newRow("stored, then 502") << QStringLiteral("stored") << 502;
    QTest::newRow("stored, then 503") << QStringLiteral("stored") << 503;
    QTest::newRow("stored, then 504") << QStringLiteral("stored") << 504;
}

void TestSetupLandingZone::processedFailureIsFoundNotSentAgain()
{
    QFETCH(QString, fault);
    QFETCH(int, argument);
    fetchFirstLine();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, fault, argument, 1));
    const SparkConfigRun run = awaitSparkConfig(access().refresh());
    QVERIFY2(!run.error, qPrintable(run.error.details()));
    QVERIFY(run.result.replacedPrevious);
    QVERIFY(run.result.foundAfterFailure);
    QVERIFY(run.result.line.text().endsWith(currentToken()));
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 1);
    QVERIFY(!access().mustLookBeforeRefreshing());
}

void TestSetupLandingZone::timeoutIsResolvedByLooking()
{
    fetchFirstLine();
    HttpPolicy policy = m_setup->setup.session().policy();
    policy.transferTimeout = std::chrono::seconds(1);
    m_setup->setup.session().setPolicy(policy);
    // The simulator issues the credentials at once, then answers too late.
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, QStringLiteral("latency"), 2500, 1));
    const SparkConfigRun run = awaitSparkConfig(access().refresh());
    QVERIFY2(!run.error, qPrintable(run.error.details()));
    QVERIFY(run.result.foundAfterFailure);
    QVERIFY(run.result.line.text().endsWith(currentToken()));
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 1);
}

void TestSetupLandingZone::cancelAfterSendingLooksBeforeTheNextRefresh()
{
    fetchFirstLine();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, QStringLiteral("latency"), 1500, 1));
    const int postsBefore = posts();
    SparkConfigOperation* operation = access().refresh();
    // Cancelled once the POST has reached the simulator: from then on its outcome is in doubt.
    QTRY_COMPARE_WITH_TIMEOUT(posts(), postsBefore + 1, 5000);
    operation->cancel();
    const SparkConfigRun cancelled = awaitSparkConfig(operation);
    QCOMPARE(cancelled.error.kind(), Error::Kind::Cancelled);
    QVERIFY(cancelled.error.isAmbiguous());
    QVERIFY2(cancelled.outcomeMessage.contains(QLatin1String("could not find out")),
             qPrintable(cancelled.outcomeMessage));
    QVERIFY(access().mustLookBeforeRefreshing());
    const int getsBefore = gets();

    // Try again: it looks first and finds the credentials the cancelled refresh issued.
    const SparkConfigRun next = awaitSparkConfig(access().refresh());
    QVERIFY2(!next.error, qPrintable(next.error.details()));
    QVERIFY(next.result.foundAfterFailure);
    QVERIFY(next.result.line.text().endsWith(currentToken()));
    QVERIFY(gets() > getsBefore);
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 1);
    QVERIFY(!access().mustLookBeforeRefreshing());
}

void TestSetupLandingZone::failedLookSendsNothing()
{
    // A lost answer, and the look fails as well: nothing may be sent until a look succeeds.
    fetchFirstLine();
    QVERIFY(m_sim->addFault(QStringLiteral("POST"), kFaultPath, QStringLiteral("drop"), 0, 1));
    QVERIFY(m_sim->addFault(QStringLiteral("GET"), kFaultPath, QStringLiteral("500"), 0, -1));
    const SparkConfigRun first = awaitSparkConfig(access().refresh());
    QVERIFY(first.error);
    QVERIFY2(first.outcomeMessage.contains(QLatin1String("could not find out")), qPrintable(first.outcomeMessage));
    QVERIFY(access().mustLookBeforeRefreshing());

    const SparkConfigRun again = awaitSparkConfig(access().refresh());
    QVERIFY(again.error);
    QVERIFY(access().mustLookBeforeRefreshing());
    QCOMPARE(posts(), 1);

    m_sim->clearFaults();
    const SparkConfigRun resolved = awaitSparkConfig(access().refresh());
    QVERIFY2(!resolved.error, qPrintable(resolved.error.details()));
    QVERIFY(resolved.result.foundAfterFailure);
    QCOMPARE(posts(), 1);
    QCOMPARE(revoked(), 1);
}

QTEST_GUILESS_MAIN(TestSetupLandingZone)
#include "tst_setup_landingzone.moc"
