#include "ResumeOffer.h"

#include "Confirmation.h"
#include "DataflowPage.h"
#include "setup/CreateDataflow.h"
#include "setup/ResumeDataflow.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace Inlet {

namespace {

QString bullets(const QStringList& lines)
{
    return QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
}

QString savedDate(const SavedDataflow& saved)
{
    return QLocale().toString(saved.savedAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ResumeOffer::ResumeOffer(ResumeDataflow& resumeDataflow, QWidget* window)
    : QObject(window)
    , m_resumeDataflow(resumeDataflow)
    , m_window(window)
{
}

bool ResumeOffer::ask(const QString& profile, const SavedDataflow& saved)
{
    if (isBusy() || m_answeredProfile == profile)
        return false;
    m_profile = profile;
    m_asking = true;
    QString question = tr("Finish the dataflow \"%1\" saved %2?").arg(saved.plan.name, savedDate(saved));
    const QStringList objects = DataflowPage::createdObjects(saved.plan, saved.progress, true);
    if (!objects.isEmpty())
        question += QStringLiteral("\n\n") + tr("These objects exist for it on Platform:") + bullets(objects);
    if (!saved.progress.inDoubt.isEmpty()) {
        question += QStringLiteral("\n\n")
            + tr("It is not known whether %1 was created; Continue on the Create page finds out before it creates "
                 "anything.")
                  .arg(CreateDataflow::stepNoun(saved.progress.inDoubt.firstKey()));
    }
    question += QStringLiteral("\n\n")
        + tr("Resume shows it on the Create page, ready to continue. Later keeps it saved for your next sign-in. "
             "Discard forgets it.");
    askChoice(m_window,
              QStringLiteral("resumeOffer"),
              tr("Finish the Saved Dataflow?"),
              question,
              {Choice{tr("&Resume"),
                      QStringLiteral("resumeButton"),
                      [this, saved] {
                          m_asking = false;
                          answered();
                          m_resumeDataflow.resume(saved);
                          emit resumed(saved.savedAt);
                      }},
               Choice{tr("&Discard…"), QStringLiteral("discardButton"), [this, saved] { askToDiscard(saved); }}},
              0,
              Choice{tr("&Later"), QStringLiteral("laterButton"), [this] {
                         m_asking = false;
                         answered();
                         emit movedOn();
                     }});
    return true;
}

void ResumeOffer::askToDiscard(const SavedDataflow& saved)
{
    const QStringList objects = DataflowPage::createdObjects(saved.plan, saved.progress, false);
    const bool inDoubt = !saved.progress.inDoubt.isEmpty();
    if (objects.isEmpty() && !inDoubt) {
        forget(); // nothing on Platform that could be deleted
        return;
    }
    QString question = tr("Discard the saved dataflow \"%1\"?").arg(saved.plan.name);
    QList<Choice> choices;
    if (!objects.isEmpty()) {
        question += u' '
            + tr("Delete what it created on Platform too, or keep it there and only forget the saved setup:")
            + bullets(objects);
        choices << Choice{tr("&Delete Them"), QStringLiteral("deleteButton"), [this, saved] { deleteSaved(saved); }};
    }
    if (const auto& mapping = saved.progress.mappingSet) {
        question += QStringLiteral("\n\n")
            + tr("The mapping set \"%1\" (%2) stays: Platform cannot delete mapping sets, and one that no dataflow "
                 "uses does nothing.")
                  .arg(saved.plan.mappingSetName(), mapping->id);
    }
    if (inDoubt) {
        question += QStringLiteral("\n\n")
            + tr("It is not known whether %1 was created, so it cannot be deleted: Resume and Continue find out.")
                  .arg(CreateDataflow::stepNoun(saved.progress.inDoubt.firstKey()));
    }
    choices << Choice{tr("&Keep Them"), QStringLiteral("keepButton"), [this] { forget(); }};
    askChoice(m_window,
              QStringLiteral("discardSaved"),
              tr("Discard the Saved Dataflow?"),
              question,
              choices,
              -1, // Cancel: discarding is not undone
              Choice{tr("Cancel"), QStringLiteral("cancelButton"), [this] { m_asking = false; }});
}

void ResumeOffer::forget()
{
    m_asking = false;
    if (const Error error = m_resumeDataflow.forgetSaved()) {
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    tr("Saved Dataflow Not Discarded"),
                                    tr("The saved dataflow could not be discarded. %1").arg(error.actionableMessage()),
                                    QMessageBox::Ok,
                                    m_window);
        box->setObjectName(QStringLiteral("discardFailed"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    answered();
    emit movedOn();
}

void ResumeOffer::deleteSaved(const SavedDataflow& saved)
{
    m_asking = false;
    auto* progress =
        new QProgressDialog(tr("Deleting what \"%1\" created…").arg(saved.plan.name), QString(), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("deletingSaved"));
    progress->setWindowTitle(tr("Discard the Saved Dataflow"));
    progress->setCancelButton(nullptr); // each deletion is one request; stopping halfway helps nobody
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    DataflowRemovalOperation* operation = m_resumeDataflow.deleteSaved(saved);
    m_deleting = operation;
    connect(operation, &Operation::finished, this, [this, operation, progress, saved] {
        m_deleting.clear(); // over: the wizard may go on from here
        progress->close();
        if (const Error& error = operation->error()) {
            auto* box = new QMessageBox(QMessageBox::Warning,
                                        tr("Saved Dataflow Not Discarded"),
                                        tr("Deleting what \"%1\" created failed. %2 The saved dataflow stays, listing "
                                           "what is left; Next offers it again.")
                                            .arg(saved.plan.name, error.actionableMessage()),
                                        QMessageBox::Ok,
                                        m_window);
            box->setObjectName(QStringLiteral("discardFailed"));
            box->setDetailedText(error.details());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const DataflowRemoval& removal = operation->result();
        QString text = tr("The saved dataflow \"%1\" is discarded.").arg(saved.plan.name);
        if (!removal.deleted.isEmpty())
            text += QStringLiteral("\n\n") + tr("Deleted:") + bullets(removal.deleted);
        if (!removal.kept.isEmpty())
            text += QStringLiteral("\n\n") + tr("Kept:") + bullets(removal.kept);
        answered();
        emit movedOn();
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Saved Dataflow Discarded"), text, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("savedDiscarded"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void ResumeOffer::answered()
{
    m_answeredProfile = m_profile;
}

} // namespace Inlet
