// No copy of a secret is left in Inlet's memory once the wizard has closed, after Finish and after
// Cancel. A child process starts as Inlet's main() does (freed heap blocks scrubbed; debugging allowed
// with INLET_ALLOW_DEBUGGING=1), drives the real wizard against the simulator and the real keychain
// with secrets it reads from a pipe (never from its environment or command line), closes it and
// waits; the parent takes a core of it with gdb's gcore and counts each secret in it, UTF-8 and
// UTF-16: the account's client secret, the source's password and every access token the simulator
// issued (read from the simulator's request log). A canary string the child keeps on purpose must be
// found, so the scan is known to see the child's heap.
//
// What it proves: no live or freed heap buffer, and no stack the core holds, keeps any of these
// secrets in either encoding at that moment. It does not cover the kernel's socket buffers, the
// keychain daemon, the simulator's process, or TLS (the simulator speaks plain http on loopback).
#include "AccountPage.h"
#include "CredentialForm.h"
#include "CredentialsPage.h"
#include "InletWizard.h"
#include "WizardDriver.h"
#include "WizardFixture.h"
#include "core/ProcessHardening.h"
#include "core/SecureMemory.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace Inlet;
using namespace Inlet::Test;

namespace {
const char kChildVariable[] = "INLET_SCRUB_CHILD"; // "finish" or "cancel"
const char kCanary[] = "inlet-scrub-canary-4f1d9c";

// Held on purpose for the whole run: the scan must find it.
QString g_canary;

int countOf(const QByteArray& haystack, const QByteArray& needle)
{
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++count;
    return count;
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

QString randomSecret(const char* prefix)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(QRandomGenerator::global()->generate64(), 0, 36);
}
} // namespace

class TestMemoryScrub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kChildVariable))
            return;
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty(),
                 "gcore is missing (scripts/setup-debian.sh installs gdb)");
    }

    void noSecretLeftAfterFinish() { run(QStringLiteral("finish")); }
    void noSecretLeftAfterCancel() { run(QStringLiteral("cancel")); }

