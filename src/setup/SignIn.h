#pragma once

#include "core/Operation.h"
#include "core/Profile.h"
#include "platform/PlatformTypes.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

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

// Whether signing in as a profile would send its secret somewhere the user must first agree to. A
// stored secret is bound to the IMS and Platform addresses (scheme, host and port) its profile was
// saved with; a new profile's secret to a host that is neither Adobe's nor this computer is asked
// about once.
struct AddressCheck
{
    enum class Question {
        None, // the addresses the secret was saved for, or Adobe's for a new profile
        ChangedAddress, // a saved profile, about to sign in elsewhere (an edited or --ims-url address)
        NonAdobeHost, // a new profile whose IMS or Platform host is not Adobe's
    };
    Question question = Question::None;
    Profile saved; // ChangedAddress: the profile as saved, with the addresses its secret belongs to
    Profile wanted; // the profile as it would sign in
    bool needsConfirmation() const { return question != Question::None; }
};

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

    // What the user must confirm before `profile` signs in; the view asks, then calls confirmAddresses().
    AddressCheck checkAddresses(const Profile& profile) const;
    // The user saw the addresses of `profile` and agreed to send its secret there (for this run;
    // a successful sign-in then saves the profile with them, so the question is asked once).
    void confirmAddresses(const Profile& profile);

    // Gets a token (or takes the pasted one), checks it against Flow Service, then saves the profile
    // and, when `rememberSecret`, the secret (otherwise a stored one is deleted). Fails only when
    // signing in fails; a keychain failure is reported in SignedIn::secretNotSaved. Nothing is sent,
    // and AddressNotConfirmed returned, while checkAddresses() wants a confirmation not yet given.
    SignedInOperation* signIn(const Profile& profile, const QString& secret, bool rememberSecret);
    // Connects to the profile's IMS and Platform hosts while the user types (nothing is sent), so
    // that signing in waits only for its requests.
    void preconnect(const Profile& profile);
    // Forgets the secret held in memory.
    void forgetSecret();

private:
    static QString confirmationKey(const Profile& profile);

    PlatformSession& m_session;
    ProfileStore& m_profiles;
    QSet<QString> m_confirmed; // confirmationKey() of each profile+addresses the user agreed to
};

} // namespace Inlet
