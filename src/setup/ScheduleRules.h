#pragma once

#include "DataflowPlan.h"

#include <QDateTime>
#include <QStringList>

namespace Inlet {

// Adobe's rules for a dataflow's schedule, checked before anything is sent, each broken rule as a
// translated sentence the Schedule page shows: the interval's minimum (minute: 15, the others: 1), a
// delta column for a scheduled table source, a start that has not passed long ago without backfill,
// a partial-ingestion threshold between 1 and 100 percent.
class ScheduleRules
{
public:
    static QStringList problems(const DataflowPlan& plan, const QDateTime& now);
    // A start entered in local time (the page's QDateTimeEdit) as Platform takes it: UTC, whole seconds.
    static QDateTime toUtc(const QDateTime& local);
};

} // namespace Inlet
