// inlet-secret-probe: runs the availability probe and one write in whatever environment it is
// started in, and prints the two SecretError names. Used by tst_keychain.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Inlet;

namespace {
const char* name(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return "None";
    case SecretError::NotFound:
        return "NotFound";
    case SecretError::NoKeychain:
        return "NoKeychain";
    case SecretError::Locked:
        return "Locked";
    case SecretError::TooLarge:
        return "TooLarge";
    case SecretError::Other:
        return "Other";
    }
    return "?";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store;
    store.setProbeTimeout(8000);
    store.setOperationTimeout(8000);
    QTextStream out(stdout);
    QObject::connect(store.probeAvailability(), &SecretJob::finished, &app, [&](const SecretResult& probed) {
        out << "probe " << name(probed.error) << Qt::endl;
        SecretJob* write = store.write(SecretKey::forProfile(QStringLiteral("probe-test"), QStringLiteral("f")),
                                       QStringLiteral("value"));
        QObject::connect(write, &SecretJob::finished, &app, [&](const SecretResult& written) {
            out << "write " << name(written.error) << Qt::endl;
            QCoreApplication::quit();
        });
    });
    return QCoreApplication::exec();
}
