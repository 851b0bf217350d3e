#include "ScheduleRules.h"

#include <QCoreApplication>

namespace Inlet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::ScheduleRules", text);
}

} // namespace

QStringList ScheduleRules::problems(const DataflowPlan& plan, const QDateTime& now)
{
    const FlowSchedule& schedule = plan.schedule;
    QStringList problems;
    const bool once = schedule.frequency == FlowSchedule::Frequency::Once;
    const int minimum = FlowSchedule::minimumInterval(schedule.frequency);
    if (!once && schedule.interval < minimum)
        problems << (schedule.frequency == FlowSchedule::Frequency::Minute ? QCoreApplication::translate(
                         "Inlet::ScheduleRules",
                         "Platform runs a dataflow at most every %n minute(s); choose an interval of at least %n.",
                         nullptr,
                         minimum)
                                                                           : tr("The interval must be at least 1."));
    if (!schedule.startUtc.isValid())
        problems << tr("Choose when the first run starts.");
    else if (!once && !schedule.backfill && schedule.startUtc < now.addSecs(-schedule.intervalSeconds()))
        problems << tr("The start is more than one interval in the past and backfill is off, so the first runs would "
                       "read nothing. Move the start, or turn backfill on.");
    if (!plan.readsFiles() && !once && schedule.deltaColumn.isEmpty())
        problems << tr("A scheduled table source needs a delta column: the timestamp each run compares with its window "
                       "to read only new rows.");
    if (schedule.partialIngestionPercent
        && (*schedule.partialIngestionPercent < 1 || *schedule.partialIngestionPercent > 100))
        problems << tr("The partial-ingestion threshold is a percentage between 1 and 100.");
    return problems;
}

QDateTime ScheduleRules::toUtc(const QDateTime& local)
{
    const QDateTime utc = local.toUTC();
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace Inlet
