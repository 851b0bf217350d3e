#include "RunTableModel.h"

#include "StandardIcons.h"

#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace Inlet {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;

QIcon statusIcon(const FlowRun& run)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxQuestion;
    switch (run.status) {
    case FlowRun::Status::Queued:
        pixmap = QStyle::SP_MediaPause;
        break;
    case FlowRun::Status::InProgress:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case FlowRun::Status::Succeeded:
        pixmap = run.recordsFailed > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton;
        break;
    case FlowRun::Status::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case FlowRun::Status::Other:
        break;
    }
    return standardIcon(pixmap);
}

} // namespace

void RunTableModel::setRuns(QList<FlowRun> runs)
{
    // Platform lists the newest first; kept so whatever order an answer has.
    std::stable_sort(
        runs.begin(), runs.end(), [](const FlowRun& a, const FlowRun& b) { return a.startedAt > b.startedAt; });
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const FlowRun* RunTableModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunTableModel::rowOf(const QString& runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

bool RunTableModel::hasUnfinishedRuns() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const FlowRun& run) { return !run.isFinished(); });
}

void RunTableModel::updateDurations()
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (!m_runs.at(row).isFinished())
            emit dataChanged(index(row, DurationColumn), index(row, DurationColumn), {Qt::DisplayRole});
    }
}

QString RunTableModel::statusText(const FlowRun& run)
{
    switch (run.status) {
    case FlowRun::Status::Queued:
        return tr("Queued");
    case FlowRun::Status::InProgress:
        return tr("In progress");
    case FlowRun::Status::Succeeded:
        return tr("Succeeded");
    case FlowRun::Status::Failed:
        return tr("Failed");
    case FlowRun::Status::Other:
        break;
    }
    return run.statusText.isEmpty() ? tr("Unknown") : run.statusText;
}

QString RunTableModel::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < kMinute)
        return tr("%1 s", "a duration in seconds (a unit symbol: no plural)").arg(seconds);
    if (seconds < kHour)
        return tr("%1 min %2 s", "a duration").arg(seconds / kMinute).arg(seconds % kMinute);
    return tr("%1 h %2 min", "a duration").arg(seconds / kHour).arg((seconds % kHour) / kMinute);
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const FlowRun& run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(run)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn && run.startedAt.isValid())
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == StatusColumn)
            return run.statusText;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant RunTableModel::display(const FlowRun& run, int column) const
{
    const QLocale locale;
    switch (column) {
    case StatusColumn:
        return statusText(run);
    case StartedColumn:
        return run.startedAt.isValid() ? locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QStringLiteral("–");
    case DurationColumn: {
        if (!run.startedAt.isValid())
            return QStringLiteral("–");
        const QDateTime end = run.completedAt.isValid() ? run.completedAt
            : run.isFinished()                          ? run.startedAt
                                                        : QDateTime::currentDateTimeUtc();
        return durationText(run.startedAt.secsTo(end));
    }
    case ReadColumn:
        return locale.toString(run.recordsRead);
    case WrittenColumn:
        return locale.toString(run.recordsWritten);
    case FailedColumn:
        return locale.toString(run.recordsFailed);
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ReadColumn:
        return tr("Records read");
    case WrittenColumn:
        return tr("Records written");
    case FailedColumn:
        return tr("Records failed");
    default:
        return {};
    }
}

} // namespace Inlet
