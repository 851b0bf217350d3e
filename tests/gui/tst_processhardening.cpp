// Secrets in memory stay out of core dumps and debuggers: the hardening itself, and that the
// installed entry point applies it (release builds) unless the developer opts out. Freed heap blocks
// are scrubbed however the application is started: through the launcher users start (which sets glibc's
// settings, so the application is exec'd once) or directly (it restarts itself with them).
#include "core/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Inlet;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Children inherit this: a core limit the hardening must bring back to zero.
        const rlimit allowCores{RLIM_INFINITY, RLIM_INFINITY};
        QCOMPARE(setrlimit(RLIMIT_CORE, &allowCores), 0);
    }

    // Before noCoreAndNoAttach(): once applied, this process stays hardened.
    void theOptOutLeavesTheProcessDebuggable()
    {
        qputenv(ProcessHardening::optOutVariable().constData(), "1");
        QVERIFY(!ProcessHardening::apply());
        qunsetenv(ProcessHardening::optOutVariable().constData());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        QCOMPARE(coreLimit(), RLIM_INFINITY);
    }

    void theApplicationHardensItself_data()
    {
        QTest::addColumn<bool>("optOut");
        QTest::newRow("release") << false;
        QTest::newRow("INLET_ALLOW_DEBUGGING=1") << true;
    }

    void theApplicationHardensItself()
    {
#ifndef NDEBUG
        QSKIP("Debug builds leave cores and debuggers on; the release suite checks the application.");
#endif
        QFETCH(bool, optOut);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = applicationEnvironment(home);
        if (optOut)
            environment.insert(QString::fromLatin1(ProcessHardening::optOutVariable()), QStringLiteral("1"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(INLET_ENTRY_POINT), {});
        QVERIFY(app.waitForStarted());
        QVERIFY(waitUntilRunning(app));
        const QString limits = readProcFile(app.processId(), "limits");
        static const QRegularExpression coreLine(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        const auto match = coreLine.match(limits);
        QVERIFY2(match.hasMatch(), qPrintable(limits));
        if (optOut) {
            QCOMPARE(match.captured(1), QStringLiteral("unlimited"));
        } else {
            QCOMPARE(match.captured(1), QStringLiteral("0"));
            QCOMPARE(match.captured(2), QStringLiteral("0"));
        }
        app.kill();
        app.waitForFinished();
    }

    void freedMemoryIsScrubbedHowEverStarted_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("ownTunables");
        QTest::addColumn<QString>("startedBy");
        QTest::newRow("launcher") << QStringLiteral(INLET_ENTRY_POINT) << QString() << QStringLiteral("launcher");
        QTest::newRow("launcher, the user's own tunables kept")
            << QStringLiteral(INLET_ENTRY_POINT) << QStringLiteral("glibc.malloc.arena_max=4")
            << QStringLiteral("launcher");
        QTest::newRow("application started directly")
            << QStringLiteral(INLET_APP) << QString() << QStringLiteral("restart");
    }

    void freedMemoryIsScrubbedHowEverStarted()
    {
        QFETCH(QString, program);
        QFETCH(QString, ownTunables);
        QFETCH(QString, startedBy);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = applicationEnvironment(home);
        environment.remove(QStringLiteral("GLIBC_TUNABLES"));
        if (!ownTunables.isEmpty())
            environment.insert(QStringLiteral("GLIBC_TUNABLES"), ownTunables);
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(program, {});
        QVERIFY(app.waitForStarted());
        QVERIFY(waitUntilRunning(app));
        // The running image is the application, whichever program was started.
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(app.processId())).canonicalFilePath(),
                 QFileInfo(QStringLiteral(INLET_APP)).canonicalFilePath());
        // The environment it was exec'd with (the application removes both variables afterwards, which
        // leaves this block as it was): glibc read the settings, and the marker names who set them. A
        // launched application that restarted itself anyway would show "restart".
        const QString startEnvironment = readProcFile(app.processId(), "environ");
        QStringList tunables{QStringLiteral("glibc.malloc.perturb=90"), QStringLiteral("glibc.malloc.tcache_count=0")};
        if (!ownTunables.isEmpty())
            tunables.prepend(ownTunables); // added to, never replaced
        for (QString& tunable : tunables)
            tunable = QRegularExpression::escape(tunable);
        // glibc's parser cuts the value at each ':' in place, so the block may show NULs there.
        const QRegularExpression tunablesEntry(
            QStringLiteral("(^|\\x00)GLIBC_TUNABLES=%1(\\x00|$)").arg(tunables.join(QStringLiteral("[:\\x00]"))));
        QVERIFY2(tunablesEntry.match(startEnvironment).hasMatch(),
                 qPrintable(QString(startEnvironment).replace(QChar(0), u' ')));
        QVERIFY(startEnvironment.split(QChar(0)).contains(QStringLiteral("INLET_FREED_MEMORY_SCRUB=") + startedBy));
        app.kill();
        app.waitForFinished();
    }

    // A launcher copied away from the application it starts says so, and fails.
    void theLauncherSaysWhenItFindsNoApplication()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString launcher = folder.filePath(QStringLiteral("inlet"));
        QVERIFY(QFile::copy(QStringLiteral(INLET_ENTRY_POINT), launcher));
        QProcess process;
        process.start(launcher, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 127);
        const QString message = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(message.startsWith(QStringLiteral("inlet: cannot start ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("libexec/inlet/inlet: No such file or directory")),
                 qPrintable(message));
    }

    // Last: it hardens this process, and every child after it would inherit the zero core limit.
    void noCoreAndNoAttach()
    {
        QVERIFY(ProcessHardening::apply());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(coreLimit(), rlim_t(0));
        // LeakSanitizer attaches to this process at exit (sanitizer run); let it.
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
    }

private:
    // Ours, with a throw-away home and no display.
    static QProcessEnvironment applicationEnvironment(const QTemporaryDir& home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    // Hardening and the scrub settings come before QApplication; once the platform plugin is loaded,
    // they have been applied.
    static bool waitUntilRunning(const QProcess& app)
    {
        return QTest::qWaitFor(
            [&] { return readProcFile(app.processId(), "maps").contains(QStringLiteral("libqoffscreen")); }, 10000);
    }

    static rlim_t coreLimit()
    {
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        return limit.rlim_cur;
    }

    static QString readProcFile(qint64 pid, const char* name)
    {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
