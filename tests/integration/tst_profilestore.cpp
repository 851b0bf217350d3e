// A profile saved through the app: the secret goes to the keychain and never into the settings file.
#include "SecretTestSupport.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/ProfileStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void secretGoesToTheKeychainOnly_data()
    {
        QTest::addColumn<Profile::SignIn>("signIn");
        QTest::newRow("client secret") << Profile::SignIn::ClientCredentials;
        QTest::newRow("pasted access token") << Profile::SignIn::AccessToken;
    }

    void secretGoesToTheKeychainOnly()
    {
        QFETCH(Profile::SignIn, signIn);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("inlet.ini"));
        Settings settings(file);
        KeychainSecretStore secrets;
        ProfileStore store(settings, secrets);

        Profile profile;
        profile.name = QStringLiteral("profile-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        profile.orgId = QStringLiteral("0123456789ABCDEF01234567@AdobeOrg");
        profile.clientId = QStringLiteral("client-id-visible");
        profile.signIn = signIn;
        const QString secret =
            QStringLiteral("p8e-%1-very-secret").arg(QRandomGenerator::global()->generate64(), 0, 16);

        QVERIFY(Test::waitFor(store.save(profile, secret)).ok());
        QVERIFY(!settings.sync());

        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY2(content.contains("client-id-visible"), "the non-secret parts are in the settings file");
        QVERIFY2(!content.contains(secret.toUtf8()), "the secret must not be in the settings file");
        QVERIFY(!content.contains(secret.toUtf8().toPercentEncoding()));
        QVERIFY(!content.contains(secret.toUtf8().toBase64()));

        const QString field =
            signIn == Profile::SignIn::AccessToken ? Profile::accessTokenField() : Profile::clientSecretField();
        QCOMPARE(Test::secretToolLookup(SecretKey::forProfile(profile.name, field).toString()), secret);
        QCOMPARE(store.load(profile.name), profile);
        QCOMPARE(Test::waitFor(store.loadSecret(profile)).value, secret);

        QVERIFY(Test::waitFor(store.remove(profile.name)).ok());
        QVERIFY(!store.names().contains(profile.name));
        QCOMPARE(Test::waitFor(store.loadSecret(profile)).error, Error::Kind::SecretNotFound);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
