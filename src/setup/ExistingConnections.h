#pragma once

#include "platform/PlatformOperations.h"

#include <QObject>

namespace Inlet {

class PlatformSession;

// The base connections of one source in the sandbox: listed so the user can reuse one instead of
// creating a duplicate (SetupJourney::reuseConnection), or deleted.
class ExistingConnections : public QObject
{
    Q_OBJECT

public:
    explicit ExistingConnections(PlatformSession& session, QObject* parent = nullptr);

    // Every connection of the spec, all pages.
    ConnectionListOperation* list(const QString& connectionSpecId);
    // Deletes one; Platform refuses while dataflows use it. The result is the deleted id.
    DeleteConnectionOperation* remove(const QString& connectionId);

private:
    PlatformSession& m_session;
};

} // namespace Inlet
