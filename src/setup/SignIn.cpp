#include "SignIn.h"

#include "ProfileStore.h"
#include "platform/PlatformSession.h"

#include <QHostAddress>

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

namespace {
// Scheme, host and port: a secret bound to one of them must not go to another.
QString origin(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded)
        .toLower();
}

bool isAdobeHost(const QUrl& url)
{
    const QString host = url.host().toLower();
    for (const QString& domain : {QStringLiteral("adobe.io"), QStringLiteral("adobelogin.com")}) {
        if (host == domain || host.endsWith(u'.' + domain))
            return url.scheme() == QLatin1String("https");
    }
    return false;
}

// The simulator and other local stand-ins: the secret does not leave this computer.
bool isLoopback(const QUrl& url)
{
    const QString host = url.host().toLower();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool isTrustedHost(const QUrl& url)
{
    return isAdobeHost(url) || isLoopback(url);
}
} // namespace

QString SignIn::confirmationKey(const Profile& profile)
{
    return profile.name + u'\n' + origin(profile.imsUrl) + u'\n' + origin(profile.platformUrl);
}

AddressCheck SignIn::checkAddresses(const Profile& profile) const
{
    AddressCheck check;
    check.wanted = profile;
    if (m_confirmed.contains(confirmationKey(profile)))
        return check;
    if (m_profiles.contains(profile.name)) {
        check.saved = m_profiles.load(profile.name);
        if (origin(check.saved.imsUrl) != origin(profile.imsUrl)
            || origin(check.saved.platformUrl) != origin(profile.platformUrl)) {
            check.question = AddressCheck::Question::ChangedAddress;
        }
        return check;
    }
    if (!isTrustedHost(profile.imsUrl) || !isTrustedHost(profile.platformUrl))
        check.question = AddressCheck::Question::NonAdobeHost;
    return check;
}

void SignIn::confirmAddresses(const Profile& profile)
{
    m_confirmed.insert(confirmationKey(profile));
}

SignedInOperation* SignIn::signIn(const Profile& profile, const QString& secret, bool rememberSecret)
{
    if (checkAddresses(profile).needsConfirmation())
        return SignedInOperation::settled(Error::make(Error::Kind::AddressNotConfirmed), this);
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

void SignIn::preconnect(const Profile& profile)
{
    m_session.preconnect(profile);
}

void SignIn::forgetSecret()
{
    m_session.clearSecret();
}

} // namespace Inlet
