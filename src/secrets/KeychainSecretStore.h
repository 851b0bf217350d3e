#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace Inlet {

// SecretStore on QtKeychain: libsecret/GNOME Keyring/KWallet on Linux, Keychain Services on macOS,
// Credential Manager on Windows.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    SecretOperation* read(const SecretKey& key) override;
    SecretOperation* write(const SecretKey& key, const QString& value) override;
    SecretOperation* remove(const SecretKey& key) override;
    SecretOperation* probeAvailability() override;

    // How long one operation may take before it is reported as failed. A keychain may show an unlock
    // prompt, so this is generous; the availability probe uses its own, shorter limit.
    void setOperationTimeout(int milliseconds) { m_operationTimeoutMs = milliseconds; }
    void setProbeTimeout(int milliseconds) { m_probeTimeoutMs = milliseconds; }

    // True when no session bus can be reached without autolaunching one. Autolaunching from a process
    // with an X display spawns a keyring prompt nobody answers, and the job never finishes.
    static bool sessionBusUnreachable();

private:
    enum class Action { Read, Write, Remove };

    // What a call that never answered means: locked and waiting for its unlock, or no keychain.
    static Error unansweredError();
    // The Secret Service's default collection reports itself locked (false when unsure).
    static bool defaultCollectionLocked();
    SecretOperation* start(Action action, const SecretKey& key, const QString& value, int timeoutMs);
    void watch(QKeychain::Job* keychainJob, SecretOperation* job, Action action, const SecretKey& key, int timeoutMs);

    bool m_available = false;
    SecretOperation* m_pendingProbe = nullptr;
    int m_operationTimeoutMs = 120000;
    int m_probeTimeoutMs = 15000;
};

} // namespace Inlet
