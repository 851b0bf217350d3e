#pragma once

#include "platform/ApiError.h"
#include "platform/PlatformTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <utility>

namespace Inlet {

// One asynchronous platform call (possibly several HTTP requests: token, retries, pages).
//
// Contract, for every operation the platform layer returns:
// - it has already started; connect to finished() right away (it is never emitted synchronously
//   from the call that returned the operation);
// - finished() is emitted exactly once – on success, on failure and after cancel();
// - in the slot, error() is set (isError()) or the typed result() is valid;
// - the operation deletes itself (deleteLater) after finished(); do not keep the pointer beyond
//   the slot. It is also destroyed, without finishing, with the PlatformSession that owns it.
//
//     auto* op = client.createConnection(draft);
//     connect(op, &PlatformOperation::finished, this, [this, op] {
//         if (op->error())
//             showError(op->error().actionableMessage(), op->error().details());
//         else
//             showCreated(op->result().id);
//     });
class PlatformOperation : public QObject
{
    Q_OBJECT

public:
    ~PlatformOperation() override;

    const ApiError& error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QDateTime startedAt() const { return m_startedAt; }

    // Stops the work (aborts the transfer, drops pending retries) and finishes with
    // ApiError::Kind::Cancelled – ambiguous if a non-idempotent request had already been sent.
    // Does nothing once finished.
    void cancel();

    // --- for the platform layer, not for pages ---
    // Called by cancel(); returns whether a request that changes state may have reached the server.
    void setCanceller(std::function<bool()> canceller) { m_canceller = std::move(canceller); }
    void finishWithError(const ApiError& error);

signals:
    void finished();

protected:
    explicit PlatformOperation(QObject* parent);
    void finishSuccessfully();

private:
    void emitFinished();

    ApiError m_error;
    QDateTime m_startedAt;
    std::function<bool()> m_canceller;
    bool m_finished = false;
};

// An operation with a typed result, valid after a successful finish.
template <typename T>
class PlatformResultOperation : public PlatformOperation
{
public:
    explicit PlatformResultOperation(QObject* parent)
        : PlatformOperation(parent)
    {
    }

    const T& result() const { return m_result; }

    // For the platform layer.
    void finishWithResult(T result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        finishSuccessfully();
    }

private:
    T m_result{};
};

using SignInOperation = PlatformResultOperation<SignInResult>;
// Raw page bodies of `GET /connectionSpecs` ({"items": […]} each, as received), in order; turn each
// into ConnectionSpec values with CatalogParser::parse() (the platform layer has no spec parser).
using ConnectionSpecsOperation = PlatformResultOperation<QList<QByteArray>>;
using ConnectionOperation = PlatformResultOperation<ConnectionDetails>;
using ConnectionListOperation = PlatformResultOperation<QList<ConnectionSummary>>;
using ExploreOperation = PlatformResultOperation<QList<ExploreItem>>;
// PATCH answers the connection id and its new etag.
using UpdateConnectionOperation = PlatformResultOperation<CreatedConnection>;
// The id of the deleted connection.
using DeleteConnectionOperation = PlatformResultOperation<QString>;
using LandingZoneOperation = PlatformResultOperation<LandingZoneCredentials>;

// `POST /connections`, never retried blindly. When the POST fails ambiguously (timeout or reset
// after the request was sent, 502/504, cancel after sending), the operation itself lists the
// connections of the spec and looks for one with the draft's name created since the attempt began:
// - found: it finishes *successfully*, result() is that connection and outcome() is
//   FoundAfterAmbiguousFailure ("found the connection created meanwhile: id …");
// - not found: error() is the original failure, outcome() NotCreated ("safe to try again");
// - the check failed too: error() is the original failure, outcome() Unknown.
// Any other failure (400, 401, 403, refused, …): error() set, outcome() NotCreated.
class CreateConnectionOperation : public PlatformResultOperation<CreatedConnection>
{
public:
    using PlatformResultOperation::PlatformResultOperation;

    CreateOutcome outcome() const { return m_outcome; }
    // A translated sentence for the outcome, e.g. "The connection was created meanwhile (ID …)."
    // or "The connection was not created. It is safe to try again."
    QString outcomeMessage() const;
    // The ambiguous failure behind FoundAfterAmbiguousFailure (for a details area); else none.
    const ApiError& ambiguousFailure() const { return m_ambiguousFailure; }

    // For the platform layer.
    void setOutcome(CreateOutcome outcome) { m_outcome = outcome; }
    void setAmbiguousFailure(const ApiError& error) { m_ambiguousFailure = error; }

private:
    CreateOutcome m_outcome = CreateOutcome::NotCreated;
    ApiError m_ambiguousFailure;
};

} // namespace Inlet
