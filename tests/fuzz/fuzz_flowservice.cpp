// Flow Service response bodies: explore (test connection), connection lists, and the create answer. Each parser either
// returns values or a BadResponse with a sentence.
#include "FuzzSupport.h"

#include "platform/FlowServiceJson.h"

namespace {

void checkError(const Inlet::Error& error)
{
    if (error)
        InletFuzz::require(!error.actionableMessage().isEmpty(), "bad response without message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = InletFuzz::bytes(data, size);
    Inlet::Error error;
    const QList<Inlet::ExploreItem> items = Inlet::FlowServiceJson::parseExplore(body, &error);
    checkError(error);
    for (const Inlet::ExploreItem& item : items)
        InletFuzz::require(!item.name.isEmpty(), "explore item without name");

    error = {};
    (void)Inlet::FlowServiceJson::parseConnectionList(body, &error);
    checkError(error);
    error = {};
    const Inlet::CreatedConnection created = Inlet::FlowServiceJson::parseCreated(body, &error);
    checkError(error);
    if (!error)
        InletFuzz::require(!created.id.isEmpty(), "created connection without id");
    return 0;
}
