#include "InletWizard.h"

#include "AccountPage.h"
#include "AppIcon.h"
#include "Clipboard.h"
#include "Confirmation.h"
#include "CredentialsPage.h"
#include "DataflowPage.h"
#include "DataflowReviewPage.h"
#include "ExistingConnectionsPage.h"
#include "ExplorePage.h"
#include "LandingZonePage.h"
#include "MappingPage.h"
#include "ResultPage.h"
#include "ResumeOffer.h"
#include "ReviewPage.h"
#include "RunsPage.h"
#include "SchedulePage.h"
#include "SourcePage.h"
#include "TargetPage.h"
#include "core/Logging.h"
#include "core/Settings.h"
#include "setup/Setup.h"

#include <QAbstractButton>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QShortcut>
#include <QWindow>

namespace Inlet {

namespace {
// A connection left unfinished by a crash or a kill: its profile and source are offered again,
// unless the command line names others.
LaunchOptions withUnfinished(LaunchOptions options, const UnfinishedConnections& unfinished)
{
    const UnfinishedConnection kept = unfinished.restore();
    if (kept.isEmpty())
        return options;
    if (options.profile.isEmpty())
        options.profile = kept.profile;
    if (options.source.isEmpty())
        options.source = kept.sourceId;
    return options;
}
} // namespace

InletWizard::InletWizard(Settings& settings,
                         SecretStore& secrets,
                         QNetworkAccessManager& network,
                         const LaunchOptions& options,
                         QWidget* parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_setup(new Setup(settings, secrets, network, this))
    , m_state(new WizardState(settings,
                              m_setup->journey(),
                              m_setup->catalogLoader(),
                              withUnfinished(options, m_setup->unfinishedConnections()),
                              this))
    , m_clipboard(new Clipboard(this))
    , m_accountPage(new AccountPage(*m_state, m_setup->signIn(), m_setup->journey(), this))
    , m_sourcePage(new SourcePage(*m_state, this))
    , m_existingPage(new ExistingConnectionsPage(*m_state, m_setup->existingConnections(), m_setup->journey(), this))
    , m_landingZonePage(new LandingZonePage(*m_state, *m_clipboard, m_setup->landingZone(), this))
    , m_credentialsPage(new CredentialsPage(
          *m_state, m_setup->createConnection(), m_setup->journey(), m_setup->unfinishedConnections(), this))
    , m_reviewPage(new ReviewPage(*m_state, *m_clipboard, this))
    , m_resultPage(new ResultPage(
          *m_state, *m_clipboard, m_setup->createConnection(), m_setup->testConnection(), m_setup->journey(), this))
    , m_explorePage(new ExplorePage(*m_state, *m_clipboard, m_setup->exploreConnection(), m_setup->journey(), this))
    , m_targetPage(new TargetPage(*m_state, m_setup->chooseTarget(), m_setup->journey(), this))
    , m_mappingPage(new MappingPage(*m_state, m_setup->mapColumns(), m_setup->journey(), this))
    , m_schedulePage(new SchedulePage(*m_state, m_setup->landingZone(), m_setup->journey(), this))
    , m_dataflowReviewPage(new DataflowReviewPage(*m_state, *m_clipboard, m_setup->journey(), this))
    , m_dataflowPage(
          new DataflowPage(*m_state, m_setup->createDataflow(), m_setup->resumeDataflow(), m_setup->journey(), this))
    , m_runsPage(new RunsPage(*m_state, m_setup->watchRuns(), m_setup->journey(), this))
    , m_resumeOffer(new ResumeOffer(m_setup->resumeDataflow(), this))
{
    setObjectName(QStringLiteral("InletWizard"));
    setWindowTitle(tr("Inlet"));
    const QIcon icon = QGuiApplication::windowIcon().isNull() ? appIcon() : QGuiApplication::windowIcon();
    setWindowIcon(icon);
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(AccountPageId, m_accountPage);
    setPage(SourcePageId, m_sourcePage);
    setPage(ExistingConnectionsPageId, m_existingPage);
    setPage(LandingZonePageId, m_landingZonePage);
    setPage(CredentialsPageId, m_credentialsPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ResultPageId, m_resultPage);
    setPage(ExplorePageId, m_explorePage);
    setPage(TargetPageId, m_targetPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(SchedulePageId, m_schedulePage);
    setPage(DataflowReviewPageId, m_dataflowReviewPage);
    setPage(DataflowPageId, m_dataflowPage);
    setPage(RunsPageId, m_runsPage);
    setStartId(AccountPageId);
    connect(m_state, &WizardState::firstFrameShown, this, &InletWizard::reportSettingsSetAside);
    connect(&m_setup->catalogLoader(), &CatalogLoader::cacheNotSaved, this, &InletWizard::reportCacheNotSaved);
    // The start page is built now, before it is current: QWizard lays the whole window out again for
    // every title or subtitle set on its current page, and the .ui sets both.
    m_accountPage->ensureBuilt();
    setMinimumSize(640, 520);

    // Inlet's own text, so each translation can pick a mnemonic free on every page (Qt's Spanish gives
    // Help and Back the same one).
    setButtonText(QWizard::HelpButton, tr("&Help"));
    // A window shortcut, not the button's: QWizard resets button shortcuts whenever it relabels them.
    auto* help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &InletWizard::showHelp);
    connect(this, &QWizard::helpRequested, this, &InletWizard::showHelp);
    connect(m_resultPage, &ResultPage::editCredentialsRequested, this, &InletWizard::returnToCredentials);
    connect(m_resultPage, &ResultPage::failedChanged, this, &InletWizard::offerWayOutOfFailure);
    connect(m_dataflowPage, &DataflowPage::flowCreated, this, &InletWizard::watchFlow);
    connect(m_dataflowPage, &DataflowPage::backAllowedChanged, this, &InletWizard::allowBackFromCreate);
    connect(m_resumeOffer, &ResumeOffer::resumed, this, &InletWizard::resumeDataflow);
    connect(m_resumeOffer, &ResumeOffer::movedOn, this, &InletWizard::next);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DataflowPageId) {
            m_resumingDataflow = false;
            allowBackFromCreate(m_dataflowPage->canGoBack());
        } else if (id == DataflowReviewPageId) {
            // Back from Create (nothing created): the review's button creates again, sent once.
            m_dataflowReviewPage->setCommitPage(true);
        }
        // The flow spec is known once the object is chosen: looked up while the user reads the
        // dataflow pages, Create waits only for its creates.
        if (id == TargetPageId || id == DataflowReviewPageId)
            m_setup->createDataflow().prepare(m_setup->journey().dataflowPlan());
    });
    // The Target page's lists are read while the user chooses what to bring, so Next need not wait.
    connect(m_explorePage, &ExplorePage::objectChosen, this, [this] { m_setup->chooseTarget().prefetch(); });
    connect(m_runsPage, &RunsPage::sparkConfigLineWanted, this, &InletWizard::returnToSparkConfigLine);
    connect(m_sourcePage, &SourcePage::sourceSettled, this, [this](const QString& connectionSpecId) {
        if (m_setup->journey().isSignedIn())
            m_setup->existingConnections().prefetch(connectionSpecId);
    });
    if (!options.flowId.isEmpty())
        watchFlow(options.flowId);
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

