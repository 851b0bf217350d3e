#pragma once

#include "setup/UnfinishedDataflows.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Inlet {

class Operation;
class ResumeDataflow;

// After sign-in, before the next page: the dataflow the profile saved to finish later, offered with
// Resume, Later and Discard. Discard asks whether to delete what it created too, and deletes it over
// the window with the outcome shown; a failure keeps the saved setup (listing what is left) and the
// user on the Account page. The wizard moves on when told, through the signals.
class ResumeOffer : public QObject
{
    Q_OBJECT

public:
    ResumeOffer(ResumeDataflow& resumeDataflow, QWidget* window);

    // Asks about `saved`, saved by `profile`, unless that was answered in this window already. False
    // when nothing is asked, so the wizard goes on.
    bool ask(const QString& profile, const SavedDataflow& saved);
    // A question is open or a deletion runs: the wizard waits.
    bool isBusy() const { return m_asking || !m_deleting.isNull(); }

signals:
    // The journey and CreateDataflow hold the saved setup now: the Create page shows it.
    void resumed(const QDateTime& savedAt);
    // Later, or discarded: the wizard goes on as after any sign-in.
    void movedOn();

private:
    void askToDiscard(const SavedDataflow& saved);
    void forget();
    void deleteSaved(const SavedDataflow& saved);
    void answered();

    ResumeDataflow& m_resumeDataflow;
    QWidget* m_window;
    QString m_profile;
    QString m_answeredProfile; // the profile whose offer was answered in this window
    bool m_asking = false;
    QPointer<Operation> m_deleting;
};

} // namespace Inlet
