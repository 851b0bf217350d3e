#include "UnfinishedConnections.h"

namespace Inlet {

UnfinishedConnections::UnfinishedConnections(Settings& settings)
    : m_settings(settings)
{
}

Error UnfinishedConnections::keep(UnfinishedConnection unfinished, const QSet<QString>& secretFields)
{
    for (const QString& field : secretFields)
        unfinished.values.remove(field);
    m_settings.setUnfinishedConnection(unfinished);
    return m_settings.sync();
}

UnfinishedConnection UnfinishedConnections::restore() const
{
    return m_settings.unfinishedConnection();
}

Error UnfinishedConnections::discard()
{
    if (m_settings.unfinishedConnection().isEmpty())
        return {};
    m_settings.clearUnfinishedConnection();
    return m_settings.sync();
}

} // namespace Inlet
