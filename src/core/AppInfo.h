#pragma once

#include <QString>

namespace Inlet {

// Identity of the application, fixed at build time.
namespace AppInfo {
QString version();
// Reverse-DNS id: desktop entry, metainfo, keychain service and key prefix.
QString appId();
QString organizationName();
QString applicationName();
QByteArray userAgent();
} // namespace AppInfo

} // namespace Inlet
