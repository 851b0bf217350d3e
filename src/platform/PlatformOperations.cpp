#include "PlatformOperations.h"

#include <QCoreApplication>

namespace Inlet {

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
