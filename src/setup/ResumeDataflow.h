#pragma once

#include "CreateDataflow.h"
#include "UnfinishedDataflows.h"
#include "core/Error.h"

#include <QDateTime>

#include <optional>

namespace Inlet {

class SetupJourney;

// Resume later: the dataflow being created – the journey's plan and CreateDataflow's progress – kept
// with UnfinishedDataflows to finish in another session, offered again after sign-in, picked up, or
// discarded (deleting what it created, if the user wants). Inlet keeps one record; once this setup was
// kept or resumed, the record is this setup's and update() keeps it true to what exists on Platform.
// A record of another setup is never changed behind the user's back: keep() replacing it is asked first
// (replaced()), and a completed flow clears only its own record.
class ResumeDataflow
{
public:
    ResumeDataflow(SetupJourney& journey, CreateDataflow& createDataflow, UnfinishedDataflows& unfinished);

    // The record to offer `profile` after sign-in: none when there is none, it is another profile's,
    // or its flow exists already.
    std::optional<SavedDataflow> savedFor(const QString& profile) const;
    // The record of another setup that keep() would replace.
    std::optional<SavedDataflow> replaced() const;
    // The record holds this setup as it is now.
    bool isKept() const;
    // Closing now would leave objects (or objects in doubt) of an unfinished flow that no record lists.
    bool leavesObjectsBehind() const;

    // Save and finish later: the plan, what exists and the signed-in profile's name, at `now`.
    [[nodiscard]] Error keep(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Picks `saved` up: the journey takes its plan, CreateDataflow its progress; the record is this setup's.
    void resume(const SavedDataflow& saved);
    // After each create or removal of this setup: a complete flow clears its record, an unfinished one
    // updates it. Does nothing while the record is not this setup's.
    [[nodiscard]] Error update(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // This setup's record is discarded (its objects deleted, or the user chose so); another's stays.
    [[nodiscard]] Error discard();

    // Discarding the saved record at sign-in without resuming it: only forgets it (the objects stay on
    // Platform, as the user chose).
    [[nodiscard]] Error forgetSaved();
    // Discarding the saved record at sign-in, deleting what it created first. On success the record is
    // gone; on failure it stays, listing what is left. Either way CreateDataflow starts empty afterwards,
    // ready for a new setup.
    DataflowRemovalOperation* deleteSaved(const SavedDataflow& saved);

private:
    SavedDataflow current(const QString& profile, const QDateTime& savedAt) const;

    SetupJourney& m_journey;
    CreateDataflow& m_createDataflow;
    UnfinishedDataflows& m_unfinished;
    bool m_owned = false; // the record is this setup's
};

} // namespace Inlet
