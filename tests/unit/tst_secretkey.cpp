#include "SecretTestSupport.h"
#include "core/AppInfo.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretError.h"
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
        QTest::addColumn<SecretError>("expected");
        // Rows from what QtKeychain 0.13.2 reports on Debian 12 (toolchain.md).
        QTest::newRow("ok") << 0 << QString() << SecretError::None;
        QTest::newRow("not found") << 1 << QStringLiteral("Entry not found") << SecretError::NotFound;
        QTest::newRow("locked") << 4 << QStringLiteral("Cannot create an item in a locked collection")
                                << SecretError::Locked;
        QTest::newRow("denied by user") << 3 << QString() << SecretError::Locked;
        QTest::newRow("no backend") << 5 << QString() << SecretError::NoKeychain;
        QTest::newRow("no bus, no display")
            << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << SecretError::NoKeychain;
        QTest::newRow("dead socket") << 7 << QStringLiteral("Could not connect: No such file or directory")
                                     << SecretError::NoKeychain;
        QTest::newRow("no secret service")
            << 7 << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << SecretError::NoKeychain;
        QTest::newRow("no login collection")
            << 7 << QStringLiteral("Object does not exist at path \"/org/freedesktop/secrets/collection/login\"")
            << SecretError::Locked;
        QTest::newRow("unknown") << 7 << QStringLiteral("something else") << SecretError::Other;
    }

    void classifiesKeychainErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(SecretError, expected);
        QCOMPARE(classifyKeychainError(code, text), expected);
    }

    void everyErrorHasAnActionableMessage()
    {
        for (SecretError error : {SecretError::NotFound,
                                  SecretError::NoKeychain,
                                  SecretError::Locked,
                                  SecretError::TooLarge,
                                  SecretError::Other}) {
            QVERIFY2(secretErrorMessage(error).size() > 20, qPrintable(secretErrorMessage(error)));
        }
        QVERIFY(secretErrorMessage(SecretError::NoKeychain).contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(secretErrorMessage(SecretError::None).isEmpty());
    }

    void refusesSecretsOverTheWindowsLimitBeforeTouchingTheKeychain()
    {
        KeychainSecretStore store;
        const QString big(kMaxSecretBytes + 1, u'x');
        const SecretResult result =
            Test::waitFor(store.write(SecretKey::forProfile(QStringLiteral("t"), QStringLiteral("f")), big));
        QCOMPARE(result.error, SecretError::TooLarge);
        QVERIFY(result.detail.isEmpty());
        QVERIFY(kMaxSecretBytes < 2560);
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
