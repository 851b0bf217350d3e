// Secrets in memory stay out of core dumps and debuggers: the hardening itself, and that the
// installed entry point applies it (release builds) unless the developer opts out.
#include "core/ProcessHardening.h"

#include <QFile>
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
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (optOut)
            environment.insert(QString::fromLatin1(ProcessHardening::optOutVariable()), QStringLiteral("1"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(INLET_APP), {});
        QVERIFY(app.waitForStarted());
        // Hardening runs before QApplication; once the platform plugin is loaded, it has happened.
        QVERIFY(QTest::qWaitFor(
            [&] { return readProcFile(app.processId(), "maps").contains(QStringLiteral("libqoffscreen")); }, 10000));
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
