#pragma once

#include "Profile.h"

#include <QObject>

namespace Inlet {

template <typename T>
class ResultOperation;
using SecretOperation = ResultOperation<QString>;
class Error;
class SecretStore;
class Settings;

// Saves and loads a profile: its non-secret parts in Settings, its secret in the SecretStore.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ProfileStore(Settings& settings, SecretStore& secrets, QObject* parent = nullptr);

    Profile load(const QString& name) const;
    QStringList names() const;

    // Saves the profile and makes it current; the returned job reports how storing the profile and
    // its secret went. An empty secret deletes the stored one.
    SecretOperation* save(const Profile& profile, const QString& secret);
    SecretOperation* loadSecret(const Profile& profile);
    SecretOperation* remove(const QString& name);

private:
    SecretOperation* failed(const Error& error);
    static QString secretField(const Profile& profile);

    Settings& m_settings;
    SecretStore& m_secrets;
};

} // namespace Inlet
