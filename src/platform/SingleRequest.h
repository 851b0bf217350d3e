#pragma once

#include "platform/HttpExchange.h"
#include "platform/PlatformSession.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Inlet {

// Where singleRequest() parses the answer: answers that can be large (an explore level of thousands
// of tables) are parsed on a worker thread, so the GUI thread never waits for them.
enum class ParseOn { CallerThread, WorkerThread };

// An operation of `session` made of one Platform request: its 2xx response becomes the result through
// `parse(const HttpResponse&, Error*)`, which may report a BadResponse instead. Cancelling the
// operation cancels the request; the Cancelled error is ambiguous when the request was not idempotent
// and may have reached the server. Platform-layer internal.
template <typename ResultOperationType, typename Parse>
ResultOperationType* singleRequest(PlatformSession* session,
                                   const HttpRequestSpec& spec,
                                   Parse parse,
                                   ParseOn parseOn = ParseOn::CallerThread)
{
    auto* operation = new ResultOperationType(session);
    const QPointer<HttpExchange> exchange = session->send(spec, operation);
    const bool idempotent = spec.idempotent;
    operation->setCanceller([exchange, idempotent] {
        const bool sent = exchange && exchange->requestSent();
        if (exchange)
            exchange->cancel();
        return sent && !idempotent;
    });
    HttpExchange* request = exchange;
    QObject::connect(request, &Operation::finished, operation, [operation, request, parse = std::move(parse), parseOn] {
        if (operation->isFinished()) // cancelled
            return;
        if (request->error())
            return operation->finishWithError(request->error());
        using Result = decltype(parse(request->result(), nullptr));
        struct Parsed
        {
            Result result;
            Error error;
        };
        const auto finish = [operation](Parsed parsed) {
            if (operation->isFinished()) // cancelled while parsing
                return;
            if (parsed.error.isError())
                return operation->finishWithError(parsed.error);
            operation->finishWithResult(std::move(parsed.result));
        };
        const auto parseResponse = [parse](const HttpResponse& response) {
            Parsed parsed;
            parsed.result = parse(response, &parsed.error);
            return parsed;
        };
        if (parseOn == ParseOn::CallerThread)
            return finish(parseResponse(request->result()));
        auto* watcher = new QFutureWatcher<Parsed>(operation);
        QObject::connect(watcher, &QFutureWatcherBase::finished, operation, [watcher, finish] {
            watcher->deleteLater();
            finish(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(parseResponse, request->result()));
    });
    return operation;
}

} // namespace Inlet
