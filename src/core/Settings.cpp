#include "Settings.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>
#include <QUrl>
#include <QVariantMap>

namespace Inlet {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kUnfinished = QStringLiteral("unfinished");
const QString kUnfinishedDataflow = QStringLiteral("unfinishedDataflow/document");
constexpr int kDefaultTransferTimeoutSeconds = 30;
constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner;

// QSettings reads binary garbage as a valid, empty file and would overwrite it at the next save.
bool isUnreadableText(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return text.contains(QChar::Null) || utf8.hasError();
}

// A proxy password is a secret: the address is kept without any user name or password.
QString proxyWithoutCredentials(const QString& proxy)
{
    const QUrl url(proxy.trimmed());
    if (!url.isValid() || url.userInfo().isEmpty())
        return proxy;
    return url.toString(QUrl::RemoveUserInfo);
}
} // namespace

Settings::Settings()
    : m_settings(new QSettings)
{
    setAsideIfCorrupt();
    removeProxyCredentials();
}

Settings::Settings(const QString& iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{
    setAsideIfCorrupt();
    removeProxyCredentials();
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::setAsideIfCorrupt()
{
    const QString path = m_settings->fileName();
    if (!QFileInfo(path).isFile()) // the registry on Windows, or no file yet
        return;
    if (m_settings->status() != QSettings::FormatError && !isUnreadableText(path))
        return;

    QVariantMap readable;
    for (const QString& key : m_settings->allKeys())
        readable.insert(key, m_settings->value(key));
    const QSettings::Format format = m_settings->format();
    m_settings.reset();

    QString aside = path + QStringLiteral(".corrupt");
    if (QFileInfo::exists(aside))
        aside += u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    if (!QFile::rename(path, aside)) {
        qCWarning(lcApp) << "settings file is unreadable and could not be moved aside:" << path;
        m_settings.reset(new QSettings(path, format));
        return;
    }
    qCWarning(lcApp) << "settings file was unreadable; moved aside to" << aside;
    m_corruptFileSetAside = aside;
    m_settings.reset(new QSettings(path, format));
    for (auto it = readable.cbegin(); it != readable.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    if (const Error error = sync())
        qCWarning(lcApp) << "settings could not be written again:" << error.technicalDetail();
}

void Settings::removeProxyCredentials()
{
    // Older versions saved "http://user:password@host:port" verbatim; it must not stay on disk.
    bool changed = false;
    for (const QString& name : profileNames()) {
        const QString key = profileGroup(name) + QStringLiteral("/proxy");
        const QString proxy = m_settings->value(key).toString();
        const QString cleaned = proxyWithoutCredentials(proxy);
        if (cleaned != proxy) {
            m_settings->setValue(key, cleaned);
            changed = true;
        }
    }
    if (!changed)
        return;
    qCWarning(lcApp) << "removed a proxy user name and password from the settings file";
    if (const Error error = sync())
        qCWarning(lcApp) << "settings could not be written again:" << error.technicalDetail();
}

void Settings::makeFilePrivate() const
{
    const QString path = m_settings->fileName();
    const QFileInfo info(path);
    if (info.isFile()) {
        if ((info.permissions() & ~(kPrivate | QFile::ReadUser | QFile::WriteUser)) != 0)
            QFile::setPermissions(path, kPrivate);
        return;
    }
    // Created empty and private before QSettings writes it: QSaveFile keeps an existing file's mode.
    QDir().mkpath(info.absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
        file.close();
}

Error Settings::sync()
{
    if (QFileInfo(m_settings->fileName()).isAbsolute())
        makeFilePrivate();
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    return Error::make(Error::Kind::SettingsNotSaved, m_settings->fileName());
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
    profile.proxy = proxyWithoutCredentials(m_settings->value(QStringLiteral("proxy")).toString());
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
    m_settings->setValue(QStringLiteral("proxy"), proxyWithoutCredentials(profile.proxy));
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

UnfinishedConnection Settings::unfinishedConnection() const
{
    UnfinishedConnection unfinished;
    m_settings->beginGroup(kUnfinished);
    unfinished.profile = m_settings->value(QStringLiteral("profile")).toString();
    unfinished.sourceId = m_settings->value(QStringLiteral("source")).toString();
    unfinished.authSpecName = m_settings->value(QStringLiteral("authSpec")).toString();
    unfinished.name = m_settings->value(QStringLiteral("name")).toString();
    unfinished.description = m_settings->value(QStringLiteral("description")).toString();
    m_settings->beginGroup(QStringLiteral("values"));
    for (const QString& key : m_settings->childKeys())
        unfinished.values.insert(QUrl::fromPercentEncoding(key.toLatin1()), m_settings->value(key));
    m_settings->endGroup();
    m_settings->endGroup();
    return unfinished;
}

void Settings::setUnfinishedConnection(const UnfinishedConnection& unfinished)
{
    m_settings->remove(kUnfinished);
    m_settings->beginGroup(kUnfinished);
    m_settings->setValue(QStringLiteral("profile"), unfinished.profile);
    m_settings->setValue(QStringLiteral("source"), unfinished.sourceId);
    m_settings->setValue(QStringLiteral("authSpec"), unfinished.authSpecName);
    m_settings->setValue(QStringLiteral("name"), unfinished.name);
    m_settings->setValue(QStringLiteral("description"), unfinished.description);
    m_settings->beginGroup(QStringLiteral("values"));
    for (auto it = unfinished.values.cbegin(); it != unfinished.values.cend(); ++it)
        m_settings->setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), it.value());
    m_settings->endGroup();
    m_settings->endGroup();
}

void Settings::clearUnfinishedConnection()
{
    m_settings->remove(kUnfinished);
}

QByteArray Settings::unfinishedDataflow() const
{
    return m_settings->value(kUnfinishedDataflow).toByteArray();
}

void Settings::setUnfinishedDataflow(const QByteArray& json)
{
    m_settings->setValue(kUnfinishedDataflow, json);
}

void Settings::clearUnfinishedDataflow()
{
    m_settings->remove(kUnfinishedDataflow);
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
