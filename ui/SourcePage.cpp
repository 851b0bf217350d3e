#include "SourcePage.h"
#include "ui_SourcePage.h"

#include "Accessibility.h"
#include "SourceIconProxyModel.h"
#include "WizardState.h"
#include "catalog/ConnectionSpec.h"
#include "catalog/SourceFilterProxyModel.h"
#include "catalog/SourceListModel.h"
#include "core/Settings.h"
#include "setup/CatalogLoader.h"

#include <QAction>
#include <QKeyEvent>
#include <QToolButton>

#include <utility>

namespace Inlet {

namespace {
// Long enough to pass a source with the arrow keys, short next to choosing one and pressing Next.
constexpr int kSettleMs = 250;
} // namespace

SourcePage::SourcePage(WizardState& state, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::SourcePage)
{
}

void SourcePage::build()
{
    m_ui->setupUi(this);
    m_ui->statusLabel->setVisible(false);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_model = new SourceListModel(this);
    m_filter = new SourceFilterProxyModel(this);
    m_icons = new SourceIconProxyModel(this);
    // Usually loaded by now (it starts after the first frame); if not, catalogChanged() brings it.
    m_model->setCatalog(state().catalog());
    m_filter->setSourceModel(m_model);
    m_filter->sort(0);
    m_icons->setSourceModel(m_filter);
    m_ui->sourceListView->setModel(m_icons);

    fillCategories();
    // The first category icon loads Qt's SVG icon engine (a plugin, and QtSvg): now, while the page is
    // built, rather than when the catalog arrives, which may be while the user types.
    SourceIconProxyModel::categoryIcon(QString());
    // QLineEdit's clear button is a tool button without a name of its own; screen readers say this.
    for (QAction* action : m_ui->searchLineEdit->findChildren<QAction*>()) {
        action->setText(tr("Clear search"));
        action->setToolTip(tr("Clear search"));
    }
    for (QToolButton* button : m_ui->searchLineEdit->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear search"));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        filterChanged();
    });
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(m_ui->categoryComboBox->currentData().toString());
        filterChanged();
    });
    connect(
        m_ui->sourceListView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SourcePage::showCurrent);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        const ConnectionSpec* spec = currentSpec();
        if (spec && wizard() && wizard()->currentPage() == this)
            emit sourceSettled(spec->id);
    });
    connect(m_ui->sourceListView, &QListView::activated, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SourcePage::refreshFromPlatform);
    connect(&state(), &WizardState::catalogChanged, this, [this] {
        // The catalog may arrive (or be refreshed) while the user types: keep their search and choice.
        const QString current = currentSpec() ? currentSpec()->id : QString();
        m_model->setCatalog(this->state().catalog());
        fillCategories();
        if (!current.isEmpty())
            selectSource(current);
        else if (std::exchange(m_initialSelectionPending, false))
            selectInitialSource(); // the page was shown before the catalog had arrived
        filterChanged();
    });
    m_ui->searchLineEdit->installEventFilter(this);
    m_ui->sourceListView->installEventFilter(this);
    setFocusProxy(m_ui->searchLineEdit);
}

SourcePage::~SourcePage() = default;

QString SourcePage::helpText() const
{
    return tr("<p>Choose the system your data comes from. Type part of its name, category or description to "
              "filter the list; use the arrow keys to move and Enter to continue.</p>"
              "<p>The list comes with Inlet and works offline. <b>Refresh from Platform</b> asks Flow Service "
              "for its current connection specifications and adds any source Inlet does not know yet.</p>");
}

void SourcePage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    if (state().isCatalogLoaded())
        selectInitialSource();
    else
        m_initialSelectionPending = true;
    m_ui->searchLineEdit->setFocus();
}

void SourcePage::selectInitialSource()
{
    // Only a source named on the command line is chosen for the user; Next waits for their choice.
    const QString preset = state().options().source;
    if (!preset.isEmpty() && !selectSource(preset))
        showMessage(m_ui->statusLabel, tr("There is no source \"%1\"; choose one from the list.").arg(preset), true);
}

void SourcePage::fillCategories()
{
    const QString current = m_ui->categoryComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->categoryComboBox);
    m_ui->categoryComboBox->clear();
    m_ui->categoryComboBox->addItem(tr("All categories"), QString());
    for (const QString& category : m_model->categories()) {
        m_ui->categoryComboBox->addItem(SourceIconProxyModel::categoryIcon(ConnectionSpec::categoryKeyOf(category)),
                                        SourceIconProxyModel::categoryTitle(category),
                                        category);
    }
    const int index = m_ui->categoryComboBox->findData(current);
    m_ui->categoryComboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setCategory(m_ui->categoryComboBox->currentData().toString());
}

