#include "ProfileStore.h"

#include "core/Settings.h"

namespace Inlet {

ProfileStore::ProfileStore(Settings& settings, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
}

QString ProfileStore::secretField(const Profile& profile)
{
    return profile.signIn == Profile::SignIn::AccessToken ? Profile::accessTokenField() : Profile::clientSecretField();
}

bool ProfileStore::contains(const QString& name) const
{
    return m_settings.hasProfile(name);
}

Profile ProfileStore::load(const QString& name) const
{
    Profile profile = m_settings.hasProfile(name) ? m_settings.profile(name) : Profile();
    profile.name = name;
    return profile;
}

QStringList ProfileStore::names() const
{
    return m_settings.profileNames();
}

QString ProfileStore::currentName() const
{
    return m_settings.currentProfileName();
}

SecretOperation* ProfileStore::save(const Profile& profile, const QString& secret)
{
    m_settings.saveProfile(profile);
    m_settings.setCurrentProfileName(profile.name);
    // A secret without its profile could never be found again, so it is not stored then.
    if (const Error error = m_settings.sync())
        return SecretOperation::settled(error, this);
    const SecretKey key = SecretKey::forProfile(profile.name, secretField(profile));
    return secret.isEmpty() ? m_secrets.remove(key) : m_secrets.write(key, secret);
}

SecretOperation* ProfileStore::loadSecret(const Profile& profile)
{
    return m_secrets.read(SecretKey::forProfile(profile.name, secretField(profile)));
}

SecretOperation* ProfileStore::remove(const QString& name)
{
    const Profile profile = m_settings.profile(name);
    m_settings.removeProfile(name);
    if (const Error error = m_settings.sync())
        return SecretOperation::settled(error, this);
    return m_secrets.remove(SecretKey::forProfile(name, secretField(profile)));
}

} // namespace Inlet
