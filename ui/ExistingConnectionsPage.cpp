#include "ExistingConnectionsPage.h"
#include "ui_ExistingConnectionsPage.h"

#include "Confirmation.h"
#include "InletWizard.h"
#include "WizardState.h"
#include "setup/ExistingConnections.h"
#include "setup/SetupJourney.h"

#include <QLocale>

namespace Inlet {

namespace {
enum Column { NameColumn, StateColumn, CreatedColumn, IdColumn };
constexpr int kSummaryRole = Qt::UserRole + 1;
} // namespace

ExistingConnectionsPage::ExistingConnectionsPage(WizardState& state,
                                                 ExistingConnections& connections,
                                                 SetupJourney& journey,
                                                 QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::ExistingConnectionsPage)
    , m_connections(connections)
    , m_journey(journey)
{
}

void ExistingConnectionsPage::build()
{
    m_ui->setupUi(this);
    m_ui->statusLabel->setVisible(false);
    m_ui->connectionsTreeWidget->sortByColumn(CreatedColumn, Qt::DescendingOrder);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &ExistingConnectionsPage::reload);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ExistingConnectionsPage::deleteSelected);
    connect(m_ui->connectionsTreeWidget, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!selectedId().isEmpty())
            m_ui->useExistingRadioButton->setChecked(true);
        updateButtons();
    });
    connect(m_ui->useExistingRadioButton, &QRadioButton::toggled, this, &ExistingConnectionsPage::updateButtons);
}

ExistingConnectionsPage::~ExistingConnectionsPage() = default;

QString ExistingConnectionsPage::helpText() const
{
    return tr("<p>These are the base connections of this source that already exist in the sandbox. Reusing "
              "one avoids a duplicate: select it and choose <b>Use the connection selected below</b>.</p>"
              "<p><b>Delete</b> removes a connection from Platform. Platform refuses while dataflows still use "
              "it; delete those first.</p>");
}

void ExistingConnectionsPage::initializePage()
{
    setSubTitle(
        tr("Base connections of %1 in sandbox %2.").arg(m_journey.source().displayName, m_journey.profile().sandbox));
    if (m_listedSpecId != m_journey.source().id)
        reload();
}

void ExistingConnectionsPage::reload()
{
    if (!m_listing.isNull())
        m_listing->cancel();
    m_listedSpecId = m_journey.source().id;
    m_ui->connectionsTreeWidget->clear();
    m_ui->createNewRadioButton->setChecked(true);
    showMessage(m_ui->statusLabel, tr("Looking for existing connections…"), false);
    auto* operation = m_connections.list(m_listedSpecId);
    m_listing = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (operation->error()) {
            if (operation->error().kind() != Error::Kind::Cancelled) {
                showMessage(m_ui->statusLabel,
                            tr("Existing connections could not be listed; you can still create a new one. %1")
                                .arg(operation->error().actionableMessage()),
                            true);
            }
            updateButtons();
            return;
        }
        const QList<ConnectionSummary> connections = operation->result();
        m_ui->connectionsTreeWidget->setSortingEnabled(false);
        for (const ConnectionSummary& connection : connections) {
            auto* item = new QTreeWidgetItem(m_ui->connectionsTreeWidget);
            item->setText(NameColumn, connection.name);
            item->setText(StateColumn, connection.state);
            item->setText(CreatedColumn,
                          connection.createdAt.isValid()
                              ? QLocale().toString(connection.createdAt.toLocalTime(), QLocale::ShortFormat)
                              : QString());
            item->setData(CreatedColumn, Qt::UserRole, connection.createdAt);
            item->setText(IdColumn, connection.id);
            item->setData(NameColumn, kSummaryRole, QVariant::fromValue(connection));
        }
        m_ui->connectionsTreeWidget->setSortingEnabled(true);
        for (int column = 0; column < m_ui->connectionsTreeWidget->columnCount(); ++column)
            m_ui->connectionsTreeWidget->resizeColumnToContents(column);
        showMessage(m_ui->statusLabel,
                    connections.isEmpty() ? tr("This sandbox has no connection of this source yet.")
                                          : tr("%n connection(s) found.", nullptr, int(connections.size())),
                    false);
        updateButtons();
    });
    updateButtons();
}

QString ExistingConnectionsPage::selectedId() const
{
    const QList<QTreeWidgetItem*> selected = m_ui->connectionsTreeWidget->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->text(IdColumn);
}

void ExistingConnectionsPage::updateButtons()
{
    const bool hasSelection = !selectedId().isEmpty();
    m_ui->deleteButton->setEnabled(hasSelection && m_listing.isNull());
    m_ui->useExistingRadioButton->setEnabled(m_ui->connectionsTreeWidget->topLevelItemCount() > 0);
    emit completeChanged();
}

bool ExistingConnectionsPage::isComplete() const
{
    return m_ui->createNewRadioButton->isChecked() || !selectedId().isEmpty();
}

bool ExistingConnectionsPage::validatePage()
{
    if (!m_ui->useExistingRadioButton->isChecked()) {
        m_journey.createNewConnection();
        return true;
    }
    const QList<QTreeWidgetItem*> selected = m_ui->connectionsTreeWidget->selectedItems();
    if (selected.isEmpty()) {
        m_journey.createNewConnection();
        return false;
    }
    m_journey.reuseConnection(selected.constFirst()->data(NameColumn, kSummaryRole).value<ConnectionSummary>());
    return true;
}

int ExistingConnectionsPage::nextId() const
{
    if (m_ui->useExistingRadioButton->isChecked())
        return InletWizard::ResultPageId;
    return m_journey.isDatabricks() ? InletWizard::LandingZonePageId : InletWizard::CredentialsPageId;
}

void ExistingConnectionsPage::deleteSelected()
{
    const QList<QTreeWidgetItem*> selected = m_ui->connectionsTreeWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.constFirst()->text(IdColumn);
    const QString name = selected.constFirst()->text(NameColumn);
    confirmAction(this,
                  tr("Delete connection"),
                  tr("Delete the connection \"%1\" (%2) from Platform?\n\nThis cannot be undone. Platform refuses "
                     "while dataflows still use the connection.")
                      .arg(name, id),
                  tr("&Delete"),
                  [this, id, name] { deleteConnection(id, name); });
}

void ExistingConnectionsPage::deleteConnection(const QString& id, const QString& name)
{
    m_ui->deleteButton->setEnabled(false);
    showMessage(m_ui->statusLabel, tr("Deleting \"%1\"…").arg(name), false);
    auto* operation = m_connections.remove(id);
    connect(operation, &Operation::finished, this, [this, operation, id, name] {
        if (operation->error()) {
            showMessage(m_ui->statusLabel,
                        tr("\"%1\" was not deleted. %2").arg(name, operation->error().actionableMessage()),
                        true);
        } else {
            const QList<QTreeWidgetItem*> items =
                m_ui->connectionsTreeWidget->findItems(id, Qt::MatchExactly, IdColumn);
            qDeleteAll(items);
            if (m_ui->connectionsTreeWidget->topLevelItemCount() == 0)
                m_ui->createNewRadioButton->setChecked(true);
            showMessage(m_ui->statusLabel, tr("\"%1\" was deleted.").arg(name), false);
        }
        updateButtons();
    });
}

} // namespace Inlet
