#include "SecretTestSupport.h"
#include "core/AppInfo.h"
#include "core/Error.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"

#include <QTest>

using namespace Inlet;

class TestSecretKey : public QObject
{
    Q_OBJECT

private slots:
    void keyNamesAppScopeAndField()
    {
        const SecretKey key = SecretKey::forProfile(QStringLiteral("default"), QStringLiteral("clientSecret"));
        QCOMPARE(key.toString(), AppInfo::appId() + QStringLiteral("/profile:default/clientSecret"));
        QVERIFY(key.toString().startsWith(QStringLiteral("io.inlet.Inlet/")));
    }

    void slashInNameCannotForgeAnotherKey()
    {
        const SecretKey forged = SecretKey::forProfile(QStringLiteral("a/clientSecret"), QStringLiteral("x"));
        const SecretKey plain = SecretKey::forProfile(QStringLiteral("a"), QStringLiteral("clientSecret"));
        QVERIFY(forged.toString() != plain.toString());
        QCOMPARE(forged.toString().count(u'/'), 2);
    }

    void connectionAndProfileScopesDiffer()
    {
        QVERIFY(SecretKey::forConnection(QStringLiteral("n"), QStringLiteral("password")).toString()
                != SecretKey::forProfile(QStringLiteral("n"), QStringLiteral("password")).toString());
    }

    void classifiesKeychainErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Error::Kind>("expected");
        // Rows from what QtKeychain 0.13.2 reports on Debian 12 (toolchain.md).
        QTest::newRow("ok") << 0 << QString() << Error::Kind::None;
        QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << Error::Kind::SecretNotFound;
        QTest::newRow("locked") << 4 << QStringLiteral("Cannot create an item in a locked collection")
                                << Error::Kind::KeychainLocked;
        QTest::newRow("denied by user") << 3 << QString() << Error::Kind::KeychainRefused;
        QTest::newRow("access denied") << 4 << QString() << Error::Kind::KeychainLocked;
        QTest::newRow("no backend") << 5 << QString() << Error::Kind::NoKeychain;
        QTest::newRow("no bus, no display")
            << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Error::Kind::NoKeychain;
        QTest::newRow("dead socket") << 7 << QStringLiteral("Could not connect: No such file or directory")
                                     << Error::Kind::NoKeychain;
        QTest::newRow("no secret service")
            << 7 << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << Error::Kind::NoKeychain;
        QTest::newRow("no login collection")
            << 7 << QStringLiteral("Object does not exist at path \"/org/freedesktop/secrets/collection/login\"")
            << Error::Kind::KeychainLocked;
        QTest::newRow("unknown") << 7 << QStringLiteral("something else") << Error::Kind::Keychain;
    }

    void classifiesKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(Error::Kind, expected);
        QCOMPARE(Error::classifyKeychainError(code, text), expected);
    }

    void everyErrorHasAnActionableMessage()
    {
        for (Error::Kind kind : {Error::Kind::SecretNotFound,
                                 Error::Kind::NoKeychain,
                                 Error::Kind::KeychainLocked,
                                 Error::Kind::KeychainRefused,
                                 Error::Kind::SecretTooLarge,
                                 Error::Kind::Keychain}) {
            const QString message = Error::make(kind).actionableMessage();
            QVERIFY2(message.size() > 20, qPrintable(message));
        }
        // Locked, refused and absent each say what happened and what to do, in their own words.
        const QString locked = Error::make(Error::Kind::KeychainLocked).actionableMessage();
        const QString refused = Error::make(Error::Kind::KeychainRefused).actionableMessage();
        const QString absent = Error::make(Error::Kind::NoKeychain).actionableMessage();
        QVERIFY(locked.contains(QStringLiteral("Unlock")));
        QVERIFY(refused.contains(QStringLiteral("refused")));
        QVERIFY(absent.contains(QStringLiteral("Install")));
        QVERIFY(locked != refused && refused != absent && locked != absent);
        // A backend failure names the backend's reason instead of pointing at details nobody sees.
        const QString other =
            Error::make(Error::Kind::Keychain, QStringLiteral("Read-only file system")).actionableMessage();
        QVERIFY2(other.contains(QStringLiteral("Read-only file system")), qPrintable(other));
        QVERIFY(Error::make(Error::Kind::NoKeychain).actionableMessage().contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(Error().actionableMessage().isEmpty());
    }

    void refusesSecretsOverTheWindowsLimitBeforeTouchingTheKeychain()
    {
        KeychainSecretStore store;
        const QString big(kMaxSecretBytes + 1, u'x');
        const Test::SecretOutcome result =
            Test::waitFor(store.write(SecretKey::forProfile(QStringLiteral("t"), QStringLiteral("f")), big));
        QCOMPARE(result.error, Error::Kind::SecretTooLarge);
        QVERIFY(result.detail.isEmpty());
        QVERIFY(kMaxSecretBytes < 2560);
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
