#pragma once

#include "core/Operation.h"
#include "core/Profile.h"
#include "platform/PlatformTypes.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

namespace Inlet {

class PlatformSession;
class ProfileStore;

// What a successful sign-in leaves behind.
struct SignedIn
{
    Profile profile;
    SignInResult session;
    // Set when the secret could not be stored (or deleted) in the keychain: signed in all the same.
    Error secretNotSaved;
};
using SignedInOperation = ResultOperation<SignedIn>;

// Signing in as a profile: saved profiles and their secrets, the IMS token plus one cheap Flow
// Service call, and saving the profile once that worked.
class SignIn : public QObject
{
    Q_OBJECT

public:
    SignIn(PlatformSession& session, ProfileStore& profiles, QObject* parent = nullptr);

    QStringList profileNames() const;
    // The profile used last, or empty.
    QString lastProfileName() const;
    bool isSaved(const QString& name) const;
    // The saved profile named `name`, or a default one with that name.
    Profile savedProfile(const QString& name) const;
    // The saved profile's secret; SecretNotFound when none is stored.
    SecretOperation* savedSecret(const Profile& profile);

    // Gets a token (or takes the pasted one), checks it against Flow Service, then saves the profile
    // and, when `rememberSecret`, the secret (otherwise a stored one is deleted). Fails only when
    // signing in fails; a keychain failure is reported in SignedIn::secretNotSaved.
    SignedInOperation* signIn(const Profile& profile, const QString& secret, bool rememberSecret);
    // Forgets the secret held in memory.
    void forgetSecret();

private:
    PlatformSession& m_session;
    ProfileStore& m_profiles;
};

} // namespace Inlet
