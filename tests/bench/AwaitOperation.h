#pragma once

#include "core/Operation.h"

#include <QEventLoop>
#include <QString>
#include <QTimer>

namespace Inlet::Bench {

// Runs the event loop until `operation` finishes; false, with the reason in `error`, when it failed or
// did not finish within `timeoutMs`.
template <typename Op>
bool awaitOperation(Op* operation, QString* error, int timeoutMs = 15000)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(operation, &Operation::finished, &loop, [&] {
        done = !operation->error();
        if (!done)
            *error = operation->error().details();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done && error->isEmpty())
        *error = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
    return done;
}

} // namespace Inlet::Bench
