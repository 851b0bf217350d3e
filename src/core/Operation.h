#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <utility>

namespace Inlet {

// THE asynchronous convention of Inlet: every piece of work that does not finish at once – a
// platform call (possibly several HTTP requests: token, retries, pages), a keychain job, a catalog
// load, and every use case built on them – is an Operation. There is no other async shape (no
// callbacks, no tickets, no signals carrying results).
//
// Contract:
// - the call that returns it has already started the work; connect to finished() right away (it is
//   never emitted synchronously from the call that returned the operation);
// - finished() is emitted exactly once – on success, on failure and after cancel();
// - in the slot, error() is set (an Error, the one error type: what happened and what to do, plus
//   details) or the typed result() of a ResultOperation is valid;
// - the operation deletes itself (deleteLater) after finished(); do not keep the pointer beyond the
//   slot (a QPointer may watch it). It is also destroyed, without finishing, with its parent (the
//   service or use case that started it).
//
//     auto* op = client.createConnection(draft);
//     connect(op, &Operation::finished, this, [this, op] {
//         if (op->error())
//             showError(op->error().actionableMessage(), op->error().details());
//         else
//             showCreated(op->result().id);
//     });
class Operation : public QObject
{
    Q_OBJECT

public:
    ~Operation() override;

    const Error& error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QDateTime startedAt() const { return m_startedAt; }

    // Stops the work (aborts the transfer, drops pending retries) and finishes with
    // Error::Kind::Cancelled – ambiguous if a non-idempotent request had already been sent.
    // Does nothing once finished.
    void cancel();

    // --- for the layer that runs the work, not for its callers ---
    // Called by cancel(); returns whether a request that changes state may have reached the server.
    void setCanceller(std::function<bool()> canceller) { m_canceller = std::move(canceller); }
    void finishWithError(const Error& error);

signals:
    void finished();

protected:
    explicit Operation(QObject* parent);
    void finishSuccessfully();

private:
    void emitFinished();

    Error m_error;
    QDateTime m_startedAt;
    std::function<bool()> m_canceller;
    bool m_finished = false;
};

// An operation with a typed result, valid after a successful finish.
template <typename T>
class ResultOperation : public Operation
{
public:
    explicit ResultOperation(QObject* parent)
        : Operation(parent)
    {
    }

    const T& result() const { return m_result; }

    // An operation whose outcome is known before any work starts: failed with `error`, or succeeded
    // with an empty result. finished() still comes later, so callers can connect first.
    static ResultOperation* settled(const Error& error, QObject* parent)
    {
        auto* operation = new ResultOperation(parent);
        if (error)
            operation->finishWithError(error);
        else
            operation->finishWithResult({});
        return operation;
    }

    // For the layer that runs the work.
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

} // namespace Inlet
