#pragma once

#include "core/AppInfo.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace Inlet::Test {

// What a finished keychain job reported, copied out before the job deletes itself.
struct SecretOutcome
{
    Error::Kind error = Error::Kind::Keychain;
    QString detail = QStringLiteral("job did not finish");
    QString message; // Error::actionableMessage()
    QString value;

    bool ok() const { return error == Error::Kind::None; }
};

// Waits for a keychain job and returns what it reported; a Keychain error if it never finished.
inline SecretOutcome waitFor(SecretOperation* job, int timeoutMs = 20000)
{
    SecretOutcome outcome;
    bool done = false;
    QObject::connect(job, &Operation::finished, [&, job] {
        outcome = {
            job->error().kind(), job->error().technicalDetail(), job->error().actionableMessage(), job->result()};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("keychain job did not finish within %d ms", timeoutMs);
    return outcome;
}

// Looks the key up with libsecret's own command-line tool, independently of Inlet and QtKeychain.
// Returns the stored secret, or a null string when there is none.
inline QString secretToolLookup(const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), AppInfo::appId(), QStringLiteral("user"), key});
    if (!tool.waitForFinished(15000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace Inlet::Test
