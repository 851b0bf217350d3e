#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace Inlet::Sim {

// The access tokens IMS has issued; the gateway asks it whether a presented token is valid.
class TokenStore
{
public:
    QString issue(const QString& clientId, int lifetimeSeconds);
    // The client id the token was issued to; nothing when it was never issued, expired or revoked.
    std::optional<QString> clientOf(const QString& token) const;
    void revoke(const QString& token);
    void clear();

private:
    struct Issued
    {
        QString clientId;
        QDateTime expiresAt;
    };

    QHash<QString, Issued> m_tokens;
};

} // namespace Inlet::Sim
