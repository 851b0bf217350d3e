#pragma once

#include <QString>

namespace Inlet {

enum class SecretError {
    None,
    NotFound,
    NoKeychain, // no Secret Service / credential store reachable
    Locked, // keychain present but locked, or the user denied access
    TooLarge, // over the size every platform's keychain accepts
    Other,
};

// One sentence a person can act on, translated.
QString secretErrorMessage(SecretError error);

// Largest secret, in UTF-8 bytes, Inlet stores. Windows' credential store in QtKeychain 0.13 refuses
// more than 2,560 bytes, so this keeps well clear of it on every platform.
constexpr int kMaxSecretBytes = 2048;

// Maps a QtKeychain error code and its (untranslated, backend) text onto SecretError.
// QtKeychain 0.13.2 reports a missing Secret Service as OtherError with D-Bus texts, never as
// NoBackendAvailable, so the text decides.
SecretError classifyKeychainError(int keychainErrorCode, const QString& backendText);

} // namespace Inlet
