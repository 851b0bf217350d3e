// inlet-secret-probe: runs the availability probe and one write in whatever environment it is
// started in, and prints the two Error kinds. Used by tst_keychain.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Inlet;

namespace {
const char* name(const Error& error)
{
    switch (error.kind()) {
    case Error::Kind::None:
        return "None";
    case Error::Kind::SecretNotFound:
        return "NotFound";
    case Error::Kind::NoKeychain:
        return "NoKeychain";
    case Error::Kind::KeychainLocked:
        return "Locked";
    case Error::Kind::KeychainRefused:
        return "Refused";
    case Error::Kind::SecretTooLarge:
        return "TooLarge";
    default:
        return "Other";
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store;
    store.setProbeTimeout(8000);
    store.setOperationTimeout(8000);
    QTextStream out(stdout);
    SecretOperation* probe = store.probeAvailability();
    QObject::connect(probe, &Operation::finished, &app, [&, probe] {
        out << "probe " << name(probe->error()) << Qt::endl;
        SecretOperation* write = store.write(SecretKey::forProfile(QStringLiteral("probe-test"), QStringLiteral("f")),
                                             QStringLiteral("value"));
        QObject::connect(write, &Operation::finished, &app, [&, write] {
            out << "write " << name(write->error()) << Qt::endl;
            QCoreApplication::quit();
        });
    });
    return QCoreApplication::exec();
}
