#pragma once

#include "WizardState.h"
#include "setup/SetupJourney.h"

#include <QDateTime>
#include <QWizard>

class QNetworkAccessManager;

namespace Inlet {

class AccountPage;
class Clipboard;
class CredentialsPage;
class DataflowPage;
class DataflowReviewPage;
class ExplorePage;
class MappingPage;
class RunsPage;
class SchedulePage;
class TargetPage;
class LandingZonePage;
class ResultPage;
class ResumeOffer;
class ReviewPage;
class SourcePage;
class ExistingConnectionsPage;
class SecretStore;
class Error;
class Setup;

// The main window: from sign-in to a created, tested connection.
class InletWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        AccountPageId,
        SourcePageId,
        ExistingConnectionsPageId,
        LandingZonePageId, // Databricks only
        CredentialsPageId,
        ReviewPageId,
        ResultPageId,
        ExplorePageId, // after a created or reused connection; Finish on the result page skips it
        TargetPageId,
        MappingPageId,
        SchedulePageId,
        DataflowReviewPageId,
        DataflowPageId,
        RunsPageId, // also the start page of `inlet --flow <id>`
    };

    InletWizard(Settings& settings,
                SecretStore& secrets,
                QNetworkAccessManager& network,
                const LaunchOptions& options = {},
                QWidget* parent = nullptr);
    ~InletWizard() override;

    WizardState& state() { return *m_state; }
    const WizardState& state() const { return *m_state; }
    // The use cases and the journey they advance.
    Setup& setup() { return *m_setup; }
    const SetupJourney& journey() const;

    AccountPage* accountPage() const { return m_accountPage; }
    SourcePage* sourcePage() const { return m_sourcePage; }
    ExistingConnectionsPage* existingConnectionsPage() const { return m_existingPage; }
    LandingZonePage* landingZonePage() const { return m_landingZonePage; }
    CredentialsPage* credentialsPage() const { return m_credentialsPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    ResultPage* resultPage() const { return m_resultPage; }
    ExplorePage* explorePage() const { return m_explorePage; }
    TargetPage* targetPage() const { return m_targetPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    SchedulePage* schedulePage() const { return m_schedulePage; }
    DataflowReviewPage* dataflowReviewPage() const { return m_dataflowReviewPage; }
    DataflowPage* dataflowPage() const { return m_dataflowPage; }
    RunsPage* runsPage() const { return m_runsPage; }

    // Help for the current page, as the help button shows it.
    QString currentHelpText() const;

    void done(int result) override;
    // Cancel, Escape and closing the window: asks first when something typed would be lost, or when
    // objects of an unfinished dataflow would be left on Platform without a record.
    void reject() override;
    // From the Account page to a resumed dataflow's Create page; else the current page's choice.
    int nextId() const override;
    // Something typed for a connection that is not created yet (or one kept from an earlier run).
    bool hasUnsavedChanges() const;

protected:
    // Builds a page's widgets on its first visit, just before the page initialises itself.
    void initializePage(int id) override;
    // After sign-in, a dataflow the profile saved to finish later is offered before the next page.
    bool validateCurrentPage() override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A settings file Inlet could not read was moved aside at start-up: say so, once the window is up.
    void reportSettingsSetAside();
    void reportCacheNotSaved(const Error& error);
    void showHelp();
    void returnToCredentials();
    // The Runs page watches `flowId`: the one just created, or `inlet --flow`'s.
    void watchFlow(const QString& flowId);
    void returnToSparkConfigLine();
    void offerWayOutOfFailure(bool failed);
    // Whether Back may leave the Create page (to the review): the page before it is a commit page if not.
    void allowBackFromCreate(bool allowed);
    void resumeDataflow(const QDateTime& savedAt);
    // Closing with an unfinished dataflow's objects on Platform: keep them (saved), delete them, or go back.
    void askBeforeLeavingDataflow();

    // Children of the window, created before the pages: alive until every page is gone.
    Settings& m_settings;
    Setup* m_setup;
    WizardState* m_state;
    // Owned here, not by a page: it clears what Inlet copied when the window closes.
    Clipboard* m_clipboard;
    AccountPage* m_accountPage;
    SourcePage* m_sourcePage;
    ExistingConnectionsPage* m_existingPage;
    LandingZonePage* m_landingZonePage;
    CredentialsPage* m_credentialsPage;
    ReviewPage* m_reviewPage;
    ResultPage* m_resultPage;
    ExplorePage* m_explorePage;
    TargetPage* m_targetPage;
    MappingPage* m_mappingPage;
    SchedulePage* m_schedulePage;
    DataflowReviewPage* m_dataflowReviewPage;
    DataflowPage* m_dataflowPage;
    RunsPage* m_runsPage;
    ResumeOffer* m_resumeOffer;
    bool m_firstFrameWatched = false;
    bool m_discardConfirmed = false;
    bool m_resumingDataflow = false; // Next on the Account page goes to the Create page
    bool m_leaveDataflowConfirmed = false;
};

} // namespace Inlet
