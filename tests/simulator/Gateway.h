#pragma once

#include "SimulatorOptions.h"
#include "SimulatorTypes.h"

#include <optional>

namespace Inlet::Sim {

class TokenStore;

// What Adobe's API gateway checks before any Platform service sees a request: the bearer token, the
// API key it was issued to, the org and sandbox headers, and a JSON content type on bodies.
class Gateway
{
public:
    Gateway(const SimulatorOptions& options, TokenStore* tokens);

    // The gateway's refusal, or nothing when the request may pass.
    std::optional<Response> refuse(const Request& request) const;
    // The "expired-token" fault: the presented token stops being valid and the request is refused.
    Response expireTokenOf(const Request& request);

private:
    static QString bearerToken(const Request& request);

    SimulatorOptions m_options;
    TokenStore* m_tokens;
};

} // namespace Inlet::Sim
