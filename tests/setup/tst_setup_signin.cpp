// The sign-in use case against the simulator and the real keychain: token plus check, then the
// profile in the settings and its secret in the keychain (or nowhere), read back for the next start.
#include "SecretTestSupport.h"
#include "SetupTestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Inlet;

class TestSetupSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInSavesProfileAndSecret();
    void signInWithoutRememberingDeletesTheSecret();
    void wrongSecretIsReportedAndNothingSaved();
    void unknownProfileIsADefaultOne();

private:
    Profile uniqueProfile() const
    {
        Profile profile = m_sim->profile();
        profile.name = QStringLiteral("setup-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        return profile;
    }
    SignIn& signIn() { return m_setup->setup.signIn(); }

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<SetupUnderTest> m_setup;
};

void TestSetupSignIn::init()
{
    m_sim = std::make_unique<SimulatorProcess>(
        QStringList{QStringLiteral("--client-secret"), SimulatorProcess::clientSecret()});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorText()));
    m_setup = std::make_unique<SetupUnderTest>();
}

void TestSetupSignIn::cleanup()
{
    m_setup.reset();
    m_sim.reset();
}

void TestSetupSignIn::signInSavesProfileAndSecret()
{
    const Profile profile = uniqueProfile();
    const auto signedIn = await(signIn().signIn(profile, SimulatorProcess::clientSecret(), true));
    QVERIFY(signedIn.finished);
    QVERIFY2(!signedIn.error, qPrintable(signedIn.error.details()));
    QCOMPARE(signedIn.result.profile, profile);
    QVERIFY(!signedIn.result.secretNotSaved);
    QVERIFY(m_setup->setup.session().hasSecret());

    // What the next start reads: the profile from the settings, the secret from the keychain only.
    QVERIFY(signIn().isSaved(profile.name));
    QCOMPARE(signIn().lastProfileName(), profile.name);
    QCOMPARE(signIn().savedProfile(profile.name), profile);
    QCOMPARE(Test::waitFor(signIn().savedSecret(profile)).value, SimulatorProcess::clientSecret());
    QFile ini(m_setup->settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(SimulatorProcess::clientSecret().toUtf8()));

    signIn().forgetSecret();
    QVERIFY(!m_setup->setup.session().hasSecret());
    QVERIFY(
        Test::waitFor(m_setup->secrets.remove(SecretKey::forProfile(profile.name, Profile::clientSecretField()))).ok());
}

void TestSetupSignIn::signInWithoutRememberingDeletesTheSecret()
{
    const Profile profile = uniqueProfile();
    QVERIFY(!await(signIn().signIn(profile, SimulatorProcess::clientSecret(), true)).error);
    QCOMPARE(Test::waitFor(signIn().savedSecret(profile)).value, SimulatorProcess::clientSecret());

    const auto again = await(signIn().signIn(profile, SimulatorProcess::clientSecret(), false));
    QVERIFY2(!again.error, qPrintable(again.error.details()));
    QVERIFY(!again.result.secretNotSaved);
    QCOMPARE(Test::waitFor(signIn().savedSecret(profile)).error, Error::Kind::SecretNotFound);
    QVERIFY(signIn().isSaved(profile.name)); // the non-secret parts stay
}

void TestSetupSignIn::wrongSecretIsReportedAndNothingSaved()
{
    const Profile profile = uniqueProfile();
    const auto failed = await(signIn().signIn(profile, QStringLiteral("not-the-secret"), true));
    QVERIFY(failed.finished);
    QCOMPARE(failed.error.kind(), Error::Kind::Http);
    QVERIFY(!failed.error.actionableMessage().isEmpty());
    QVERIFY(!signIn().isSaved(profile.name));
    QCOMPARE(Test::waitFor(signIn().savedSecret(profile)).error, Error::Kind::SecretNotFound);
}

void TestSetupSignIn::unknownProfileIsADefaultOne()
{
    const Profile profile = signIn().savedProfile(QStringLiteral("never-saved"));
    QCOMPARE(profile.name, QStringLiteral("never-saved"));
    QCOMPARE(profile.platformUrl, Profile::defaultPlatformUrl());
    QVERIFY(!signIn().isSaved(profile.name));
}

QTEST_GUILESS_MAIN(TestSetupSignIn)
#include "tst_setup_signin.moc"
