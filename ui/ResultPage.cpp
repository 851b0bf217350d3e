#include "ResultPage.h"
#include "ui_ResultPage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "InletWizard.h"
#include "WizardState.h"
#include "setup/CreateConnection.h"
#include "setup/SetupJourney.h"
#include "setup/TestConnection.h"

#include <QPushButton>

namespace Inlet {

namespace {
constexpr int kShownTables = 50;
}

ResultPage::ResultPage(WizardState& state,
                       Clipboard& clipboard,
                       CreateConnection& createConnection,
                       TestConnection& testConnection,
                       SetupJourney& journey,
                       QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::ResultPage)
    , m_clipboard(clipboard)
    , m_createConnection(createConnection)
    , m_testConnection(testConnection)
    , m_journey(journey)
{
    // Finish stays here for those who only wanted the connection; Next goes on to Select data, named so
    // (and with a mnemonic the page's own buttons leave free).
    setFinalPage(true);
    setButtonText(QWizard::NextButton, tr("Select d&ata >"));
}

void ResultPage::build()
{
    m_ui->setupUi(this);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_ui->detailsEdit->setVisible(false);
    m_ui->tablesTreeWidget->setVisible(false);
    auto* editButton = new QPushButton(tr("Edit cr&edentials"), m_ui->errorWidget);
    editButton->setObjectName(QStringLiteral("editButton"));
    m_ui->errorButtonLayout->insertWidget(1, editButton);
    connect(editButton, &QPushButton::clicked, this, &ResultPage::editCredentialsRequested);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ResultPage::retry);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_running.isNull())
            m_running->cancel();
    });
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->copyIdButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copy(m_ui->idLineEdit->text(), Clipboard::Content::Plain);
    });
    connect(m_ui->copyEtagButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copy(m_ui->etagLineEdit->text(), Clipboard::Content::Plain);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ResultPage::testConnection);
    connect(&m_createConnection, &CreateConnection::checkedAfterCancel, this, [this](const QString& finding) {
        if (m_failed && m_running.isNull())
            showMessage(m_ui->statusLabel, m_failureSentence + u' ' + finding, true);
    });
}

ResultPage::~ResultPage() = default;

QString ResultPage::helpText() const
{
    return tr("<p>Inlet sends the request and shows the new connection's ID, which the next steps in Platform "
              "(dataflows, exploring data) ask for. <b>Test connection</b> asks Platform to list the source's "
              "top-level tables or folders with these credentials.</p>"
              "<p>If creating fails, the reason is shown here; <b>Details</b> has the HTTP status, error code and "
              "request ID for Adobe support. <b>Try again</b> first checks whether the connection was created "
              "anyway, so it never makes a duplicate.</p>");
}

void ResultPage::initializePage()
{
    m_done = false;
    setFailed(false);
    m_ui->errorWidget->setVisible(false);
    m_ui->createdWidget->setVisible(false);
    m_ui->progressWidget->setVisible(false);
    m_ui->tablesTreeWidget->clear();
    m_ui->tablesTreeWidget->setVisible(false);
    m_ui->testStatusLabel->clear();
    if (const auto& reused = m_journey.reusedConnection()) {
        setTitle(tr("Existing connection"));
        setSubTitle(tr("This connection already exists in the sandbox; test it or copy its ID."));
        showCreated({reused->id, reused->etag}, tr("Using the existing connection \"%1\".").arg(reused->name));
        return;
    }
    // Not the Review page's button text again: this page shows what became of the request.
    setTitle(tr("New connection"));
    setSubTitle(tr("Inlet sends the request to Platform, then you can test the new connection."));
    // Back here after editing the credentials: if an earlier attempt may have reached Platform, the use
    // case looks for what it created before sending again.
    create();
}

void ResultPage::cleanupPage()
{
    // Back after a failure: the review is the commit page again.
    setFailed(false);
    WizardPage::cleanupPage();
}

bool ResultPage::isComplete() const
{
    // Finish waits for the keychain too (the create finishes after it), so closing right away cannot
    // lose the secrets being stored.
    return m_running.isNull() && m_done;
}

int ResultPage::nextId() const
{
    return InletWizard::ExplorePageId;
}

void ResultPage::setBusy(Operation* operation, const QString& message)
{
    m_running = operation;
    setFailed(false);
    m_ui->progressWidget->setVisible(operation != nullptr);
    m_ui->errorWidget->setVisible(false);
    showMessage(m_ui->statusLabel, message, false);
    emit completeChanged();
}

