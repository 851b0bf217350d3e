#pragma once

#include "core/Profile.h"
#include "secrets/SecretStore.h"

#include <QObject>

namespace Inlet {

class Settings;

// Saves and loads a profile: its non-secret parts in Settings, its secret in the SecretStore.
// Above secrets/ (it joins the two), so it lives with the use cases that need it.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    ProfileStore(Settings& settings, SecretStore& secrets, QObject* parent = nullptr);

    bool contains(const QString& name) const;
    // The saved profile, or a default one named `name` when there is none.
    Profile load(const QString& name) const;
    QStringList names() const;
    // The profile used last, or empty.
    QString currentName() const;

    // Saves the profile and makes it current; the returned job reports how storing the profile and
    // its secret went. An empty secret deletes the stored one.
    SecretOperation* save(const Profile& profile, const QString& secret);
    SecretOperation* loadSecret(const Profile& profile);
    SecretOperation* remove(const QString& name);

private:
    static QString secretField(const Profile& profile);

    Settings& m_settings;
    SecretStore& m_secrets;
};

} // namespace Inlet
