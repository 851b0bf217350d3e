// The secret store against the real Secret Service (gnome-keyring in the test command's private
// D-Bus session), checked independently with secret-tool.
#include "SecretTestSupport.h"
#include "secrets/KeychainSecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Inlet;

namespace {
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kLogin = QStringLiteral("/org/freedesktop/secrets/collection/login");
const QByteArray kMasterPassword = "inlet-locked-test";

// Takes gnome-keyring's prompts and never answers them: an unlock prompt nobody has answered yet.
class SilentPrompter : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection&) override
    {
        ++m_calls;
        Q_UNUSED(message)
        return true; // no reply
    }
    int calls() const { return m_calls; }

private:
    int m_calls = 0;
};

// A session bus of its own with a gnome-keyring of its own, so locking it disturbs no other test.
class PrivateKeyring
{
public:
    ~PrivateKeyring()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("private-keyring"));
        for (QProcess* process : {&m_keyring, &m_bus}) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished();
        }
    }

    bool start()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir="
                     + m_dir.path().toUtf8()
                     + "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + config.fileName(),
                     QStringLiteral("--print-address"),
                     QStringLiteral("--nofork")});
        if (!m_bus.waitForStarted() || !m_bus.waitForReadyRead(10000))
            return false;
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted())
            return false;
        m_keyring.write(kMasterPassword);
        m_keyring.closeWriteChannel();
        m_connection = QDBusConnection::connectToBus(m_address, QStringLiteral("private-keyring"));
        return QTest::qWaitFor(
            [this] { return m_connection.interface()->isServiceRegistered(kSecrets).value() && !isLocked(); }, 15000);
    }

    QDBusConnection& connection() { return m_connection; }
    QProcessEnvironment clientEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

    bool isLocked()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            kSecrets, kLogin, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusMessage reply = m_connection.call(get, QDBus::Block, 5000);
        return reply.arguments().isEmpty() || reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
    }

    // The Secret Service's own Lock(): no prompt needed.
    bool lock()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(kSecrets,
                                                           QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                                           QStringLiteral("Lock"));
        call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kLogin)});
        m_connection.call(call, QDBus::Block, 5000);
        return isLocked();
    }

    // gnome-keyring's unlock with the master password, as its PAM module does, without a prompt.
    bool unlock()
    {
        QDBusMessage open = QDBusMessage::createMethodCall(kSecrets,
                                                           QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"),
                                                           QStringLiteral("OpenSession"));
        open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage opened = m_connection.call(open, QDBus::Block, 5000);
        if (opened.arguments().size() < 2)
            return false;
        const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();
        QDBusArgument secret;
        secret.beginStructure();
        secret << session << QByteArray() << kMasterPassword << QStringLiteral("text/plain");
        secret.endStructure();
        QDBusMessage unlock =
            QDBusMessage::createMethodCall(kSecrets,
                                           QStringLiteral("/org/freedesktop/secrets"),
                                           QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                                           QStringLiteral("UnlockWithMasterPassword"));
        unlock << QVariant::fromValue(QDBusObjectPath(kLogin)) << QVariant::fromValue(secret);
        m_connection.call(unlock, QDBus::Block, 5000);
        return !isLocked();
    }

    QString lookup(const QString& key) const
    {
        QProcess tool;
        tool.setProcessEnvironment(clientEnvironment());
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), AppInfo::appId(), QStringLiteral("user"), key});
        tool.waitForFinished(15000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QDBusConnection m_connection{QString()};
};
} // namespace

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

    // Locked, and the unlock prompt cannot be shown (no display): "locked" at once, never "no keychain",
    // and no entry is written.
    void aLockedKeyringIsReportedAsLocked()
    {
        PrivateKeyring keyring;
        QVERIFY2(keyring.start(), "dbus-daemon and gnome-keyring-daemon could not be started");
        QVERIFY(keyring.lock());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runProbe(keyring.clientEnvironment()), QStringLiteral("probe Locked\nwrite Locked\n"));
        QVERIFY2(timer.elapsed() < 8000, "a locked keyring is reported without waiting for a timeout");
        QVERIFY(keyring.unlock());
        QVERIFY(keyring.lookup(probeKeyText()).isEmpty()); // the probe left nothing behind
        QVERIFY(keyring.lookup(SecretKey::forProfile(QStringLiteral("probe-test"), QStringLiteral("f")).toString())
                    .isEmpty());
    }

    // Locked with its unlock prompt up and unanswered: after the wait, "locked" (unlock it), not "no
    // keychain"; a probe that timed out leaves no entry once the keyring is unlocked.
    void aKeyringWaitingForItsUnlockPromptIsLocked()
    {
        PrivateKeyring keyring;
        QVERIFY2(keyring.start(), "dbus-daemon and gnome-keyring-daemon could not be started");
        SilentPrompter prompter;
        QVERIFY(keyring.connection().registerVirtualObject(
            QStringLiteral("/org/gnome/keyring/Prompter"), &prompter, QDBusConnection::SubPath));
        QVERIFY(keyring.connection().registerService(QStringLiteral("org.gnome.keyring.SystemPrompter")));
        QVERIFY(keyring.lock());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runProbe(keyring.clientEnvironment()), QStringLiteral("probe Locked\nwrite Locked\n"));
        QVERIFY2(timer.elapsed() >= 8000, "the keyring answered instead of waiting for its prompt");
        QVERIFY(keyring.unlock());
        QVERIFY(keyring.lookup(probeKeyText()).isEmpty());
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
