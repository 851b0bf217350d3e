#include "SecretError.h"

#include <QCoreApplication>
#include <QStringList>

namespace Inlet {

QString secretErrorMessage(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return QCoreApplication::translate("Inlet::SecretStore", "No saved secret was found in the system keychain.");
    case SecretError::NoKeychain:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "No system keychain is available. Install and start a Secret Service provider such as "
            "GNOME Keyring or KWallet, then try again; until then Inlet cannot remember secrets.");
    case SecretError::Locked:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "The system keychain is locked or refused access. Unlock it (for example by logging in "
            "again, or in your keyring manager) and allow Inlet to use it.");
    case SecretError::TooLarge:
        return QCoreApplication::translate(
            "Inlet::SecretStore",
            "This secret is too long to store in the system keychain (more than %n bytes).",
            nullptr,
            kMaxSecretBytes);
    case SecretError::Other:
        return QCoreApplication::translate("Inlet::SecretStore",
                                           "The system keychain reported an error. See the details, then try again.");
    }
    return {};
}

SecretError classifyKeychainError(int keychainErrorCode, const QString& backendText)
{
    // Values of QKeychain::Error; repeated here so the mapping is testable without a keychain.
    enum {
        NoError,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError
    };

    switch (keychainErrorCode) {
    case NoError:
        return SecretError::None;
    case EntryNotFound:
        return SecretError::NotFound;
    case AccessDeniedByUser:
    case AccessDenied:
        return SecretError::Locked;
    case NoBackendAvailable:
    case NotImplemented:
        return SecretError::NoKeychain;
    default:
        break;
    }

    static const QStringList noServiceTexts = {
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("Cannot autolaunch D-Bus"),
        QStringLiteral("Could not connect"),
        QStringLiteral("D-Bus"),
        QStringLiteral("DBus"),
        QStringLiteral("No keychain service available"),
    };
    // gnome-keyring activated but without a usable default collection: it must be unlocked or created.
    if (backendText.contains(QStringLiteral("/org/freedesktop/secrets/collection"))
        || backendText.contains(QStringLiteral("locked"), Qt::CaseInsensitive)) {
        return SecretError::Locked;
    }
    for (const QString& text : noServiceTexts) {
        if (backendText.contains(text, Qt::CaseInsensitive))
            return SecretError::NoKeychain;
    }
    return SecretError::Other;
}

} // namespace Inlet
