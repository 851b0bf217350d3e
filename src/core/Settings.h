#pragma once

#include "Error.h"
#include "Profile.h"

#include <QByteArray>
#include <QScopedPointer>
#include <QStringList>
#include <QVariantMap>

class QSettings;

namespace Inlet {

// The non-secret values of a connection being set up, kept as they are typed so that a crash or a
// kill loses none of them. Whoever fills it leaves every secret field out.
struct UnfinishedConnection
{
    QString profile;
    QString sourceId; // connection spec id; empty: nothing kept
    QString authSpecName;
    QString name;
    QString description;
    QVariantMap values; // field name → value, secret fields left out

    bool isEmpty() const { return sourceId.isEmpty(); }
};

// Typed access to Inlet's non-secret preferences. Nothing here may hold a secret: the store has no
// method that takes one, and a test scans the settings file for what was typed.
//
// The file is the user's alone (0600): a profile names an organization, a client ID and hosts. A
// file QSettings cannot read (binary garbage, a broken section) is never silently rewritten: it is
// moved aside to "<file>.corrupt" and whatever QSettings could still read of it is kept. A proxy
// address is stored without user name and password, and one found in an older file is removed.
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
    // Writes what changed to disk. A failure (a read-only folder, a full disk) is returned, never
    // swallowed: the caller tells the user where they are.
    [[nodiscard]] Error sync();
    // Where an unreadable settings file was moved at start-up; empty when the file was fine.
    QString corruptFileSetAside() const { return m_corruptFileSetAside; }

    QStringList profileNames() const;
    Profile profile(const QString& name) const;
    bool hasProfile(const QString& name) const;
    void saveProfile(const Profile& profile);
    void removeProfile(const QString& name);
    QString currentProfileName() const;
    void setCurrentProfileName(const QString& name);

    UnfinishedConnection unfinishedConnection() const;
    void setUnfinishedConnection(const UnfinishedConnection& unfinished);
    void clearUnfinishedConnection();

    // A dataflow setup saved to resume later (UnfinishedDataflows), as one JSON document; empty: none.
    QByteArray unfinishedDataflow() const;
    void setUnfinishedDataflow(const QByteArray& json);
    void clearUnfinishedDataflow();

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
    void setAsideIfCorrupt();
    void removeProxyCredentials();
    void makeFilePrivate() const;

    QScopedPointer<QSettings> m_settings;
    QString m_corruptFileSetAside;
};

} // namespace Inlet
