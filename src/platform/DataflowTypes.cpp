#include "DataflowTypes.h"

#include <algorithm>

namespace Inlet {

bool XdmSchema::hasPrimaryKey() const
{
    return std::any_of(fields.cbegin(), fields.cend(), [](const SchemaField& field) { return field.primaryKey; });
}

const SchemaField* XdmSchema::field(const QString& path) const
{
    for (const SchemaField& candidate : fields) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

QString FlowSchedule::frequencyName(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Once:
        return QStringLiteral("once");
    case Frequency::Minute:
        return QStringLiteral("minute");
    case Frequency::Hour:
        return QStringLiteral("hour");
    case Frequency::Day:
        return QStringLiteral("day");
    case Frequency::Week:
        return QStringLiteral("week");
    }
    return QStringLiteral("once");
}

std::optional<FlowSchedule::Frequency> FlowSchedule::frequencyFromName(const QString& name)
{
    for (const Frequency frequency :
         {Frequency::Once, Frequency::Minute, Frequency::Hour, Frequency::Day, Frequency::Week}) {
        if (frequencyName(frequency) == name)
            return frequency;
    }
    return std::nullopt;
}

int FlowSchedule::minimumInterval(Frequency frequency)
{
    return frequency == Frequency::Minute ? 15 : 1;
}

qint64 FlowSchedule::intervalSeconds() const
{
    switch (frequency) {
    case Frequency::Once:
        return 0;
    case Frequency::Minute:
        return qint64(interval) * 60;
    case Frequency::Hour:
        return qint64(interval) * 3600;
    case Frequency::Day:
        return qint64(interval) * 86400;
    case Frequency::Week:
        return qint64(interval) * 7 * 86400;
    }
    return 0;
}

} // namespace Inlet
