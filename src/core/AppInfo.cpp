#include "AppInfo.h"

namespace Inlet::AppInfo {

QString version()
{
    return QStringLiteral(INLET_VERSION);
}

QString appId()
{
    return QStringLiteral(INLET_APP_ID);
}

QString organizationName()
{
    return QStringLiteral("Inlet");
}

QString applicationName()
{
    return QStringLiteral("Inlet");
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Inlet/" INLET_VERSION);
}

} // namespace Inlet::AppInfo
