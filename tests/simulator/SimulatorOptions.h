#pragma once

#include <QString>
#include <QStringList>

namespace Inlet::Sim {

// What the command line sets; each service reads the options that concern it.
struct SimulatorOptions
{
    QString clientId; // empty: accept any client id
    QString clientSecret; // empty: accept any client secret
    QString orgId; // empty: accept any org
    QStringList sandboxes; // empty: accept any sandbox name
    QString staticToken; // a bearer token that is always valid (for "pasted token" tests)
    int tokenLifetimeSeconds = 86399;
    int pageSize = 20; // list pages hold at most this many items (also when `limit` is larger)
    int sasLifetimeDays = 90;
    int exploreRootTables = 4; // tables a database connection's explore root lists
    QString catalogFile; // empty: the catalog bundled into inlet_core
    int runSeconds = 6; // how long a flow run takes: queued for the first quarter, then in progress
    int runEverySeconds = 60; // a scheduled flow starts a run this often (0: only the first)
    QString runOutcome = QStringLiteral("success"); // success, partial, failed, anonymous-credentials
};

} // namespace Inlet::Sim
