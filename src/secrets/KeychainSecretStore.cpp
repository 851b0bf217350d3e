#include "KeychainSecretStore.h"

#include "core/AppInfo.h"
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Inlet {

namespace {
SecretKey probeKey()
{
    return SecretKey::forProfile(QStringLiteral("inlet-probe"), QStringLiteral("availability"));
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

bool KeychainSecretStore::sessionBusUnreachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    // libdbus's own default when the variable is unset: the per-user bus socket.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtimeDir.isEmpty() || !QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
#else
    return false;
#endif
}

SecretJob* KeychainSecretStore::finishedJob(const SecretResult& result)
{
    auto* job = new SecretJob(this);
    // Queued, so callers can connect to finished() before it fires.
    QTimer::singleShot(0, job, [job, result] { job->finish(result); });
    return job;
}

SecretJob* KeychainSecretStore::read(const SecretKey& key)
{
    return start(Operation::Read, key, {}, m_operationTimeoutMs);
}

SecretJob* KeychainSecretStore::write(const SecretKey& key, const QString& value)
{
    if (value.toUtf8().size() > kMaxSecretBytes)
        return finishedJob({SecretError::TooLarge, {}, {}});
    return start(Operation::Write, key, value, m_operationTimeoutMs);
}

SecretJob* KeychainSecretStore::remove(const SecretKey& key)
{
    return start(Operation::Remove, key, {}, m_operationTimeoutMs);
}

SecretJob* KeychainSecretStore::start(Operation operation, const SecretKey& key, const QString& value, int timeoutMs)
{
    if (!key.isValid())
        return finishedJob({SecretError::Other, QStringLiteral("invalid key"), {}});
    if (sessionBusUnreachable())
        return finishedJob({SecretError::NoKeychain, QStringLiteral("no D-Bus session bus"), {}});

    const QString service = AppInfo::appId();
    QKeychain::Job* keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(value);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(service);
        break;
    }
    keychainJob->setKey(key.toString());
    keychainJob->setInsecureFallback(false);

    auto* job = new SecretJob(this);
    watch(keychainJob, job, operation, timeoutMs);
    keychainJob->start();
    return job;
}

void KeychainSecretStore::watch(QKeychain::Job* keychainJob, SecretJob* job, Operation operation, int timeoutMs)
{
    // QtKeychain jobs cannot be cancelled; if one never answers, the SecretJob is finished with an
    // error and the keychain job is left to delete itself whenever it ends.
    keychainJob->setAutoDelete(true);
    auto* watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, job, [job] {
        qCWarning(lcSecrets) << "keychain did not answer in time";
        job->finish({SecretError::NoKeychain, QStringLiteral("the keychain did not answer in time"), {}});
    });
    watchdog->start(timeoutMs);

    connect(keychainJob, &QKeychain::Job::finished, job, [job, operation](QKeychain::Job* done) {
        SecretResult result;
        result.error = classifyKeychainError(done->error(), done->errorString());
        if (!result.ok()) {
            result.detail = done->errorString();
            qCInfo(lcSecrets) << "keychain error" << done->error() << done->errorString();
        } else if (operation == Operation::Read) {
            result.value = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        }
        job->finish(result);
    });
}

SecretJob* KeychainSecretStore::probeAvailability()
{
    if (m_availability)
        return finishedJob(*m_availability);

    auto* job = new SecretJob(this);
    if (m_pendingProbe) {
        // Share the probe in flight instead of starting a second one.
        connect(m_pendingProbe, &SecretJob::finished, job, &SecretJob::finish);
        return job;
    }
    m_pendingProbe = job;

    // A locked or uncreated collection still reads as "not found", so only a write proves it works.
    // The probe reports once its sentinel is deleted again, so it leaves no trace in the keychain.
    const auto conclude = [this, job](const SecretResult& result) {
        m_availability = result;
        m_pendingProbe = nullptr;
        qCInfo(lcSecrets) << "keychain available:" << result.ok();
        job->finish(result);
    };
    SecretJob* writeJob = start(Operation::Write, probeKey(), QStringLiteral("ok"), m_probeTimeoutMs);
    connect(writeJob, &SecretJob::finished, this, [this, conclude](const SecretResult& written) {
        if (!written.ok()) {
            conclude(written);
            return;
        }
        SecretJob* removeJob = start(Operation::Remove, probeKey(), {}, m_probeTimeoutMs);
        connect(removeJob, &SecretJob::finished, this, [conclude](const SecretResult& removed) {
            conclude(removed.ok() ? SecretResult{} : removed);
        });
    });
    return job;
}

} // namespace Inlet
