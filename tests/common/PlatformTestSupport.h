#pragma once

// Waiting for platform operations in tests. Operations delete themselves after finished(), so the
// results are copied inside the finished() slot.

#include "platform/PlatformOperations.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

template <typename T>
struct OperationOutcome
{
    bool finished = false;
    int finishedCount = 0;
    Inlet::Error error;
    T result{};
};

// Runs the event loop until `operation` finishes (or `timeoutMs` passes); `capture` reads it.
template <typename Operation>
bool awaitOperation(Operation* operation, const std::function<void(Operation*)>& capture, int timeoutMs = 30000)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(operation, &Inlet::Operation::finished, &loop, [&] {
        capture(operation);
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

template <typename T>
OperationOutcome<T> await(Inlet::ResultOperation<T>* operation, int timeoutMs = 30000)
{
    OperationOutcome<T> outcome;
    outcome.finished = awaitOperation<Inlet::ResultOperation<T>>(
        operation,
        [&outcome](Inlet::ResultOperation<T>* op) {
            outcome.error = op->error();
            outcome.result = op->result();
            ++outcome.finishedCount;
        },
        timeoutMs);
    return outcome;
}

// Sleeps with the event loop running.
inline void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
