#pragma once

#include "core/Error.h"
#include "core/Settings.h"

#include <QSet>

namespace Inlet {

// Keeps the connection being set up across a crash or a kill: its non-secret values go to the
// settings as they are typed, and the next start offers them again. Secrets are never kept.
class UnfinishedConnections
{
public:
    explicit UnfinishedConnections(Settings& settings);

    // Keeps `unfinished` without the fields named in `secretFields`, written to disk at once; a write
    // that failed is returned, for the page to say.
    [[nodiscard]] Error keep(UnfinishedConnection unfinished, const QSet<QString>& secretFields);
    // What was kept, or an empty value.
    UnfinishedConnection restore() const;
    // The connection was finished or the user discarded it.
    [[nodiscard]] Error discard();

private:
    Settings& m_settings;
};

} // namespace Inlet
