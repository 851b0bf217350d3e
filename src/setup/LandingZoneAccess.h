#pragma once

#include "core/Operation.h"
#include "databricks/SparkConfigLine.h"

#include <QObject>

namespace Inlet {

class PlatformSession;

// The Spark config line for Databricks, or why there is none (SparkConfigLine::error()).
using SparkConfigOperation = ResultOperation<SparkConfigLine>;

// Databricks' access to Platform's staging container: the landing-zone credentials as the Spark
// config line to paste into the cluster.
class LandingZoneAccess : public QObject
{
    Q_OBJECT

public:
    explicit LandingZoneAccess(PlatformSession& session, QObject* parent = nullptr);

    // The current credentials (Platform rotates expired ones itself).
    SparkConfigOperation* fetch();
    // New credentials; the current token stops working at once. Sent once, never repeated.
    SparkConfigOperation* refresh();

private:
    SparkConfigOperation* start(bool refresh);

    PlatformSession& m_session;
};

} // namespace Inlet
