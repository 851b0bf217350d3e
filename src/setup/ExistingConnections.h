#pragma once

#include "core/Prefetch.h"
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

    // Starts listing the connections of `connectionSpecId` while the user is still choosing the source,
    // so that list() for it need not wait. Only the latest counts: one for another spec still under
    // way is cancelled.
    void prefetch(const QString& connectionSpecId);
    // Every connection of the spec, all pages: the prefetched listing of it when there is one that did
    // not fail and is younger than kPrefetchLifetimeMs (used once, so a reload asks again), else a new one.
    ConnectionListOperation* list(const QString& connectionSpecId);
    // Deletes one; Platform refuses while dataflows use it. The result is the deleted id.
    DeleteConnectionOperation* remove(const QString& connectionId);

    static constexpr qint64 kPrefetchLifetimeMs = 60 * 1000;

private:
    ConnectionListOperation* startListing(const QString& connectionSpecId);

    PlatformSession& m_session;
    Prefetch<QList<ConnectionSummary>> m_prefetch;
};

} // namespace Inlet
