#pragma once

#include "Service.h"
#include "SimulatorOptions.h"

namespace Inlet::Sim {

class TokenStore;

// Adobe IMS's token endpoint (OAuth server-to-server, client credentials). Issued tokens go into
// the TokenStore the gateway checks.
class ImsService : public Service
{
public:
    ImsService(const SimulatorOptions& options, TokenStore* tokens);

    static QString tokenPath() { return QStringLiteral("/ims/token/v3"); }

    QString prefix() const override { return tokenPath(); }
    bool behindGateway() const override { return false; }
    void addRoutes(Routes& routes) override;
    Response methodNotAllowed(const Call& call) const override;
    void addStats(QJsonObject* stats) const override;
    void reset() override;

private:
    Response issueToken(const Call& call);

    SimulatorOptions m_options;
    TokenStore* m_tokens;
    int m_tokenRequests = 0;
};

} // namespace Inlet::Sim
