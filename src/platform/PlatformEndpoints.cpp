#include "PlatformEndpoints.h"

namespace Inlet {

QUrl PlatformEndpoints::join(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    return url;
}

PlatformEndpoints PlatformEndpoints::fromProfile(const Profile& profile)
{
    return PlatformEndpoints{profile.imsUrl,
                             join(profile.platformUrl, flowServicePath()),
                             join(profile.platformUrl, landingZonePath()),
                             join(profile.platformUrl, catalogPath()),
                             join(profile.platformUrl, schemaRegistryPath()),
                             join(profile.platformUrl, dataPrepPath())};
}

} // namespace Inlet
