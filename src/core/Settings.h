#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QScopedPointer>
#include <QStringList>

class QSettings;

namespace Inlet {

// Typed access to Inlet's non-secret preferences. Nothing here may hold a secret: the store has no
// method that takes one, and a test scans the settings file for what was typed.
class Settings
{
public:
    // The user's settings (QSettings with the application's organisation and name).
    Settings();
    // A settings file at an explicit path, for tests and for --settings.
    explicit Settings(const QString& iniFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QString fileName() const;
    void sync();

    QStringList profileNames() const;
    Profile profile(const QString& name) const;
    bool hasProfile(const QString& name) const;
    void saveProfile(const Profile& profile);
    void removeProfile(const QString& name);
    QString currentProfileName() const;
    void setCurrentProfileName(const QString& name);

    QString lastSourceId() const;
    void setLastSourceId(const QString& connectionSpecId);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // Empty: follow the system locale.
    QString language() const;
    void setLanguage(const QString& bcp47Name);

    int transferTimeoutSeconds() const;
    void setTransferTimeoutSeconds(int seconds);

private:
    static QString profileGroup(const QString& name);

    QScopedPointer<QSettings> m_settings;
};

} // namespace Inlet
