#pragma once

#include "platform/HttpExchange.h"
#include "platform/PlatformSession.h"

#include <QPointer>

#include <utility>

namespace Inlet {

// An operation of `session` made of one Platform request: its 2xx response becomes the result through
// `parse(const HttpResponse&, Error*)`, which may report a BadResponse instead. Cancelling the
// operation cancels the request; the Cancelled error is ambiguous when the request was not idempotent
// and may have reached the server. Platform-layer internal.
template <typename ResultOperationType, typename Parse>
ResultOperationType* singleRequest(PlatformSession* session, const HttpRequestSpec& spec, Parse parse)
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
    QObject::connect(request, &Operation::finished, operation, [operation, request, parse = std::move(parse)] {
        if (operation->isFinished()) // cancelled
            return;
        if (request->error())
            return operation->finishWithError(request->error());
        Error error;
        auto result = parse(request->result(), &error);
        if (error.isError())
            return operation->finishWithError(error);
        operation->finishWithResult(std::move(result));
    });
    return operation;
}

} // namespace Inlet
