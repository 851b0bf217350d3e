#include "TokenStore.h"

#include <QUuid>

namespace Inlet::Sim {

QString TokenStore::issue(const QString& clientId, int lifetimeSeconds)
{
    QString token = QStringLiteral("sim-") + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, Issued{clientId, QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds)});
    return token;
}

std::optional<QString> TokenStore::clientOf(const QString& token) const
{
    const auto issued = m_tokens.constFind(token);
    if (issued == m_tokens.constEnd() || issued->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return issued->clientId;
}

void TokenStore::revoke(const QString& token)
{
    m_tokens.remove(token);
}

void TokenStore::clear()
{
    m_tokens.clear();
}

} // namespace Inlet::Sim
