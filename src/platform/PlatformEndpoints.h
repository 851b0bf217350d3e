#pragma once

#include "core/Profile.h"

#include <QString>
#include <QUrl>

namespace Inlet {

// Where the three APIs live. By default derived from the profile's base URLs; tests and the
// contract test point them elsewhere (Prism serves Flow Service paths without the prefix).
struct PlatformEndpoints
{
    QUrl ims; // https://ims-na1.adobelogin.com  (+ /ims/token/v3)
    QUrl flowService; // https://platform.adobe.io/data/foundation/flowservice
    QUrl landingZone; // https://platform.adobe.io/data/foundation/connectors/landingzone

    static PlatformEndpoints fromProfile(const Profile& profile);
    // `base` with `path` appended ("/connections"), whatever trailing slashes `base` has.
    static QUrl join(const QUrl& base, const QString& path);
    static QString flowServicePath() { return QStringLiteral("/data/foundation/flowservice"); }
    static QString landingZonePath() { return QStringLiteral("/data/foundation/connectors/landingzone"); }
};

} // namespace Inlet
