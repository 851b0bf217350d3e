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
    void aSavedSecretDoesNotFollowAChangedAddress();
    void aNonAdobeHostIsAskedOnce();

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

// `inlet --profile X --ims-url <other>`: the secret saved for X's addresses is not sent elsewhere until
// the user confirmed the new address, and the profile keeps its address until then.
void TestSetupSignIn::aSavedSecretDoesNotFollowAChangedAddress()
{
    const Profile saved = uniqueProfile();
    QVERIFY(!await(signIn().signIn(saved, SimulatorProcess::clientSecret(), true)).error);
    QCOMPARE(signIn().checkAddresses(saved).question, AddressCheck::Question::None);

    SimulatorProcess other({QStringLiteral("--client-secret"), SimulatorProcess::clientSecret()});
    QVERIFY2(other.start(), qPrintable(other.errorText()));
    QVERIFY(other.baseUrl() != saved.imsUrl);
    Profile elsewhere = saved;
    elsewhere.imsUrl = other.baseUrl();
    elsewhere.platformUrl = other.baseUrl();
    const QString storedSecret = Test::waitFor(signIn().savedSecret(elsewhere)).value;
    QCOMPARE(storedSecret, SimulatorProcess::clientSecret());

    const AddressCheck check = signIn().checkAddresses(elsewhere);
    QCOMPARE(check.question, AddressCheck::Question::ChangedAddress);
    QCOMPARE(check.saved.imsUrl, saved.imsUrl);
    QCOMPARE(check.wanted.imsUrl, other.baseUrl());
    const auto refused = await(signIn().signIn(elsewhere, storedSecret, true));
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind(), Error::Kind::AddressNotConfirmed);
    QVERIFY(!refused.error.actionableMessage().isEmpty());
    QVERIFY2(other.requests().isEmpty(), "a request reached the other host");
    QCOMPARE(signIn().savedProfile(saved.name).imsUrl, saved.imsUrl); // not rewritten

    // Only the platform host changed: asked as well.
    Profile otherPlatform = saved;
    otherPlatform.platformUrl = other.baseUrl();
    QCOMPARE(signIn().checkAddresses(otherPlatform).question, AddressCheck::Question::ChangedAddress);

    // Confirmed: sent, and the profile keeps the address the user agreed to.
    signIn().confirmAddresses(elsewhere);
    const auto confirmed = await(signIn().signIn(elsewhere, storedSecret, true));
    QVERIFY2(!confirmed.error, qPrintable(confirmed.error.details()));
    QVERIFY(!other.requests().isEmpty());
    QCOMPARE(signIn().savedProfile(saved.name).imsUrl, other.baseUrl());
    QCOMPARE(signIn().checkAddresses(elsewhere).question, AddressCheck::Question::None);
    QVERIFY(
        Test::waitFor(m_setup->secrets.remove(SecretKey::forProfile(saved.name, Profile::clientSecretField()))).ok());
}

void TestSetupSignIn::aNonAdobeHostIsAskedOnce()
{
    Profile adobe = uniqueProfile();
    adobe.imsUrl = Profile::defaultImsUrl();
    adobe.platformUrl = Profile::defaultPlatformUrl();
    QCOMPARE(signIn().checkAddresses(adobe).question, AddressCheck::Question::None);
    adobe.imsUrl = QUrl(QStringLiteral("https://ims-na1-stg1.adobelogin.com"));
    QCOMPARE(signIn().checkAddresses(adobe).question, AddressCheck::Question::None);
    QCOMPARE(signIn().checkAddresses(uniqueProfile()).question, AddressCheck::Question::None); // loopback

    Profile foreign = uniqueProfile();
    foreign.imsUrl = QUrl(QStringLiteral("https://ims.example.com"));
    QCOMPARE(signIn().checkAddresses(foreign).question, AddressCheck::Question::NonAdobeHost);
    Profile lookalike = uniqueProfile();
    lookalike.platformUrl = QUrl(QStringLiteral("https://platform.adobe.io.example.com"));
    QCOMPARE(signIn().checkAddresses(lookalike).question, AddressCheck::Question::NonAdobeHost);
    const auto refused = await(signIn().signIn(foreign, SimulatorProcess::clientSecret(), false));
    QCOMPARE(refused.error.kind(), Error::Kind::AddressNotConfirmed);

    signIn().confirmAddresses(foreign);
    QCOMPARE(signIn().checkAddresses(foreign).question, AddressCheck::Question::None);
    Profile otherName = foreign;
    otherName.name += QStringLiteral("-2");
    QCOMPARE(signIn().checkAddresses(otherName).question, AddressCheck::Question::NonAdobeHost);
}

QTEST_GUILESS_MAIN(TestSetupSignIn)
#include "tst_setup_signin.moc"
