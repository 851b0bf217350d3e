#include "ConnectionDraft.h"

namespace Inlet {

QByteArray ConnectionDraft::toJsonText(int indent) const
{
    Json body = Json::object();
    body["name"] = toJson(name);
    body["description"] = toJson(description);
    body["auth"] = Json::object({{"specName", toJson(authSpecName)}, {"params", params.toJson()}});
    body["connectionSpec"] =
        Json::object({{"id", toJson(connectionSpecId)}, {"version", toJson(connectionSpecVersion)}});
    return JsonText::write(body, indent > 0 ? indent : -1);
}

} // namespace Inlet
