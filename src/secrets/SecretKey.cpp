#include "SecretKey.h"

#include "core/AppInfo.h"

#include <QUrl>

namespace Inlet {

namespace {
QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

SecretKey::SecretKey(QString scope, QString field)
    : m_scope(std::move(scope))
    , m_field(std::move(field))
{
}

SecretKey SecretKey::forProfile(const QString& profileName, const QString& field)
{
    return SecretKey(QStringLiteral("profile:") + encoded(profileName), encoded(field));
}

SecretKey SecretKey::forConnection(const QString& connectionName, const QString& field)
{
    return SecretKey(QStringLiteral("connection:") + encoded(connectionName), encoded(field));
}

QString SecretKey::toString() const
{
    return AppInfo::appId() + u'/' + m_scope + u'/' + m_field;
}

} // namespace Inlet
