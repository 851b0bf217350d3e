#pragma once

// A Setup against the simulator and the real keychain, for the use-case tests (no QtWidgets).

#include "PlatformTestSupport.h"
#include "SimulatorProcess.h"
#include "core/Settings.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/Setup.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

struct SetupUnderTest
{
    SetupUnderTest()
        : settings(dir.filePath(QStringLiteral("inlet.ini")))
        , setup(settings, secrets, network)
    {
        // Fast retries, so the faults below cost little time.
        Inlet::HttpPolicy policy = setup.session().policy();
        policy.backoffBase = std::chrono::milliseconds(50);
        policy.backoffCap = std::chrono::milliseconds(200);
        setup.session().setPolicy(policy);
    }

    QTemporaryDir dir;
    Inlet::Settings settings;
    Inlet::KeychainSecretStore secrets;
    QNetworkAccessManager network;
    Inlet::Setup setup;
};

// What a finished NewConnectionOperation reported, copied before it deletes itself.
struct CreateRun
{
    bool finished = false;
    Inlet::Error error;
    Inlet::NewConnection result;
    QString outcomeMessage;
    bool lookFailed = false;
};

inline CreateRun awaitNewConnection(Inlet::NewConnectionOperation* operation, int timeoutMs = 30000)
{
    CreateRun run;
    run.finished = awaitOperation<Inlet::NewConnectionOperation>(
        operation,
        [&run](Inlet::NewConnectionOperation* op) {
            run.error = op->error();
            run.result = op->result();
            run.outcomeMessage = op->outcomeMessage();
            run.lookFailed = op->lookFailed();
        },
        timeoutMs);
    return run;
}
