#include "PlatformOperation.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Inlet {

PlatformOperation::PlatformOperation(QObject* parent)
    : QObject(parent)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

PlatformOperation::~PlatformOperation() = default;

void PlatformOperation::cancel()
{
    if (m_finished)
        return;
    const bool maybeSent = m_canceller ? m_canceller() : false;
    ApiError error = ApiError::make(ApiError::Kind::Cancelled);
    error.setAmbiguous(maybeSent);
    finishWithError(error);
}

void PlatformOperation::finishWithError(const ApiError& error)
{
    if (m_finished)
        return;
    m_error = error;
    emitFinished();
}

void PlatformOperation::finishSuccessfully()
{
    if (m_finished)
        return;
    m_error = ApiError();
    emitFinished();
}

void PlatformOperation::emitFinished()
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

QString CreateConnectionOperation::outcomeMessage() const
{
    switch (m_outcome) {
    case CreateOutcome::Created:
        return QCoreApplication::translate("Inlet::CreateConnectionOperation", "The connection was created (ID %1).")
            .arg(result().id);
    case CreateOutcome::FoundAfterAmbiguousFailure:
        return QCoreApplication::translate("Inlet::CreateConnectionOperation",
                                           "The answer to the request was lost, but the connection was created "
                                           "meanwhile: ID %1. Inlet did not create it a second time.")
            .arg(result().id);
    case CreateOutcome::NotCreated:
        return QCoreApplication::translate("Inlet::CreateConnectionOperation",
                                           "The connection was not created. It is safe to try again.");
    case CreateOutcome::Unknown:
        return QCoreApplication::translate("Inlet::CreateConnectionOperation",
                                           "Inlet could not find out whether the connection was created. Check the "
                                           "connections of this source in Platform before trying again.");
    }
    return {};
}

} // namespace Inlet
