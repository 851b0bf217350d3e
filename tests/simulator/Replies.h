#pragma once

#include "SimulatorTypes.h"

#include <QJsonObject>
#include <QString>

// The answers every simulated service shares: JSON bodies and Adobe's two error envelopes.
namespace Inlet::Sim::Replies {

QByteArray compact(const QJsonObject& object);
Response json(int status, const QJsonObject& object);
Response noContent();

// The API gateway's envelope, the same in front of every service:
// {"error_code": "401013", "message": "Oauth token is not valid"}.
Response gatewayError(int status, const QString& code, const QString& message);
Response invalidToken();
Response resourceNotFound();
Response methodNotAllowed();

// A Platform service's problem body; `service` names the code family ("FLOW"), `code` is e.g.
// "1415-400" and its last part is the status.
Response problem(const QString& service,
                 const QString& code,
                 const QString& title,
                 const QString& message,
                 const QString& requestId);

} // namespace Inlet::Sim::Replies