void SourcePage::filterChanged()
{
    // While the user narrows the list, keep a selection so Enter always has something to choose.
    if (!m_ui->sourceListView->currentIndex().isValid() && m_icons->rowCount() > 0
        && (!m_ui->searchLineEdit->text().isEmpty() || !m_filter->category().isEmpty()))
        m_ui->sourceListView->setCurrentIndex(m_icons->index(0, 0));
    showCurrent();
}

bool SourcePage::selectSource(const QString& idOrName)
{
    if (idOrName.isEmpty())
        return false;
    QModelIndex source = m_model->indexOfId(idOrName);
    for (int row = 0; !source.isValid() && row < m_model->rowCount(); ++row) {
        const QModelIndex candidate = m_model->index(row, 0);
        if (candidate.data(SourceListModel::NameRole).toString().compare(idOrName, Qt::CaseInsensitive) == 0
            || m_model->specAt(candidate)->name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            source = candidate;
        }
    }
    if (!source.isValid())
        return false;
    const auto shown = [this, &source] { return m_icons->mapFromSource(m_filter->mapFromSource(source)); };
    if (!shown().isValid())
        m_ui->searchLineEdit->clear(); // hidden by the search: the choice matters more than the filter
    m_ui->sourceListView->setCurrentIndex(shown());
    return true;
}

const ConnectionSpec* SourcePage::currentSpec() const
{
    const QModelIndex index = m_ui->sourceListView->currentIndex();
    return m_model->specAt(m_filter->mapToSource(m_icons->mapToSource(index)));
}

void SourcePage::showCurrent()
{
    const ConnectionSpec* spec = currentSpec();
    QString description;
    if (spec) {
        description = tr("<b>%1</b> · %2")
                          .arg(SourceIconProxyModel::categoryTitle(spec->category).toHtmlEscaped(),
                               spec->description.toHtmlEscaped());
        if (spec->beta)
            description += u' ' + tr("Adobe marks this source as beta.");
    }
    m_ui->descriptionLabel->setText(description);
    if (spec && spec->documentationUrl.isValid()) {
        m_ui->documentationLabel->setText(tr("<a href=\"%1\">Documentation for %2</a>")
                                              .arg(spec->documentationUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                   spec->displayName.toHtmlEscaped()));
    } else {
        m_ui->documentationLabel->clear();
    }
    if (!spec && m_icons->rowCount() == 0 && !m_ui->searchLineEdit->text().isEmpty())
        m_ui->descriptionLabel->setText(tr("No source matches \"%1\".").arg(m_ui->searchLineEdit->text()));
    if (spec)
        m_settle.start();
    emit completeChanged();
}

bool SourcePage::isComplete() const
{
    return currentSpec() != nullptr;
}

bool SourcePage::validatePage()
{
    const ConnectionSpec* spec = currentSpec();
    if (!spec)
        return false;
    m_settle.stop(); // chosen: the next page lists its connections itself
    state().setSpec(*spec);
    return true;
}

bool SourcePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return WizardPage::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_ui->searchLineEdit) {
        // Arrows and page keys move through the list while the cursor stays in the search field.
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_ui->sourceListView, event);
            return true;
        default:
            break;
        }
    } else if (watched == m_ui->sourceListView && !key->text().isEmpty() && key->text().at(0).isPrint()
               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Typing in the list filters it, instead of QListView's jump-to-first-letter.
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->insert(key->text());
        return true;
    }
    return WizardPage::eventFilter(watched, event);
}

void SourcePage::refreshFromPlatform()
{
    if (!m_refresh.isNull())
        return;
    if (!state().isSignedIn()) {
        showMessage(m_ui->statusLabel, tr("Sign in on the previous page to refresh the list from Platform."), true);
        return;
    }
    m_ui->refreshButton->setEnabled(false);
    showMessage(m_ui->statusLabel, tr("Asking Platform for its sources…"), false);
    auto* operation = state().refreshCatalog();
    m_refresh = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        m_ui->refreshButton->setEnabled(true);
        if (operation->error().kind() == Error::Kind::BadResponse) {
            // Not a list of sources at all (not JSON, an HTML page): nothing was refreshed.
            showMessage(m_ui->statusLabel,
                        tr("The list could not be refreshed; the sources Inlet knows are still here. "
                           "Platform's answer was not a list of sources; try again later."),
                        true);
            return;
        }
        if (operation->error()) {
            showMessage(m_ui->statusLabel,
                        tr("The list could not be refreshed; the sources Inlet knows are still here. %1")
                            .arg(operation->error().actionableMessage()),
                        true);
            return;
        }
        const CatalogRefresh& refresh = operation->result();
        QString text = tr("Updated %n source(s) from Platform.", nullptr, refresh.updated);
        if (refresh.skipped > 0)
            text += u' ' + tr("%n specification(s) could not be read and were skipped.", nullptr, refresh.skipped);
        showMessage(m_ui->statusLabel, text, false);
    });
}

} // namespace Inlet
