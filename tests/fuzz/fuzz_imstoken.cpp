// The IMS token response (POST /ims/token/v3, 200). A token the parser accepts has a lifetime that
// QDateTime can add without overflow.
#include "FuzzSupport.h"

#include "platform/TokenProvider.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Inlet::Error error;
    const Inlet::TokenProvider::ImsToken token =
        Inlet::TokenProvider::parseTokenResponse(InletFuzz::bytes(data, size), &error);
    if (error) {
        InletFuzz::require(token.accessToken.isEmpty() && !error.actionableMessage().isEmpty(), "error with a token");
        return 0;
    }
    InletFuzz::require(!token.accessToken.isEmpty(), "accepted without token");
    InletFuzz::require(token.lifetimeSeconds > 0 && token.lifetimeSeconds <= Inlet::TokenProvider::kMaxLifetimeSeconds,
                       "lifetime out of range");
    InletFuzz::require(QDateTime::currentDateTimeUtc().addSecs(token.lifetimeSeconds).isValid(), "expiry invalid");
    return 0;
}
