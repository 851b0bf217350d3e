#pragma once

#include "platform/DataflowTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Inlet {

// A flow's runs, newest first: status (icon and text), start in local time, duration (growing while the
// run goes on), records read, written and failed.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, StartedColumn, DurationColumn, ReadColumn, WrittenColumn, FailedColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QList<FlowRun> runs);
    const QList<FlowRun>& runs() const { return m_runs; }
    const FlowRun* run(int row) const;
    int rowOf(const QString& runId) const;
    bool hasUnfinishedRuns() const;
    // The clock moved on: the durations of unfinished runs are shown again.
    void updateDurations();

    static QString statusText(const FlowRun& run);
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FlowRun& run, int column) const;

    QList<FlowRun> m_runs;
};

} // namespace Inlet