private:
    void run(const QString& mode)
    {
        if (qEnvironmentVariableIsSet(kChildVariable))
            return child();

        const QString accountSecret = randomSecret("account-secret");
        const QString sourceSecret = randomSecret("spark-password");
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), mode);
        env.insert(QString::fromLatin1(ProcessHardening::optOutVariable()), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString function = mode == QLatin1String("finish") ? QStringLiteral("noSecretLeftAfterFinish")
                                                                 : QStringLiteral("noSecretLeftAfterCancel");
        child.start(QCoreApplication::applicationFilePath(), {function});
        QVERIFY(child.waitForStarted());
        child.write(accountSecret.toUtf8() + '\n' + sourceSecret.toUtf8() + '\n');

        // The child prints the simulator's address, then READY once the wizard has closed.
        QByteArray output;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         output += child.readAllStandardOutput();
                         return output.contains("READY") || child.state() == QProcess::NotRunning;
                     },
                     240000),
                 output.constData());
        QVERIFY2(output.contains("READY"), output.constData());
        const QList<QByteArray> simLine = output.split('\n');
        QUrl simulator;
        for (const QByteArray& line : simLine) {
            if (line.startsWith("SIM "))
                simulator = QUrl(QString::fromUtf8(line.mid(4).trimmed()));
        }
        QVERIFY(simulator.isValid());
        const QStringList tokens = issuedTokens(simulator);
        QVERIFY2(!tokens.isEmpty(), "the simulator log shows no bearer token");

        const QString corePrefix = dir.filePath(QStringLiteral("core"));
        QProcess gcore;
        gcore.start(QStringLiteral("gcore"), {QStringLiteral("-o"), corePrefix, QString::number(child.processId())});
        QVERIFY(gcore.waitForFinished(120000));
        QFile core(corePrefix + u'.' + QString::number(child.processId()));
        const bool opened = core.open(QIODevice::ReadOnly);
        child.write("done\n");
        child.closeWriteChannel();
        if (!child.waitForFinished(30000))
            child.kill();
        QVERIFY2(opened, gcore.readAllStandardError().constData());
        // A few hundred MB; an instrumented build's shadow memory would make it terabytes.
        QVERIFY2(core.size() < (qint64(4) << 30), "the core is over 4 GiB; is this a sanitizer build?");
        const QByteArray memory = core.readAll();
        QVERIFY(memory.size() > 1000000);

        QVERIFY2(countOf(memory, utf16(QLatin1String(kCanary))) >= 1, "the scan does not see the child's heap");
        QStringList found;
        const QList<QPair<QString, QString>> secrets = {{QStringLiteral("client secret"), accountSecret},
                                                        {QStringLiteral("Spark password"), sourceSecret}};
        QList<QPair<QString, QString>> all = secrets;
        for (const QString& token : tokens)
            all.append({QStringLiteral("access token"), token});
        for (const auto& [what, secret] : all) {
            const int utf8 = countOf(memory, secret.toUtf8());
            const int wide = countOf(memory, utf16(secret));
            if (utf8 + wide > 0)
                found << QStringLiteral("%1: %2× UTF-8, %3× UTF-16").arg(what).arg(utf8).arg(wide);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    // The bearer tokens of every request the simulator logged.
    static QStringList issuedTokens(const QUrl& simulator)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply =
            network.get(QNetworkRequest(simulator.resolved(QUrl(QStringLiteral("/__admin/requests?since=0")))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        const QJsonArray requests =
            QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("requests")).toArray();
        reply->deleteLater();
        QStringList tokens;
        for (const auto& request : requests) {
            const QJsonObject headers = request.toObject().value(QLatin1String("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                const QString value =
                    it.value().isArray() ? it.value().toArray().first().toString() : it.value().toString();
                if (it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0
                    && value.startsWith(QLatin1String("Bearer ")) && !tokens.contains(value.mid(7)))
                    tokens << value.mid(7);
            }
        }
        return tokens;
    }

    // Child: the wizard, end to end, then closed and kept alive for the core.
    void child()
    {
        g_canary = QString::fromLatin1(kCanary);
        QString accountSecret = readLine();
        QString sourceSecret = readLine();

        WizardFixture fixture;
        QVERIFY2(fixture.start(QStringLiteral("scrub")), qPrintable(fixture.errorText()));
        std::printf("SIM %s\n", qPrintable(fixture.sim().baseUrl().toString()));
        std::fflush(stdout);
        InletWizard& wizard = fixture.wizard();
        WizardDriver driver(wizard);
        driver.signIn(accountSecret);
        wipe(accountSecret);
        if (QTest::currentTestFailed())
            return;
        SeedSource spark = sparkSource();
        for (auto& [name, value] : spark.values) {
            if (name == spark.secretParam) {
                wipe(value);
                value = sourceSecret;
            }
        }
        wipe(sourceSecret);
        driver.chooseSource(spark);
        driver.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(InletWizard::CredentialsPageId), kTimeout);
        driver.fillCredentials(spark);
        for (auto& [name, value] : spark.values)
            wipe(value);
        spark.values.clear();
        driver.clickNext();
        QCOMPARE(wizard.currentId(), int(InletWizard::ReviewPageId));

        if (qEnvironmentVariable(kChildVariable) == QLatin1String("finish")) {
            QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kTimeout);
            QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        } else {
            QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
            QMessageBox* question = nullptr;
            QTRY_VERIFY((question = wizard.findChild<QMessageBox*>(QStringLiteral("confirmation"))));
            QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
        }
        QTRY_VERIFY(!wizard.isVisible());
        // What Inlet does until it exits: the event loop runs (deferred deletes, the network thread).
        QTest::qWait(1500);
        std::printf("READY\n");
        std::fflush(stdout);
        readLine(); // the parent has taken its core
    }

    // One line from stdin with read(2): stdio or iostreams would keep it in a buffer of their own.
    static QString readLine()
    {
        QByteArray bytes;
        bytes.reserve(256);
        char c = 0;
        while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
            bytes.append(c);
        c = 0;
        QString line = QString::fromUtf8(bytes);
        wipe(bytes);
        return line;
    }
};

int main(int argc, char* argv[])
{
    // As Inlet's main() does, in the child that is scanned.
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        if (!ProcessHardening::scrubFreedMemory(argv))
            std::fprintf(stderr, "freed memory is not scrubbed\n");
        ProcessHardening::apply(); // off: INLET_ALLOW_DEBUGGING=1, as a developer runs it
    }
    QApplication app(argc, argv);
    TestMemoryScrub test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memoryscrub.moc"
