#pragma once

#include "core/Profile.h"

#include <QString>
#include <QUrl>

namespace Inlet {

// Where the APIs live. By default derived from the profile's base URLs; tests and the
// contract test point them elsewhere (Prism serves Flow Service paths without the prefix).
struct PlatformEndpoints
{
    QUrl ims; // https://ims-na1.adobelogin.com  (+ /ims/token/v3)
    QUrl flowService; // https://platform.adobe.io/data/foundation/flowservice
    QUrl landingZone; // https://platform.adobe.io/data/foundation/connectors/landingzone
    QUrl catalog; // https://platform.adobe.io/data/foundation/catalog
    QUrl schemaRegistry; // https://platform.adobe.io/data/foundation/schemaregistry
    QUrl dataPrep; // https://platform.adobe.io/data/foundation/conversion

    static PlatformEndpoints fromProfile(const Profile& profile);
    // `base` with `path` appended ("/connections"), whatever trailing slashes `base` has.
    static QUrl join(const QUrl& base, const QString& path);
    static QString flowServicePath() { return QStringLiteral("/data/foundation/flowservice"); }
    static QString landingZonePath() { return QStringLiteral("/data/foundation/connectors/landingzone"); }
    static QString catalogPath() { return QStringLiteral("/data/foundation/catalog"); }
    static QString schemaRegistryPath() { return QStringLiteral("/data/foundation/schemaregistry"); }
    static QString dataPrepPath() { return QStringLiteral("/data/foundation/conversion"); }
};

} // namespace Inlet
