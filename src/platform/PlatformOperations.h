#pragma once

#include "core/Json.h"
#include "core/Operation.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Inlet {

using SignInOperation = ResultOperation<SignInResult>;
// The pages of `GET /connectionSpecs` ({"items": […]} each), in order, each parsed once (a page that
// is not JSON says why); turn each into ConnectionSpec values with CatalogParser::parse() (the
// platform layer has no spec parser).
using ConnectionSpecsOperation = ResultOperation<QList<JsonDocument>>;
using ConnectionListOperation = ResultOperation<QList<ConnectionSummary>>;
using ExploreOperation = ResultOperation<QList<ExploreItem>>;
using ExploreObjectOperation = ResultOperation<ExploredObject>;
// The id of the deleted connection.
using DeleteConnectionOperation = ResultOperation<QString>;
using LandingZoneOperation = ResultOperation<LandingZoneCredentials>;

// `POST /connections`, sent once: never retried, and never followed by a look of its own. Whether a
// failed create may have created the connection, and the look that settles it, are the use case's
// (setup/CreateConnection.h).
using CreateConnectionOperation = ResultOperation<CreatedConnection>;
// The connection found by FlowServiceClient::findCreatedConnection(), or none.
using FindConnectionOperation = ResultOperation<std::optional<CreatedConnection>>;

} // namespace Inlet
