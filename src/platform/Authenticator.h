#pragma once

#include "core/Operation.h"

#include <QString>

namespace Inlet {

// An access token, or why there is none.
using TokenOperation = ResultOperation<QString>;

// Where the access token of a Platform call comes from. HttpExchange asks it before each attempt and
// tells it about a 401; TokenProvider implements it. The exchange never knows who renews tokens or
// how, so the dependency runs one way: TokenProvider → HttpExchange (for its own IMS request, sent
// without an authenticator), never back.
class Authenticator
{
public:
    virtual ~Authenticator() = default;

    // A usable token (the cached one, or after one IMS request shared by every caller waiting at the
    // time). The operation belongs to `owner`; cancelling it gives up waiting, nothing more.
    virtual TokenOperation* accessToken(QObject* owner) = 0;
    // Platform answered 401 to a request that carried `accessToken`: it must not be handed out again.
    // Returns false when no other token can be had (a pasted one), so the request is not replayed.
    virtual bool tokenRejected(const QString& accessToken) = 0;

protected:
    Authenticator() = default;
    Q_DISABLE_COPY_MOVE(Authenticator)
};

} // namespace Inlet
