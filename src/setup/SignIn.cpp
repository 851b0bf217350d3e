#include "SignIn.h"

#include "ProfileStore.h"
#include "platform/PlatformSession.h"

namespace Inlet {

SignIn::SignIn(PlatformSession& session, ProfileStore& profiles, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
{
}

QStringList SignIn::profileNames() const
{
    return m_profiles.names();
}

QString SignIn::lastProfileName() const
{
    return m_profiles.currentName();
}

bool SignIn::isSaved(const QString& name) const
{
    return m_profiles.contains(name);
}

Profile SignIn::savedProfile(const QString& name) const
{
    return m_profiles.load(name);
}

SecretOperation* SignIn::savedSecret(const Profile& profile)
{
    return m_profiles.loadSecret(profile);
}

SignedInOperation* SignIn::signIn(const Profile& profile, const QString& secret, bool rememberSecret)
{
    auto* operation = new SignedInOperation(this);
    m_session.setProfile(profile);
    m_session.setSecret(secret.trimmed());
    QPointer<SignInOperation> check = m_session.signIn();
    operation->setCanceller([check] {
        if (check)
            check->cancel();
        return false; // signing in changes nothing on the server
    });
    connect(check, &Operation::finished, operation, [this, operation, check, profile, secret, rememberSecret] {
        if (check->error())
            return operation->finishWithError(check->error());
        SignedIn signedIn{profile, check->result(), {}};
        // Non-secret parts go to the settings, the secret to the keychain (or nowhere, if not wanted).
        SecretOperation* saved = m_profiles.save(profile, rememberSecret ? secret.trimmed() : QString());
        connect(saved, &Operation::finished, operation, [operation, saved, signedIn]() mutable {
            if (saved->error() && saved->error().kind() != Error::Kind::SecretNotFound)
                signedIn.secretNotSaved = saved->error();
            operation->finishWithResult(signedIn);
        });
    });
    return operation;
}

void SignIn::forgetSecret()
{
    m_session.clearSecret();
}

} // namespace Inlet
