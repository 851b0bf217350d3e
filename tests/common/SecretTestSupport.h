#pragma once

#include "core/AppInfo.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace Inlet::Test {

// Waits for a SecretJob and returns what it reported; an empty Other result if it never finished.
inline SecretResult waitFor(SecretJob* job, int timeoutMs = 20000)
{
    SecretResult result{SecretError::Other, QStringLiteral("job did not finish"), {}};
    bool done = false;
    QObject::connect(job, &SecretJob::finished, [&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("SecretJob did not finish within %d ms", timeoutMs);
    return result;
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
