#include "Settings.h"

#include <QSettings>
#include <QUrl>

namespace Inlet {

namespace {
const QString kProfiles = QStringLiteral("profiles");
constexpr int kDefaultTransferTimeoutSeconds = 30;
} // namespace

Settings::Settings()
    : m_settings(new QSettings)
{
}

Settings::Settings(const QString& iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::profileGroup(const QString& name)
{
    // QSettings treats "/" as a group separator; encode so any name is one group.
    return kProfiles + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(kProfiles);
    QStringList names;
    for (const QString& group : m_settings->childGroups())
        names << QUrl::fromPercentEncoding(group.toLatin1());
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool Settings::hasProfile(const QString& name) const
{
    return profileNames().contains(name);
}

Profile Settings::profile(const QString& name) const
{
    Profile profile;
    profile.name = name;
    m_settings->beginGroup(profileGroup(name));
    profile.orgId = m_settings->value(QStringLiteral("orgId")).toString();
    profile.sandbox = m_settings->value(QStringLiteral("sandbox"), profile.sandbox).toString();
    profile.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    profile.signIn = m_settings->value(QStringLiteral("signIn")).toString() == QLatin1String("accessToken")
        ? Profile::SignIn::AccessToken
        : Profile::SignIn::ClientCredentials;
    profile.scopes = m_settings->value(QStringLiteral("scopes"), profile.scopes).toString();
    profile.platformUrl = m_settings->value(QStringLiteral("platformUrl"), profile.platformUrl).toUrl();
    profile.imsUrl = m_settings->value(QStringLiteral("imsUrl"), profile.imsUrl).toUrl();
    profile.proxy = m_settings->value(QStringLiteral("proxy")).toString();
    m_settings->endGroup();
    return profile;
}

void Settings::saveProfile(const Profile& profile)
{
    m_settings->beginGroup(profileGroup(profile.name));
    m_settings->setValue(QStringLiteral("orgId"), profile.orgId);
    m_settings->setValue(QStringLiteral("sandbox"), profile.sandbox);
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(QStringLiteral("signIn"),
                         profile.signIn == Profile::SignIn::AccessToken ? QStringLiteral("accessToken")
                                                                        : QStringLiteral("clientCredentials"));
    m_settings->setValue(QStringLiteral("scopes"), profile.scopes);
    m_settings->setValue(QStringLiteral("platformUrl"), profile.platformUrl);
    m_settings->setValue(QStringLiteral("imsUrl"), profile.imsUrl);
    m_settings->setValue(QStringLiteral("proxy"), profile.proxy);
    m_settings->endGroup();
}

void Settings::removeProfile(const QString& name)
{
    m_settings->remove(profileGroup(name));
    if (currentProfileName() == name)
        m_settings->remove(QStringLiteral("currentProfile"));
}

QString Settings::currentProfileName() const
{
    return m_settings->value(QStringLiteral("currentProfile")).toString();
}

void Settings::setCurrentProfileName(const QString& name)
{
    m_settings->setValue(QStringLiteral("currentProfile"), name);
}

QString Settings::lastSourceId() const
{
    return m_settings->value(QStringLiteral("lastSource")).toString();
}

void Settings::setLastSourceId(const QString& connectionSpecId)
{
    m_settings->setValue(QStringLiteral("lastSource"), connectionSpecId);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(QStringLiteral("ui/geometry"), geometry);
}

QString Settings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString& bcp47Name)
{
    m_settings->setValue(QStringLiteral("ui/language"), bcp47Name);
}

int Settings::transferTimeoutSeconds() const
{
    const int seconds =
        m_settings->value(QStringLiteral("network/transferTimeoutSeconds"), kDefaultTransferTimeoutSeconds).toInt();
    return seconds > 0 ? seconds : kDefaultTransferTimeoutSeconds;
}

void Settings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("network/transferTimeoutSeconds"), seconds);
}

} // namespace Inlet
