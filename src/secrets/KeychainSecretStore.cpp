#include "KeychainSecretStore.h"

#include "core/AppInfo.h"
#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

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
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (address == "disabled:") // set by main() when there was no bus, so none is autolaunched
        return true;
    if (!address.isEmpty())
        return false;
    // libdbus's own default when the variable is unset: the per-user bus socket.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtimeDir.isEmpty() || !QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
#else
    return false;
#endif
}

SecretOperation* KeychainSecretStore::read(const SecretKey& key)
{
    return start(Action::Read, key, {}, m_operationTimeoutMs);
}

SecretOperation* KeychainSecretStore::write(const SecretKey& key, const QString& value)
{
    if (value.toUtf8().size() > kMaxSecretBytes)
        return SecretOperation::settled(Error::make(Error::Kind::SecretTooLarge), this);
    return start(Action::Write, key, value, m_operationTimeoutMs);
}

SecretOperation* KeychainSecretStore::remove(const SecretKey& key)
{
    return start(Action::Remove, key, {}, m_operationTimeoutMs);
}

SecretOperation* KeychainSecretStore::start(Action action, const SecretKey& key, const QString& value, int timeoutMs)
{
    if (!key.isValid())
        return SecretOperation::settled(Error::make(Error::Kind::Keychain, QStringLiteral("invalid key")), this);
    if (sessionBusUnreachable())
        return SecretOperation::settled(Error::make(Error::Kind::NoKeychain, QStringLiteral("no D-Bus session bus")),
                                        this);

    const QString service = AppInfo::appId();
    QKeychain::Job* keychainJob = nullptr;
    switch (action) {
    case Action::Read:
        keychainJob = new QKeychain::ReadPasswordJob(service);
        break;
    case Action::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(value);
        keychainJob = writeJob;
        break;
    }
    case Action::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(service);
        break;
    }
    keychainJob->setKey(key.toString());
    keychainJob->setInsecureFallback(false);

    auto* job = new SecretOperation(this);
    watch(keychainJob, job, action, key, timeoutMs);
    keychainJob->start();
    return job;
}

void KeychainSecretStore::watch(
    QKeychain::Job* keychainJob, SecretOperation* job, Action action, const SecretKey& key, int timeoutMs)
{
    // QtKeychain jobs cannot be cancelled; if one never answers, the SecretOperation is finished with an
    // error and the keychain job is left to delete itself whenever it ends.
    keychainJob->setAutoDelete(true);
    auto* watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, job, [job] {
        qCWarning(lcSecrets) << "keychain did not answer in time";
        job->finishWithError(unansweredError());
    });
    watchdog->start(timeoutMs);

    const QPointer<SecretOperation> watched = job;
    connect(keychainJob, &QKeychain::Job::finished, this, [this, watched, action, key](QKeychain::Job* done) {
        const Error error = Error::fromKeychain(done->error(), done->errorString());
        if (watched.isNull() || watched->isFinished()) {
            // Already reported as failed (no answer in time). A write that landed after all is undone,
            // so the keychain holds what the caller was told – and a probe leaves no trace.
            if (action == Action::Write && !error)
                start(Action::Remove, key, {}, m_operationTimeoutMs);
            return;
        }
        if (error) {
            qCInfo(lcSecrets) << "keychain error" << done->error() << done->errorString();
            watched->finishWithError(error);
        } else if (action == Action::Read) {
            watched->finishWithResult(static_cast<QKeychain::ReadPasswordJob*>(done)->textData());
        } else {
            watched->finishWithResult({});
        }
    });
}

Error KeychainSecretStore::unansweredError()
{
    // A Secret Service that holds a call is usually showing its unlock prompt: "locked", not "absent".
    if (defaultCollectionLocked()) {
        return Error::make(Error::Kind::KeychainLocked,
                           QStringLiteral("the keychain is locked and waiting to be unlocked"));
    }
    return Error::make(Error::Kind::NoKeychain, QStringLiteral("the keychain did not answer in time"));
}

bool KeychainSecretStore::defaultCollectionLocked()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (sessionBusUnreachable())
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                                      QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    return false;
#endif
}

SecretOperation* KeychainSecretStore::probeAvailability()
{
    if (m_available)
        return SecretOperation::settled({}, this);

    auto* job = new SecretOperation(this);
    if (m_pendingProbe) {
        // Share the probe in flight instead of starting a second one.
        SecretOperation* pending = m_pendingProbe;
        connect(pending, &Operation::finished, job, [pending, job] {
            if (pending->error())
                job->finishWithError(pending->error());
            else
                job->finishWithResult({});
        });
        return job;
    }
    m_pendingProbe = job;

    // A locked or uncreated collection still reads as "not found", so only a write proves it works.
    // The probe reports once its sentinel is deleted again, so it leaves no trace in the keychain.
    // Only a success is remembered: a keychain that was locked or missing may be unlocked or
    // started while Inlet runs, and the next probe must see it.
    const auto conclude = [this, job](const Error& error) {
        m_available = !error;
        m_pendingProbe = nullptr;
        qCInfo(lcSecrets) << "keychain available:" << !error;
        if (error)
            job->finishWithError(error);
        else
            job->finishWithResult({});
    };
    SecretOperation* writeJob = start(Action::Write, probeKey(), QStringLiteral("ok"), m_probeTimeoutMs);
    connect(writeJob, &Operation::finished, this, [this, conclude, writeJob] {
        if (writeJob->error()) {
            conclude(writeJob->error());
            return;
        }
        SecretOperation* removeJob = start(Action::Remove, probeKey(), {}, m_probeTimeoutMs);
        connect(removeJob, &Operation::finished, this, [conclude, removeJob] { conclude(removeJob->error()); });
    });
    return job;
}

} // namespace Inlet
