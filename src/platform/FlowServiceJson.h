#pragma once

#include "platform/ApiError.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Inlet {

// Reading Flow Service and landing-zone response bodies into result values (platform layer only;
// connection specs are CatalogParser's job). Each returns a BadResponse error through `error` when
// the body is not the documented shape.
namespace FlowServiceJson {

CreatedConnection parseCreated(const QByteArray& body, ApiError* error); // {id, etag}
ConnectionSummary summaryFromItem(const QJsonObject& item);
QList<ConnectionSummary> parseConnectionList(const QByteArray& body, ApiError* error); // {"items": […]}
ConnectionDetails parseConnectionDetails(const QByteArray& body, ApiError* error); // items[0]
QList<ExploreItem> parseExplore(const QByteArray& body, ApiError* error); // […] or {"items": […]}
LandingZoneCredentials parseLandingZone(const QByteArray& body, ApiError* error);

} // namespace FlowServiceJson

} // namespace Inlet
