#include "ResumeDataflow.h"

#include "SetupJourney.h"
#include "core/Logging.h"

#include <QPointer>

namespace Inlet {

ResumeDataflow::ResumeDataflow(SetupJourney& journey, CreateDataflow& createDataflow, UnfinishedDataflows& unfinished)
    : m_journey(journey)
    , m_createDataflow(createDataflow)
    , m_unfinished(unfinished)
{
}

std::optional<SavedDataflow> ResumeDataflow::savedFor(const QString& profile) const
{
    std::optional<SavedDataflow> saved = m_unfinished.restore();
    if (!saved || saved->profile != profile || saved->progress.isComplete())
        return std::nullopt;
    return saved;
}

std::optional<SavedDataflow> ResumeDataflow::replaced() const
{
    return m_owned ? std::nullopt : m_unfinished.restore();
}

bool ResumeDataflow::isKept() const
{
    if (!m_owned)
        return false;
    const std::optional<SavedDataflow> saved = m_unfinished.restore();
    // Compared as saved: the record holds what the document can hold, no more.
    return saved && saved->profile == m_journey.profile().name
        && UnfinishedDataflows::toJson(*saved) == UnfinishedDataflows::toJson(current(saved->profile, saved->savedAt));
}

bool ResumeDataflow::leavesObjectsBehind() const
{
    const DataflowProgress& progress = m_createDataflow.progress();
    return !progress.isEmpty() && !progress.isComplete() && !isKept();
}

Error ResumeDataflow::keep(const QDateTime& now)
{
    Error error = m_unfinished.keep(current(m_journey.profile().name, now));
    if (!error)
        m_owned = true;
    return error;
}

void ResumeDataflow::resume(const SavedDataflow& saved)
{
    m_journey.resumeDataflow(saved.plan);
    m_createDataflow.restore(saved.progress);
    m_owned = true;
}

Error ResumeDataflow::update(const QDateTime& now)
{
    if (!m_owned)
        return {};
    if (m_createDataflow.progress().isComplete())
        return discard();
    if (isKept())
        return {};
    return m_unfinished.keep(current(m_journey.profile().name, now));
}

Error ResumeDataflow::discard()
{
    if (!m_owned)
        return {};
    Error error = m_unfinished.discard();
    if (!error)
        m_owned = false;
    return error;
}

Error ResumeDataflow::forgetSaved()
{
    return m_unfinished.discard();
}

DataflowRemovalOperation* ResumeDataflow::deleteSaved(const SavedDataflow& saved)
{
    m_createDataflow.restore(saved.progress);
    DataflowRemovalOperation* removal = m_createDataflow.removeCreated(saved.plan);
    auto* operation = new DataflowRemovalOperation(&m_createDataflow);
    const QPointer<Operation> guard = removal;
    operation->setCanceller([guard] {
        if (guard)
            guard->cancel();
        return false; // deleting creates nothing
    });
    QObject::connect(removal, &Operation::finished, operation, [this, operation, removal, saved] {
        const DataflowProgress left = m_createDataflow.progress();
        m_createDataflow.restore(DataflowProgress()); // ready for a new setup, whatever happened
        if (const Error& failed = removal->error()) {
            // The record stays, listing what is left, so that nothing is left behind unlisted.
            SavedDataflow rest = saved;
            rest.progress = left;
            if (const Error error = m_unfinished.keep(rest))
                qCWarning(lcSettings) << "saved dataflow not updated after a failed delete:" << error.technicalDetail();
            operation->finishWithError(failed);
        } else if (const Error error = m_unfinished.discard()) {
            operation->finishWithError(error);
        } else {
            operation->finishWithResult(removal->result());
        }
    });
    return operation;
}

SavedDataflow ResumeDataflow::current(const QString& profile, const QDateTime& savedAt) const
{
    return SavedDataflow{profile, savedAt, m_journey.dataflowPlan(), m_createDataflow.progress()};
}

} // namespace Inlet
