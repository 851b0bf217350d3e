#pragma once

#include "SecretError.h"
#include "SecretKey.h"

#include <QObject>
#include <QString>

namespace Inlet {

struct SecretResult
{
    SecretError error = SecretError::None;
    QString detail; // the backend's own text, for the details area; never contains the secret
    QString value; // only set by a successful read

    bool ok() const { return error == SecretError::None; }
    QString message() const { return secretErrorMessage(error); }
};

// One asynchronous keychain operation. Emits finished() exactly once, then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void finish(const SecretResult& result);
    bool isFinished() const { return m_finished; }

signals:
    void finished(const Inlet::SecretResult& result);

private:
    bool m_finished = false;
};

// Reads, writes and deletes secrets. The only implementation in the product is the OS keychain;
// there is deliberately no plaintext fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretJob* read(const SecretKey& key) = 0;
    virtual SecretJob* write(const SecretKey& key, const QString& value) = 0;
    virtual SecretJob* remove(const SecretKey& key) = 0;

    // Checks once whether secrets can be stored at all; later calls reuse the answer.
    virtual SecretJob* probeAvailability() = 0;
};

} // namespace Inlet
