#pragma once

#include "platform/PlatformOperations.h"

#include <QString>

namespace Inlet {

class PlatformSession;

// The Connectors landing-zone credentials API (base: PlatformEndpoints::landingZone):
// the Azure container Databricks stages data in, and its SAS.
class LandingZoneClient
{
public:
    explicit LandingZoneClient(PlatformSession* session);

    static QString databricksType() { return QStringLiteral("dlz_databricks_source"); }

    // `GET /credentials?type=<type>`. Idempotent (retried on transient failures). Platform rotates
    // expired credentials itself on this call.
    LandingZoneOperation* credentials(const QString& type = databricksType()) const;
    // `POST /credentials?type=<type>&action=refresh`: new SAS and expiry; the old SAS stops working.
    // POST, as the current documentation and every script use it (an older Databricks page shows
    // GET; see flow-service-api.md §7). Not retried: a second refresh would revoke the first result.
    LandingZoneOperation* refreshCredentials(const QString& type = databricksType()) const;

private:
    LandingZoneOperation* start(const QString& type, bool refresh) const;

    PlatformSession* m_session;
};

} // namespace Inlet
