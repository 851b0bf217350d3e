// A copied secret does not outlive Inlet through an X11 clipboard manager. When an application that
// owns the clipboard exits, Qt hands its contents to the CLIPBOARD_MANAGER (the freedesktop
// SAVE_TARGETS protocol), which keeps them after the application is gone. Here the manager is Xfce's
// (xfsettingsd, which implements that protocol as GNOME's did) on Xvfb, and each copy is made by a
// child process that quits as Inlet does (QApplication::exec() returning, then the application object
// destroyed); the clipboard is read afterwards with xclip.
#include "Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Inlet;

namespace {
const char kChildVariable[] = "INLET_CLIPBOARD_CHILD"; // "secret", "plain" or "replaced"
const char kTextVariable[] = "INLET_CLIPBOARD_TEXT";
} // namespace

class TestClipboardManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kChildVariable))
            return;
        for (const char* tool : {"Xvfb", "xfsettingsd", "xclip", "dbus-daemon"}) {
            QVERIFY2(
                !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                qPrintable(
                    QStringLiteral("%1 is missing (scripts/setup-debian.sh installs it)").arg(QLatin1String(tool))));
        }
        m_xvfb.start(QStringLiteral("Xvfb"),
                     {QStringLiteral("-displayfd"),
                      QStringLiteral("1"),
                      QStringLiteral("-screen"),
                      QStringLiteral("0"),
                      QStringLiteral("800x600x24"),
                      QStringLiteral("-nolisten"),
                      QStringLiteral("tcp")});
        QVERIFY(m_xvfb.waitForStarted());
        QVERIFY(QTest::qWaitFor([this] { return m_xvfb.canReadLine(); }, 20000));
        m_display = u':' + QString::fromLatin1(m_xvfb.readLine().trimmed());

        // xfsettingsd keeps its settings in xfconfd, which its own session bus starts on demand.
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        QVERIFY(m_bus.waitForStarted());
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QString busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QProcessEnvironment env = managerEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        m_manager.setProcessEnvironment(env);
        m_manager.start(QStringLiteral("xfsettingsd"), {QStringLiteral("--disable-wm-check")});
        QVERIFY(m_manager.waitForStarted());
        // Ready once a plain copy outlives its application: the manager took it over.
        const QString probe = uniqueText(QStringLiteral("ready"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         runChild(QStringLiteral("plain"), probe);
                         return clipboardText() == probe;
                     },
                     30000),
                 "the clipboard manager never took over a copy");
    }

    void cleanupTestCase()
    {
        for (QProcess* process : {&m_manager, &m_bus, &m_xvfb}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished();
        }
    }

    // What is not secret is kept by the manager after Inlet is gone: the manager works.
    void plainTextIsHandedToTheManager()
    {
        if (isChild())
            return copyAndQuit();
        const QString text = uniqueText(QStringLiteral("connection-id"));
        QCOMPARE(runChild(QStringLiteral("plain"), text), 0);
        QCOMPARE(clipboardText(), text);
    }

    // The Spark config line with its SAS token: cleared before Qt hands the clipboard over.
    void aSecretIsNotHandedToTheManager()
    {
        if (isChild())
            return copyAndQuit();
        const QString secret = uniqueText(QStringLiteral("fs.azure.sas.c.a.blob.core.windows.net sv=1&sig"));
        QCOMPARE(runChild(QStringLiteral("secret"), secret), 0);
        const QString left = clipboardText();
        QVERIFY2(!left.contains(secret), qPrintable(left));
        QVERIFY(left.isEmpty());
    }

    // The user copied something else since: that is theirs, and the manager keeps it.
    void whatTheUserCopiedSinceIsKept()
    {
        if (isChild())
            return copyAndQuit();
        const QString text = uniqueText(QStringLiteral("copied-later"));
        QCOMPARE(runChild(QStringLiteral("replaced"), text), 0);
        QCOMPARE(clipboardText(), text);
    }

private:
    static bool isChild() { return qEnvironmentVariableIsSet(kChildVariable); }

    static QString uniqueText(const QString& prefix)
    {
        return QStringLiteral("%1=%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 16);
    }

    // Child: copies as Inlet does and quits the way Inlet quits.
    static void copyAndQuit()
    {
        const QString mode = qEnvironmentVariable(kChildVariable);
        const QString text = qEnvironmentVariable(kTextVariable);
        Clipboard clipboard;
        if (mode == QLatin1String("plain")) {
            clipboard.copy(text, Clipboard::Content::Plain);
        } else if (mode == QLatin1String("secret")) {
            clipboard.copy(text, Clipboard::Content::Secret);
        } else {
            clipboard.copy(QStringLiteral("secret line sig=do-not-keep"), Clipboard::Content::Secret);
            QApplication::clipboard()->setText(text); // as another application would
        }
        QTimer::singleShot(300, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
    }

    QProcessEnvironment managerEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return env;
    }

    int runChild(const QString& mode, const QString& text) const
    {
        QProcessEnvironment env = managerEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QString::fromLatin1(kChildVariable), mode);
        env.insert(QString::fromLatin1(kTextVariable), text);
        // Under AddressSanitizer (scripts/test-sanitizers.sh): libxkbcommon-x11 strndup()s key names
        // that are not NUL-terminated, which is correct, but strict_string_checks reads on to a NUL and
        // reports it. This is the only test whose children connect to an X server.
        QString sanitizer = env.value(QStringLiteral("ASAN_OPTIONS"));
        if (!sanitizer.isEmpty()) {
            sanitizer.replace(QLatin1String("strict_string_checks=1"), QLatin1String("strict_string_checks=0"));
            env.insert(QStringLiteral("ASAN_OPTIONS"), sanitizer);
        }
        const QString function = mode == QLatin1String("plain") ? QStringLiteral("plainTextIsHandedToTheManager")
            : mode == QLatin1String("secret")                   ? QStringLiteral("aSecretIsNotHandedToTheManager")
                                                                : QStringLiteral("whatTheUserCopiedSinceIsKept");
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings in this test's log
        child.start(QCoreApplication::applicationFilePath(), {function});
        if (!child.waitForFinished(30000)) {
            child.kill();
            child.waitForFinished();
            return -1;
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    QString clipboardText() const
    {
        QProcess xclip;
        xclip.setProcessEnvironment(managerEnvironment());
        xclip.start(QStringLiteral("xclip"),
                    {QStringLiteral("-o"), QStringLiteral("-selection"), QStringLiteral("clipboard")});
        if (!xclip.waitForFinished(10000)) {
            xclip.kill();
            xclip.waitForFinished();
            return QStringLiteral("<xclip hung>");
        }
        return QString::fromUtf8(xclip.readAllStandardOutput());
    }

    QTemporaryDir m_home;
    QProcess m_xvfb;
    QProcess m_bus;
    QProcess m_manager;
    QString m_display;
};

QTEST_MAIN(TestClipboardManager)
#include "tst_clipboardmanager.moc"
