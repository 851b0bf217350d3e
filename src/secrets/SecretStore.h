#pragma once

#include "SecretKey.h"
#include "core/Operation.h"

#include <QObject>
#include <QString>

namespace Inlet {

// One keychain job (core/Operation.h has the contract). result() is the secret after a successful
// read, empty otherwise; error() is one of Error's keychain kinds (SecretNotFound, NoKeychain, …).
using SecretOperation = ResultOperation<QString>;

// Reads, writes and deletes secrets. The only implementation in the product is the OS keychain;
// there is deliberately no plaintext fallback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretOperation* read(const SecretKey& key) = 0;
    virtual SecretOperation* write(const SecretKey& key, const QString& value) = 0;
    virtual SecretOperation* remove(const SecretKey& key) = 0;

    // Checks whether secrets can be stored at all; once they can, later calls reuse that answer.
    virtual SecretOperation* probeAvailability() = 0;
};

} // namespace Inlet
