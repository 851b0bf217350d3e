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

QByteArray ConnectionUpdate::toJsonPatch() const
{
    Json patch = Json::array();
    auto operation = [&patch](const char* op, const char* path, Json value) {
        patch.push_back(Json::object({{"op", op}, {"path", path}, {"value", std::move(value)}}));
    };
    if (authParams)
        operation("replace", "/auth/params", authParams->toJson());
    if (name)
        operation("replace", "/name", toJson(*name));
    if (description)
        operation("add", "/description", toJson(*description));
    return JsonText::write(patch);
}

} // namespace Inlet
