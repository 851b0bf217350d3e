#pragma once

#include "core/Error.h"
#include "core/Json.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QList>

namespace Inlet {

// Reading Flow Service and landing-zone response bodies into result values (platform layer only;
// connection specs are CatalogParser's job). Each returns a BadResponse error through `error` when
// the body is not the documented shape.
namespace FlowServiceJson {

// The body parsed once; a BadResponse error naming the problem when it is not JSON.
JsonDocument parse(const QByteArray& body, Error* error);
// The BadResponse error for a document that is not JSON.
Error notJson(const JsonDocument& document);
// Epoch milliseconds as UTC; invalid when absent or absurd.
QDateTime fromEpochMs(const Json* value);
// The member, or a null value when it is absent.
const Json& memberOf(const Json& object, const char* key);
CreatedConnection parseCreated(const QByteArray& body, Error* error); // {id, etag}
ConnectionSummary summaryFromItem(const Json& item);
QList<ConnectionSummary> parseConnectionList(const QByteArray& body, Error* error); // {"items": […]}
QList<ConnectionSummary> parseConnectionList(const JsonDocument& page, Error* error); // already parsed
QList<ExploreItem> parseExplore(const QByteArray& body, Error* error); // […] or {"items": […]}
// {format, schema{columns}, data[…], properties{fileType, columnDelimiter, compressionType}}
ExploredObject parseExploredObject(const QByteArray& body, Error* error);
LandingZoneCredentials parseLandingZone(const QByteArray& body, Error* error);

} // namespace FlowServiceJson

} // namespace Inlet
