#include "Operation.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Inlet {

Operation::Operation(QObject* parent)
    : QObject(parent)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

Operation::~Operation() = default;

void Operation::cancel()
{
    if (m_finished)
        return;
    const bool maybeSent = m_canceller ? m_canceller() : false;
    Error error = Error::make(Error::Kind::Cancelled);
    error.setAmbiguous(maybeSent);
    finishWithError(error);
}

void Operation::finishWithError(const Error& error)
{
    if (m_finished)
        return;
    m_error = error;
    emitFinished();
}

void Operation::finishSuccessfully()
{
    if (m_finished)
        return;
    m_error = Error();
    emitFinished();
}

void Operation::emitFinished()
{
    m_finished = true;
    m_canceller = nullptr;
    // Never from inside the call that created the operation: the caller connects first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Inlet