void ResultPage::create()
{
    const ConnectionDraft& draft = m_journey.draft();
    const QString message = m_createConnection.mustLookBeforeSending()
        ? tr("Checking whether \"%1\" was created meanwhile…").arg(draft.name)
        : tr("Creating \"%1\"…").arg(draft.name);
    NewConnectionOperation* operation = m_createConnection.create(draft, m_journey.remembersCredentials());
    setBusy(operation, message);
    connect(operation, &Operation::finished, this, [this, operation] { finishCreate(*operation); });
}

void ResultPage::finishCreate(const NewConnectionOperation& operation)
{
    m_running.clear();
    m_ui->progressWidget->setVisible(false);
    if (const Error& error = operation.error()) {
        m_failureSentence = error.actionableMessage();
        QString message;
        if (operation.lookFailed()) {
            message = tr("Inlet could not check whether the connection exists, so it did not send it again. %1")
                          .arg(error.actionableMessage());
        } else {
            message = error.actionableMessage();
            if (!operation.outcomeMessage().isEmpty())
                message += u' ' + operation.outcomeMessage();
        }
        showFailure(message, error);
        return;
    }
    const NewConnection& created = operation.result();
    QString message = created.foundAfterFailure ? operation.outcomeMessage()
                                                : tr("The connection \"%1\" was created.").arg(m_journey.draft().name);
    if (created.secretsNotSaved) {
        message += u' '
            + tr("The credentials could not be saved in the keychain: %1")
                  .arg(created.secretsNotSaved.actionableMessage());
    }
    showCreated(created.connection, message);
}

void ResultPage::retry()
{
    if (!m_running.isNull())
        return;
    create();
}

void ResultPage::showCreated(const CreatedConnection& connection, const QString& message)
{
    m_journey.connectionReady(connection);
    m_done = true;
    m_ui->errorWidget->setVisible(false);
    m_ui->createdWidget->setVisible(true);
    m_ui->idLineEdit->setText(connection.id);
    m_ui->etagLineEdit->setText(connection.etag);
    showMessage(m_ui->statusLabel, message, false);
    m_ui->testButton->setFocus();
    emit completeChanged();
}

void ResultPage::showFailure(const QString& message, const Error& error)
{
    m_ui->errorWidget->setVisible(true);
    m_ui->createdWidget->setVisible(false);
    showMessage(m_ui->statusLabel, message, true);
    m_ui->detailsEdit->setPlainText(error.details());
    m_ui->retryButton->setFocus();
    setFailed(true);
    emit completeChanged();
}

void ResultPage::setFailed(bool failed)
{
    if (m_failed == failed)
        return;
    m_failed = failed;
    emit failedChanged(failed);
}

void ResultPage::testConnection()
{
    if (!m_running.isNull() || !m_journey.connection())
        return;
    m_ui->testButton->setEnabled(false);
    m_ui->tablesTreeWidget->clear();
    m_ui->tablesTreeWidget->setVisible(false);
    showMessage(m_ui->testStatusLabel, tr("Asking Platform to look into the source…"), false);
    ExploreOperation* operation = m_testConnection.test(m_journey.connection()->id);
    m_running = operation;
    emit completeChanged();
    connect(operation, &Operation::finished, this, [this, operation] {
        m_running.clear();
        m_ui->testButton->setEnabled(true);
        emit completeChanged();
        if (operation->error()) {
            showMessage(
                m_ui->testStatusLabel, tr("The test failed. %1").arg(operation->error().actionableMessage()), true);
            m_ui->detailsEdit->setPlainText(operation->error().details());
            return;
        }
        const QList<ExploreItem>& items = operation->result();
        for (const ExploreItem& item : items.mid(0, kShownTables))
            new QTreeWidgetItem(m_ui->tablesTreeWidget, {item.name, item.type});
        m_ui->tablesTreeWidget->resizeColumnToContents(0);
        m_ui->tablesTreeWidget->setVisible(!items.isEmpty());
        showMessage(
            m_ui->testStatusLabel,
            items.isEmpty() ? tr("The connection works; the source has no tables or folders yet.")
                : items.size() > kShownTables
                ? tr("The connection works: %n item(s) found; the first %1 are shown.", nullptr, int(items.size()))
                      .arg(kShownTables)
                : tr("The connection works: %n item(s) found.", nullptr, int(items.size())),
            false);
    });
}

} // namespace Inlet
