#pragma once

#include "core/Json.h"
#include "core/Operation.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QList>

namespace Inlet {

using SignInOperation = ResultOperation<SignInResult>;
// The pages of `GET /connectionSpecs` ({"items": […]} each), in order, each parsed once (a page that
// is not JSON says why); turn each into ConnectionSpec values with CatalogParser::parse() (the
// platform layer has no spec parser).
using ConnectionSpecsOperation = ResultOperation<QList<JsonDocument>>;
using ConnectionListOperation = ResultOperation<QList<ConnectionSummary>>;
using ExploreOperation = ResultOperation<QList<ExploreItem>>;
using ExploreObjectOperation = ResultOperation<ExploredObject>;
// The id of the deleted connection.
using DeleteConnectionOperation = ResultOperation<QString>;
using LandingZoneOperation = ResultOperation<LandingZoneCredentials>;

// `POST /connections`, never retried blindly. When the POST fails ambiguously (timeout or reset
// after the request was sent, 502/504, cancel after sending), the operation itself lists the
// connections of the spec and looks for one with the draft's name created since the attempt began:
// - found: it finishes *successfully*, result() is that connection and outcome() is
//   FoundAfterAmbiguousFailure ("found the connection created meanwhile: id …");
// - not found: error() is the original failure, outcome() NotCreated ("safe to try again");
// - the check failed too: error() is the original failure, outcome() Unknown.
// Any other failure (400, 401, 403, refused, …): error() set, outcome() NotCreated.
class CreateConnectionOperation : public ResultOperation<CreatedConnection>
{
public:
    using ResultOperation::ResultOperation;

    CreateOutcome outcome() const { return m_outcome; }
    // A translated sentence for the outcome, e.g. "The connection was created meanwhile (ID …)."
    // or "The connection was not created. It is safe to try again."
    QString outcomeMessage() const;
    // The ambiguous failure behind FoundAfterAmbiguousFailure (for a details area); else none.
    const Error& ambiguousFailure() const { return m_ambiguousFailure; }

    // For the platform layer.
    void setOutcome(CreateOutcome outcome) { m_outcome = outcome; }
    void setAmbiguousFailure(const Error& error) { m_ambiguousFailure = error; }

private:
    CreateOutcome m_outcome = CreateOutcome::NotCreated;
    Error m_ambiguousFailure;
};

} // namespace Inlet
