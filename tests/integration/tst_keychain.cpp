// The secret store against the real Secret Service (gnome-keyring in the test command's private
// D-Bus session), checked independently with secret-tool.
#include "SecretTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through the README's test command: it provides a private D-Bus session and keyring");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(), "secret-tool missing");
        QVERIFY(!qEnvironmentVariableIsEmpty("INLET_SECRET_PROBE"));
    }

    void probeFindsTheKeyring()
    {
        KeychainSecretStore store;
        QCOMPARE(Test::waitFor(store.probeAvailability()).error, Error::Kind::None);
        // Probed once: the second answer comes from the cache, without another keychain round trip.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(Test::waitFor(store.probeAvailability()).error, Error::Kind::None);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(Test::secretToolLookup(
                    SecretKey::forProfile(QStringLiteral("inlet-probe"), QStringLiteral("availability")).toString())
                    .isNull());
    }

    void writeReadOverwriteDeleteRoundTrip()
    {
        KeychainSecretStore store;
        const SecretKey key = SecretKey::forConnection(uniqueName(), QStringLiteral("password"));
        const QString first = QStringLiteral("hunter2-äöü-€-日本");
        const QString second = QStringLiteral("correct horse battery staple");

        QVERIFY(Test::waitFor(store.write(key, first)).ok());
        Test::SecretOutcome read = Test::waitFor(store.read(key));
        QVERIFY(read.ok());
        QCOMPARE(read.value, first);
        QCOMPARE(Test::secretToolLookup(key.toString()), first);

        QVERIFY(Test::waitFor(store.write(key, second)).ok());
        QCOMPARE(Test::waitFor(store.read(key)).value, second);
        QCOMPARE(Test::secretToolLookup(key.toString()), second);

        QVERIFY(Test::waitFor(store.remove(key)).ok());
        read = Test::waitFor(store.read(key));
        QCOMPARE(read.error, Error::Kind::SecretNotFound);
        QVERIFY(read.value.isEmpty());
        QVERIFY(Test::secretToolLookup(key.toString()).isNull());
    }

    void readingAMissingKeyIsNotFound()
    {
        KeychainSecretStore store;
        const Test::SecretOutcome read =
            Test::waitFor(store.read(SecretKey::forProfile(uniqueName(), QStringLiteral("x"))));
        QCOMPARE(read.error, Error::Kind::SecretNotFound);
        QVERIFY(!read.message.isEmpty());
    }

    void busWithoutSecretServiceIsNoKeychainQuickly()
    {
        // A private bus that provides nothing: no gnome-keyring, no KWallet.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("bare-bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bareBusConfig(dir.path().toUtf8()));
        file.close();

        QProcess bus;
        bus.start(
            QStringLiteral("dbus-daemon"),
            {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        QVERIFY(bus.waitForStarted());
        QVERIFY(bus.waitForReadyRead(10000));
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY(address.startsWith(QStringLiteral("unix:")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        const QString output = runProbe(env);
        bus.terminate();
        bus.waitForFinished(5000);
        QCOMPARE(output, QStringLiteral("probe NoKeychain\nwrite NoKeychain\n"));
    }

    void noSessionBusWithADisplayDoesNotHang()
    {
        // With DISPLAY set and no bus, libdbus would autolaunch a bus whose keyring prompts on that
        // display and never answers. The store must refuse at once instead.
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4242"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runProbe(env), QStringLiteral("probe NoKeychain\nwrite NoKeychain\n"));
        QVERIFY2(timer.elapsed() < 5000, "the no-keychain answer must come quickly");
    }

    void theDisabledBusAddressIsNoKeychainQuickly()
    {
        // main() sets this address when there is no bus, so that nothing autolaunches one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runProbe(env), QStringLiteral("probe NoKeychain\nwrite NoKeychain\n"));
        QVERIFY2(timer.elapsed() < 5000, "the no-keychain answer must come quickly");
    }

    void aMissingKeychainIsAskedAgainNotRemembered()
    {
        // The keychain may be started or unlocked while Inlet runs: a "no" must not stick.
        KeychainSecretStore store;
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        const Test::SecretOutcome missing = Test::waitFor(store.probeAvailability());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QCOMPARE(missing.error, Error::Kind::NoKeychain);
        QCOMPARE(Test::waitFor(store.probeAvailability()).error, Error::Kind::None);
        QVERIFY(Test::secretToolLookup(probeKeyText()).isNull()); // the probe left nothing behind
    }

private:
    static QString probeKeyText()
    {
        return SecretKey::forProfile(QStringLiteral("inlet-probe"), QStringLiteral("availability")).toString();
    }

    static QByteArray bareBusConfig(const QByteArray& socketDir)
    {
        return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:dir="
            + socketDir
            + "</listen>\n"
              "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";
    }

    static QString uniqueName()
    {
        return QStringLiteral("test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    }

    static QString runProbe(const QProcessEnvironment& env)
    {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(qEnvironmentVariable("INLET_SECRET_PROBE"), {});
        if (!probe.waitForFinished(30000)) {
            probe.kill();
            return QStringLiteral("hung");
        }
        return QString::fromUtf8(probe.readAllStandardOutput());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
