#pragma once

#include "core/Error.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Inlet {

// Reading Flow Service and landing-zone response bodies into result values (platform layer only;
// connection specs are CatalogParser's job). Each returns a BadResponse error through `error` when
// the body is not the documented shape.
namespace FlowServiceJson {

CreatedConnection parseCreated(const QByteArray& body, Error* error); // {id, etag}
ConnectionSummary summaryFromItem(const QJsonObject& item);
QList<ConnectionSummary> parseConnectionList(const QByteArray& body, Error* error); // {"items": […]}
ConnectionDetails parseConnectionDetails(const QByteArray& body, Error* error); // items[0]
QList<ExploreItem> parseExplore(const QByteArray& body, Error* error); // […] or {"items": […]}
LandingZoneCredentials parseLandingZone(const QByteArray& body, Error* error);

} // namespace FlowServiceJson

} // namespace Inlet
