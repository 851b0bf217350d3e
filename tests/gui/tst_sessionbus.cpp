// Inlet started on an X display without a session bus must not autolaunch one: libdbus would start
// a dbus-daemon (through dbus-launch --autolaunch) that outlives the application.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSessionBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {QStringLiteral("-displayfd"),
                      QStringLiteral("1"),
                      QStringLiteral("-screen"),
                      QStringLiteral("0"),
                      QStringLiteral("1024x768x24"),
                      QStringLiteral("-nolisten"),
                      QStringLiteral("tcp")});
        QVERIFY2(m_xvfb.waitForStarted(), "Xvfb is missing (scripts/setup-debian.sh installs xvfb)");
        QVERIFY(QTest::qWaitFor([this] { return m_xvfb.canReadLine(); }, 20000));
        m_display = u':' + QString::fromLatin1(m_xvfb.readLine().trimmed());
        QVERIFY(autolaunchedDaemons().isEmpty());
    }

    void cleanupTestCase()
    {
        m_xvfb.kill();
        m_xvfb.waitForFinished();
    }

    void noBusIsAutolaunched()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path()); // no "bus" socket in it
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(INLET_APP), {});
        QVERIFY(app.waitForStarted());
        // The window is up once the xcb plugin is loaded and the event loop has run a while.
        QVERIFY(QTest::qWaitFor([&] { return mapsOf(app.processId()).contains("libqxcb"); }, 20000));
        QTest::qWait(1500);
        app.terminate();
        if (!app.waitForFinished(5000))
            app.kill();
        app.waitForFinished();
        const QStringList left = autolaunchedDaemons();
        for (const QString& pid : left)
            QProcess::execute(QStringLiteral("kill"), {pid});
        QVERIFY2(left.isEmpty(), "a session bus was autolaunched and left running");
    }

private:
    static QByteArray mapsOf(qint64 pid)
    {
        QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
        return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
    }

    // Pids of dbus-launch --autolaunch processes (and the daemons they start) now running.
    static QStringList autolaunchedDaemons()
    {
        QStringList pids;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("--autolaunch"))
                pids << entry;
        }
        return pids;
    }

    QProcess m_xvfb;
    QString m_display;
};

QTEST_GUILESS_MAIN(TestSessionBus)
#include "tst_sessionbus.moc"
