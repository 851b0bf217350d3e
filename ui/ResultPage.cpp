#include "ResultPage.h"
#include "ui_ResultPage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "WizardState.h"
#include "secrets/SecretStore.h"

#include <QPushButton>

namespace Inlet {

namespace {
constexpr int kShownTables = 50;
}

ResultPage::ResultPage(WizardState& state, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::ResultPage)
{
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
        this->state().clipboard().copy(m_ui->idLineEdit->text(), Clipboard::Content::Plain);
    });
    connect(m_ui->copyEtagButton, &QPushButton::clicked, this, [this] {
        this->state().clipboard().copy(m_ui->etagLineEdit->text(), Clipboard::Content::Plain);
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ResultPage::testConnection);
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
    m_ui->errorWidget->setVisible(false);
    m_ui->createdWidget->setVisible(false);
    m_ui->progressWidget->setVisible(false);
    m_ui->tablesTreeWidget->clear();
    m_ui->tablesTreeWidget->setVisible(false);
    m_ui->testStatusLabel->clear();
    if (state().existingConnection) {
        const ConnectionSummary& existing = *state().existingConnection;
        setTitle(tr("Existing connection"));
        setSubTitle(tr("This connection already exists in the sandbox; test it or copy its ID."));
        showCreated({existing.id, existing.etag}, tr("Using the existing connection \"%1\".").arg(existing.name));
        return;
    }
    setTitle(tr("Create connection"));
    setSubTitle(tr("Inlet sends the request to Platform, then you can test the new connection."));
    // Back here after editing the credentials: if an earlier attempt may have reached Platform, look for
    // what it created (since that attempt) before sending again.
    if (m_mustCheckBeforeCreating) {
        checkThenCreate();
        return;
    }
    m_firstAttempt = QDateTime::currentDateTimeUtc();
    create();
}

bool ResultPage::isComplete() const
{
    // Finish waits for the keychain, so closing right away cannot lose the secrets being stored.
    return m_running.isNull() && m_done && m_pendingSecretWrites == 0;
}

void ResultPage::setBusy(Operation* operation, const QString& message)
{
    m_running = operation;
    m_ui->progressWidget->setVisible(operation != nullptr);
    m_ui->errorWidget->setVisible(false);
    showMessage(m_ui->statusLabel, message, false);
    emit completeChanged();
}

void ResultPage::create()
{
    auto* operation = state().flowService().createConnection(state().draft);
    setBusy(operation, tr("Creating \"%1\"…").arg(state().draft.name));
    connect(operation, &Operation::finished, this, [this, operation] {
        m_running.clear();
        m_ui->progressWidget->setVisible(false);
        switch (operation->outcome()) {
        case CreateOutcome::Created:
        case CreateOutcome::FoundAfterAmbiguousFailure:
            if (!operation->error()) {
                const QString message = operation->outcome() == CreateOutcome::Created
                    ? tr("The connection \"%1\" was created.").arg(state().draft.name)
                    : operation->outcomeMessage();
                rememberSecrets(operation->result().id);
                showCreated(operation->result(), message);
                return;
            }
            break;
        case CreateOutcome::NotCreated:
            break;
        case CreateOutcome::Unknown:
            // Nobody knows whether it exists: look before sending again.
            m_mustCheckBeforeCreating = true;
            break;
        }
        QString message = operation->error().actionableMessage();
        if (operation->error().kind() != Error::Kind::Http || operation->error().isAmbiguous())
            message += u' ' + operation->outcomeMessage();
        showFailure(message, operation->error());
    });
}

void ResultPage::checkThenCreate()
{
    auto* operation = state().flowService().findCreatedConnection(state().draft, m_firstAttempt);
    setBusy(operation, tr("Checking whether \"%1\" was created meanwhile…").arg(state().draft.name));
    connect(operation, &Operation::finished, this, [this, operation] {
        m_running.clear();
        m_ui->progressWidget->setVisible(false);
        if (operation->error()) {
            showFailure(tr("Inlet could not check whether the connection exists, so it did not send it again. %1")
                            .arg(operation->error().actionableMessage()),
                        operation->error());
            return;
        }
        m_mustCheckBeforeCreating = false;
        if (operation->outcome() == CreateOutcome::FoundAfterAmbiguousFailure) {
            rememberSecrets(operation->result().id);
            showCreated(operation->result(), operation->outcomeMessage());
        } else {
            create();
        }
    });
}

void ResultPage::retry()
{
    if (!m_running.isNull())
        return;
    if (m_mustCheckBeforeCreating)
        checkThenCreate();
    else
        create();
}

void ResultPage::showCreated(const CreatedConnection& connection, const QString& message)
{
    state().createdConnection = connection;
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
    emit completeChanged();
}

void ResultPage::rememberSecrets(const QString& connectionId)
{
    if (!state().rememberCredentials)
        return;
    const ConnectionDraft& draft = state().draft;
    for (const AuthParam& param : draft.params) {
        if (!param.secret || param.value.typeId() != QMetaType::QString || param.value.toString().isEmpty())
            continue;
        SecretOperation* job =
            state().secrets().write(SecretKey::forConnection(connectionId, param.name), param.value.toString());
        ++m_pendingSecretWrites;
        connect(job, &Operation::finished, this, [this, job] {
            --m_pendingSecretWrites;
            emit completeChanged();
            if (job->error()) {
                m_ui->statusLabel->setText(m_ui->statusLabel->text() + u' '
                                           + tr("The credentials could not be saved in the keychain: %1")
                                                 .arg(job->error().actionableMessage()));
            }
        });
    }
}

void ResultPage::testConnection()
{
    if (!m_running.isNull() || !state().createdConnection)
        return;
    m_ui->testButton->setEnabled(false);
    m_ui->tablesTreeWidget->clear();
    m_ui->tablesTreeWidget->setVisible(false);
    showMessage(m_ui->testStatusLabel, tr("Asking Platform to look into the source…"), false);
    auto* operation = state().flowService().exploreRoot(state().createdConnection->id);
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
        showMessage(m_ui->testStatusLabel,
                    items.isEmpty() ? tr("The connection works; the source has no tables or folders yet.")
                        : items.size() > kShownTables
                        ? tr("The connection works: %1 items found; the first %2 are shown.")
                              .arg(items.size())
                              .arg(kShownTables)
                        : tr("The connection works: %n item(s) found.", nullptr, int(items.size())),
                    false);
    });
}

} // namespace Inlet