InletWizard::~InletWizard() = default;

const SetupJourney& InletWizard::journey() const
{
    return m_setup->journey();
}

void InletWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    // The window is exposed (and its first frame painted) after this event; work that can wait starts then.
    if (!m_firstFrameWatched && windowHandle()) {
        m_firstFrameWatched = true;
        windowHandle()->installEventFilter(this);
    }
}

bool InletWizard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        // Queued: runs once this expose has been handled, i.e. after the first frame.
        m_state->setFirstFrameShown();
    }
    return QWizard::eventFilter(watched, event);
}

void InletWizard::initializePage(int id)
{
    if (auto* wizardPage = qobject_cast<WizardPage*>(page(id)))
        wizardPage->ensureBuilt();
    QWizard::initializePage(id);
}

QString InletWizard::currentHelpText() const
{
    const auto* page = qobject_cast<const WizardPage*>(currentPage());
    if (!page)
        return {};
    QString text = page->helpText();
    const QUrl documentation = m_state->spec().documentationUrl;
    if (currentId() != AccountPageId && documentation.isValid()) {
        text += tr("<p><a href=\"%1\">Adobe's documentation for %2</a></p>")
                    .arg(documentation.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         m_state->spec().displayName.toHtmlEscaped());
    }
    return text;
}

void InletWizard::reportSettingsSetAside()
{
    const QString setAside = m_settings.corruptFileSetAside();
    if (setAside.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Settings could not be read"),
                                tr("Inlet could not read its settings file. It moved the file to %1 and kept the "
                                   "profiles it could still read. Check your profile before you sign in.")
                                    .arg(QDir::toNativeSeparators(setAside)),
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("settingsSetAside"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InletWizard::reportCacheNotSaved(const Error& error)
{
    // Over whichever page the user is on when the refresh ends.
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Source list not saved"), error.actionableMessage(), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cacheNotSaved"));
    box->setDetailedText(error.technicalDetail());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InletWizard::showHelp()
{
    auto* box = new QMessageBox(QMessageBox::Information,
                                currentPage() ? currentPage()->title() : windowTitle(),
                                currentHelpText(),
                                QMessageBox::Close,
                                this);
    box->setObjectName(QStringLiteral("help"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->open();
}

void InletWizard::watchFlow(const QString& flowId)
{
    m_setup->journey().flowCreated(flowId);
    m_runsPage->setFlowId(flowId);
}

void InletWizard::returnToSparkConfigLine()
{
    // The Databricks page shows the current line (and refreshes it) wherever the journey passed it.
    if (visitedIds().contains(LandingZonePageId)) {
        while (currentId() != LandingZonePageId)
            back();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Information,
                                tr("Spark config line"),
                                tr("This dataflow's connection was not set up in this window. Start Inlet, sign in, "
                                   "choose Databricks and go on to the Databricks page: it shows the current "
                                   "landing-zone line to paste into the cluster's Spark config."),
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("sparkConfigLineElsewhere"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InletWizard::returnToCredentials()
{
    // The commit page only disables the Back button; stepping back through the history keeps every
    // value typed, and the next Create is a new, deliberate request.
    while (currentId() != CredentialsPageId && visitedIds().contains(CredentialsPageId) && currentId() != startId())
        back();
}

bool InletWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != AccountPageId || !m_state->options().flowId.isEmpty())
        return true;
    if (m_resumeOffer->isBusy())
        return false;
    // Signed in: the dataflow this profile saved to finish later comes before anything else.
    const QString profile = journey().profile().name;
    const std::optional<SavedDataflow> saved = m_setup->resumeDataflow().savedFor(profile);
    return !saved || !m_resumeOffer->ask(profile, *saved);
}

int InletWizard::nextId() const
{
    if (m_resumingDataflow && currentId() == AccountPageId)
        return DataflowPageId;
    return QWizard::nextId();
}

void InletWizard::resumeDataflow(const QDateTime& savedAt)
{
    m_dataflowPage->showResumed(savedAt);
    m_resumingDataflow = true;
    next();
}

void InletWizard::allowBackFromCreate(bool allowed)
{
    // QWizard offers Back unless the page before is a commit page. The review is one, so that a
    // second Create cannot make duplicates; while nothing exists on Platform, returning is safe. A
    // resumed dataflow came from the Account page, which then turns into one: its objects stay in view.
    if (currentId() != DataflowPageId)
        return;
    QList<int> history = visitedIds();
    if (!history.isEmpty() && history.constLast() == DataflowPageId)
        history.removeLast(); // not yet while the page initialises itself
    if (!history.isEmpty())
        page(history.constLast())->setCommitPage(!allowed);
}

void InletWizard::askBeforeLeavingDataflow()
{
    const DataflowPlan& plan = journey().dataflowPlan();
    const DataflowProgress& progress = m_setup->createDataflow().progress();
    const QString profile = journey().profile().name;
    QString question;
    if (m_dataflowPage->isBusy()) {
        question = tr("Inlet is still working on the dataflow \"%1\" on Platform. Stop, and keep what exists so far "
                      "with the setup saved to finish later (sign in with the profile \"%2\" to resume), delete "
                      "it, or go back?")
                       .arg(plan.name, profile);
    } else {
        question = tr("The dataflow \"%1\" is not finished, and what was made for it stays on Platform unless you "
                      "delete it.")
                       .arg(plan.name);
        const QStringList objects = DataflowPage::createdObjects(plan, progress, true);
        if (!objects.isEmpty())
            question += QStringLiteral("\n• ") + objects.join(QStringLiteral("\n• "));
        if (!progress.inDoubt.isEmpty())
            question += QStringLiteral("\n\n")
                + tr("It is not known whether %1 was created.")
                      .arg(CreateDataflow::stepNoun(progress.inDoubt.firstKey()));
        question += QStringLiteral("\n\n")
            + tr("Keep it and save the setup to finish later (sign in with the profile \"%1\" to resume), delete "
                 "it, or go back?")
                  .arg(profile);
    }
    askChoice(this,
              QStringLiteral("leaveUnfinishedDataflow"),
              tr("Close Before the Dataflow Is Finished?"),
              question,
              {Choice{tr("&Keep and Finish Later"),
                      QStringLiteral("keepButton"),
                      [this] {
                          // Once kept, closing asks nothing more about the dataflow.
                          m_dataflowPage->stopThen([this] { m_dataflowPage->saveForLater([this] { reject(); }); });
                      }},
               Choice{tr("&Delete and Close"),
                      QStringLiteral("deleteButton"),
                      [this] {
                          m_dataflowPage->deleteBeforeClosing([this] {
                              m_leaveDataflowConfirmed = true;
                              reject();
                          });
                      }}},
              0,
              Choice{tr("Go &Back"), QStringLiteral("backButton"), {}});
}

void InletWizard::offerWayOutOfFailure(bool failed)
{
    // Nothing was created: Back returns to the review (whose Create looks before it sends again) and
    // Cancel closes. Once created, the review is a commit page again and Finish is the way out.
    m_reviewPage->setCommitPage(!failed);
    setOption(QWizard::NoCancelButtonOnLastPage, !failed);
}

bool InletWizard::hasUnsavedChanges() const
{
    if (m_setup->journey().connection())
        return false; // created: nothing typed is lost any more
    return currentId() != AccountPageId || m_accountPage->hasEdits()
        || !m_setup->unfinishedConnections().restore().isEmpty();
}

void InletWizard::reject()
{
    // No object of an unfinished dataflow is left on Platform without the user's say.
    if (!m_leaveDataflowConfirmed && (m_dataflowPage->isBusy() || m_setup->resumeDataflow().leavesObjectsBehind())) {
        askBeforeLeavingDataflow();
        return;
    }
    if (m_discardConfirmed || !hasUnsavedChanges()) {
        if (const Error error = m_setup->unfinishedConnections().discard())
            qCWarning(lcUi) << "unfinished connection not discarded:" << error.technicalDetail();
        QWizard::reject();
        return;
    }
    confirmAction(this,
                  tr("Discard This Connection?"),
                  tr("The connection you are setting up is not created yet. Close Inlet and discard what you "
                     "typed?"),
                  tr("Discard and Close"),
                  [this] {
                      m_discardConfirmed = true;
                      reject();
                  });
}

void InletWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const Error error = m_setup->unfinishedConnections().discard())
            qCWarning(lcUi) << "unfinished connection not discarded:" << error.technicalDetail();
    }
    m_settings.setWindowGeometry(saveGeometry());
    // The window is closing: a geometry that could not be saved is not worth a dialog now.
    if (const Error error = m_settings.sync())
        qCWarning(lcUi) << "window geometry not saved:" << error.technicalDetail();
    // Secrets live no longer than the window that asked for them.
    m_accountPage->clearSecret();
    m_credentialsPage->clearSecrets();
    m_setup->forgetSecrets();
    QWizard::done(result);
}

} // namespace Inlet
