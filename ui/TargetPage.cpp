#include "TargetPage.h"
#include "ui_TargetPage.h"

#include "Accessibility.h"
#include "setup/SetupJourney.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

namespace Inlet {

namespace {

constexpr int kIdRole = Qt::UserRole + 1; // a dataset's or schema's id, on the first column
constexpr int kPathRole = Qt::UserRole + 2; // a field's dotted path in the fields tree
constexpr int kSortRole = Qt::UserRole + 3; // what a dataset's column sorts by (its creation to the minute)

// The most of its view's width a fitted column takes, in percent: the columns after it keep their room.
constexpr int kNameShare = 55; // a dataset's name
constexpr int kFieldShare = 40; // a field's name, indented as deep as it is nested
constexpr int kTitleShare = 25; // a field's title
constexpr int kNotesMinimumChars = 10; // "required", in average characters

// How narrow each side of the page can get, in average characters: a dataset's name with its date, and
// a field's name, type and notes, stay readable.
constexpr int kTargetMinimumChars = 30;
constexpr int kFieldsMinimumChars = 45;

enum DatasetColumn { NameColumn, SchemaColumn, CreatedColumn, DatasetColumnCount };
enum FieldColumn { FieldNameColumn, FieldTitleColumn, FieldTypeColumn, FieldNotesColumn };

// A default name for a new dataset: the object's, without a file's extension.
QString suggestedName(const ChosenObject& object)
{
    if (object.type == QLatin1String("file"))
        return QFileInfo(object.name).completeBaseName();
    return object.name;
}

// A column as wide as its widest text and its header, but no wider than `limit`; a text cut short is
// whole in its tooltip. Returns the width given.
int fitColumn(QAbstractItemView* view, QHeaderView* header, int column, int limit)
{
    const int contents = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    const int width = std::max(std::min(contents, limit), header->minimumSectionSize());
    header->resizeSection(column, width);
    return width;
}

int percentOf(int width, int percent)
{
    return width * percent / 100;
}

// The narrowest a column can be with its header's text whole (bold, as when its row is selected).
int headerTextWidth(const QHeaderView* header, int column)
{
    QFont bold = header->font();
    bold.setBold(true);
    const QString text = header->model()->headerData(column, header->orientation()).toString();
    return QFontMetrics(bold).horizontalAdvance(text)
        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
}

} // namespace

TargetPage::TargetPage(WizardState& state, ChooseTarget& chooseTarget, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::TargetPage)
    , m_chooseTarget(chooseTarget)
    , m_journey(journey)
    , m_datasets(new QStandardItemModel(0, DatasetColumnCount, this))
    , m_schemas(new QStandardItemModel(this))
{
    m_datasets->setHorizontalHeaderLabels({tr("Name"), tr("Schema"), tr("Created")});
}

TargetPage::~TargetPage() = default;

void TargetPage::build()
{
    // The views' filters come with the views: setting a proxy's source costs more than the rest of
    // the page's constructor, and the wizard constructs every page before its first frame.
    m_datasetFilter = new QSortFilterProxyModel(this);
    m_schemaFilter = new QSortFilterProxyModel(this);
    for (QSortFilterProxyModel* filter : {m_datasetFilter, m_schemaFilter}) {
        filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
        filter->setSortCaseSensitivity(Qt::CaseInsensitive);
        filter->setSortLocaleAware(true);
    }
    m_datasetFilter->setSourceModel(m_datasets);
    m_datasetFilter->setFilterKeyColumn(-1); // a name or a schema title
    m_datasetFilter->setSortRole(kSortRole);
    m_schemaFilter->setSourceModel(m_schemas);
    m_ui->setupUi(this);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_ui->datasetsTableView->setModel(m_datasetFilter);
    m_ui->datasetsTableView->verticalHeader()->setVisible(false);
    // A dataset's name whole (up to kNameShare of the table) and its date; the schema's title takes the
    // rest. The user may widen the name or the date.
    QHeaderView* datasetColumns = m_ui->datasetsTableView->horizontalHeader();
    datasetColumns->setSectionResizeMode(QHeaderView::Interactive);
    datasetColumns->setSectionResizeMode(SchemaColumn, QHeaderView::Stretch);
    m_ui->datasetsTableView->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_ui->schemasListView->setModel(m_schemaFilter);
    // A field's name whole (up to kFieldShare of the tree), its title up to kTitleShare, its type; the
    // notes take the rest.
    QHeaderView* fieldColumns = m_ui->fieldsTreeWidget->header();
    fieldColumns->setStretchLastSection(false); // a stretched last section stays at least 100 pixels wide
    fieldColumns->setSectionResizeMode(QHeaderView::Interactive);
    fieldColumns->setSectionResizeMode(FieldNotesColumn, QHeaderView::Stretch);
    // Fitted again as the window or the splitter changes their width.
    m_ui->datasetsTableView->viewport()->installEventFilter(this);
    m_ui->fieldsTreeWidget->viewport()->installEventFilter(this);
    // One line of text a row, as in a spreadsheet, rather than the style's roomier default.
    const int rowHeight = m_ui->datasetsTableView->fontMetrics().height() + 8;
    m_ui->datasetsTableView->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_ui->datasetsTableView->verticalHeader()->setDefaultSectionSize(rowHeight);
    // Each side about in proportion to what it shows at its fullest: three columns of datasets, four of fields.
    m_ui->splitter->setStretchFactor(0, 9);
    m_ui->splitter->setStretchFactor(1, 11);
    const int averageChar = fontMetrics().averageCharWidth();
    m_ui->targetStack->setMinimumWidth(kTargetMinimumChars * averageChar);
    m_ui->fieldsWidget->setMinimumWidth(kFieldsMinimumChars * averageChar);
    m_ui->progressWidget->setVisible(false);
    m_ui->errorWidget->setVisible(false);
    m_ui->detailsEdit->setVisible(false);
    m_ui->fitLabel->setVisible(false);
    m_ui->nameLineEdit->setPlaceholderText(tr("The name it is listed under in Platform"));

    connect(m_ui->newRadioButton, &QRadioButton::toggled, this, &TargetPage::choiceChanged);
    connect(m_ui->datasetSearchLineEdit,
            &QLineEdit::textChanged,
            m_datasetFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->schemaSearchLineEdit,
            &QLineEdit::textChanged,
            m_schemaFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    // A choice is kept while a search hides it: only a row the user moves to changes it.
    connect(m_ui->datasetsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) {
                if (m_filling || !current.isValid())
                    return;
                m_datasetId =
                    m_datasetFilter->mapToSource(current).siblingAtColumn(NameColumn).data(kIdRole).toString();
                choiceChanged();
            });
    connect(m_ui->schemasListView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) {
                if (m_filling || !current.isValid())
                    return;
                m_schemaId = m_schemaFilter->mapToSource(current).data(kIdRole).toString();
                choiceChanged();
            });
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TargetPage::cancelAll);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &TargetPage::retry);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    setTabOrder(m_ui->existingRadioButton, m_ui->newRadioButton);
    setTabOrder(m_ui->newRadioButton, m_ui->datasetSearchLineEdit);
    setTabOrder(m_ui->datasetSearchLineEdit, m_ui->datasetsTableView);
    setTabOrder(m_ui->datasetsTableView, m_ui->nameLineEdit);
    setTabOrder(m_ui->nameLineEdit, m_ui->schemaSearchLineEdit);
    setTabOrder(m_ui->schemaSearchLineEdit, m_ui->schemasListView);
    setTabOrder(m_ui->schemasListView, m_ui->fieldsTreeWidget);
    setTabOrder(m_ui->fieldsTreeWidget, m_ui->stopButton);
    setTabOrder(m_ui->stopButton, m_ui->retryButton);
    setTabOrder(m_ui->retryButton, m_ui->detailsButton);
}

QString TargetPage::helpText() const
{
    return tr("<p>Choose where the data goes in Platform. <b>An existing dataset</b> keeps its schema: search "
              "by the dataset's name or its schema's title. <b>A new dataset on a schema</b> is created with the "
              "dataflow, under the name you type, on the XDM schema you choose.</p>"
              "<p>The fields of the schema are shown on the right: required fields and identities are marked, "
              "since the mapping on the next page must fill them.</p>"
              "<p>If the schema cannot take the chosen table or file (a dataset without a schema, or a required "
              "field no column can fill), the reason is shown and <b>Next</b> stays disabled: choose another "
              "dataset, or a new one on a schema that fits. A schema none of whose fields match a column by name "
              "can still be used; you then map every column yourself.</p>");
}

void TargetPage::initializePage()
{
    setTitle(tr("Target dataset"));
    const std::optional<ChosenObject>& object = m_journey.chosenObject();
    if (!object) {
        setSubTitle(QString());
        showMessage(m_ui->statusLabel,
                    tr("There is no table or file to ingest yet. Go back and choose one on the Select data page."),
                    true);
        return;
    }
    setSubTitle(tr("Where the data of %1 goes in Platform: a dataset that exists, or a new one on an XDM schema.")
                    .arg(object->name));
    if (!m_loaded && m_datasetId.isEmpty() && m_schemaId.isEmpty()) {
        // The choice made earlier in this journey, if any.
        const DataflowPlan plan = m_journey.dataflowPlan();
        if (!plan.datasetId.isEmpty()) {
            m_datasetId = plan.datasetId;
        } else if (!plan.schemaId.isEmpty()) {
            m_schemaId = plan.schemaId;
            m_ui->nameLineEdit->setText(plan.newDatasetName);
            m_ui->newRadioButton->setChecked(true);
        }
    }
    // The suggestion follows the chosen object until the user types a name of their own.
    const QString typed = m_ui->nameLineEdit->text();
    if (typed.isEmpty() || typed == m_suggestedName) {
        m_suggestedName = suggestedName(*object);
        m_ui->nameLineEdit->setText(m_suggestedName);
    }
    updateFit(); // another object may fit the schema chosen before differently
    load();
}

void TargetPage::cleanupPage()
{
    // Back: nothing keeps running for a page that is not shown.
    cancelAll();
}

bool TargetPage::isComplete() const
{
    if (!isBuilt())
        return false;
    if (!m_loading.isNull() || !m_describing.isNull() || !m_schema || !m_schema->isValid()
        || m_fit.level == TargetFit::Level::Unusable)
        return false;
    return !choosesNewDataset() || !m_ui->nameLineEdit->text().trimmed().isEmpty();
}

bool TargetPage::validatePage()
{
    if (!isComplete())
        return false;
    if (choosesNewDataset())
        m_journey.chooseTarget(QString(), m_ui->nameLineEdit->text().trimmed(), *m_schema);
    else
        m_journey.chooseTarget(m_datasetId, chosenDataset() ? chosenDataset()->name : QString(), *m_schema);
    return true;
}

bool TargetPage::isBusy() const
{
    return !m_loading.isNull() || !m_describing.isNull();
}

bool TargetPage::choosesNewDataset() const
{
    return m_ui->newRadioButton->isChecked();
}

const DatasetSummary* TargetPage::chosenDataset() const
{
    for (const DatasetSummary& dataset : m_options.datasets) {
        if (dataset.id == m_datasetId)
            return &dataset;
    }
    return nullptr;
}

void TargetPage::load()
{
    if (!m_loading.isNull())
        return;
    if (m_retryTarget == RetryTarget::Load)
        clearFailure();
    TargetOptionsOperation* operation = m_chooseTarget.load();
    m_loading = operation;
    showMessage(m_ui->statusLabel, tr("Asking Platform for the sandbox's datasets and schemas…"), false);
    connect(operation, &Operation::finished, this, [this, operation] {
        if (m_loading != operation)
            return;
        m_loading.clear();
        finishLoad(operation->error(), operation->result());
    });
    updateProgress();
    emit completeChanged();
}

void TargetPage::finishLoad(const Error& error, const TargetOptions& options)
{
    updateProgress();
    emit completeChanged();
    if (error) {
        if (error.kind() == Error::Kind::Cancelled) {
            showMessage(m_ui->statusLabel, tr("Stopped. Choose Retry to ask again."), false);
            showFailure(QString(), QString(), RetryTarget::Load);
        } else {
            showFailure(tr("The datasets and schemas could not be listed. %1").arg(error.actionableMessage()),
                        error.details(),
                        RetryTarget::Load);
        }
        return;
    }
    m_options = options;
    m_loaded = true;
    fillLists();
    showMessage(m_ui->statusLabel,
                tr("%n dataset(s)", nullptr, int(options.datasets.size())) + QStringLiteral(", ")
                    + tr("%n schema(s) in the sandbox %1.", nullptr, int(options.schemas.size()))
                          .arg(m_journey.profile().sandbox),
                false);
    if (options.datasets.isEmpty() && !options.schemas.isEmpty())
        m_ui->newRadioButton->setChecked(true); // nothing to choose from on the other side
    choiceChanged();
}

void TargetPage::fillLists()
{
    m_filling = true;
    m_datasets->removeRows(0, m_datasets->rowCount());
    for (const DatasetSummary& dataset : std::as_const(m_options.datasets)) {
        auto* name = new QStandardItem(dataset.name);
        name->setData(dataset.id, kIdRole);
        name->setData(dataset.name, kSortRole);
        // The whole name, should the column cut it, and what it holds.
        name->setToolTip(dataset.name + u'\n' + (dataset.description.isEmpty() ? dataset.id : dataset.description));
        auto* schema =
            new QStandardItem(dataset.schemaId.isEmpty() ? tr("(none)") : m_options.schemaTitle(dataset.schemaId));
        schema->setData(schema->text(), kSortRole);
        schema->setToolTip(schema->text());
        auto* created = new QStandardItem;
        // The day, in the user's format (the time is in the tooltip); sorted by the minute.
        const QDateTime createdAt = dataset.createdAt.toLocalTime();
        created->setData(createdAt.date(), Qt::DisplayRole);
        created->setData(createdAt, kSortRole);
        created->setToolTip(QLocale().toString(createdAt, QLocale::ShortFormat));
        m_datasets->appendRow({name, schema, created});
    }
    m_schemas->clear();
    for (const SchemaSummary& summary : std::as_const(m_options.schemas)) {
        auto* item = new QStandardItem(summary.title);
        item->setData(summary.id, kIdRole);
        item->setToolTip(summary.id);
        m_schemas->appendRow(item);
    }
    m_schemaFilter->sort(0);
    selectRemembered();
    m_filling = false;
    fitDatasetColumns();
}

void TargetPage::selectRemembered()
{
    const auto select = [](QAbstractItemView* view, QSortFilterProxyModel* filter, const QString& id) {
        const QModelIndexList found =
            filter->sourceModel()->match(filter->sourceModel()->index(0, 0), kIdRole, id, 1, Qt::MatchExactly);
        const QModelIndex index = found.isEmpty() ? QModelIndex() : filter->mapFromSource(found.first());
        if (index.isValid())
            view->setCurrentIndex(index);
        else
            view->selectionModel()->clearSelection();
    };
    select(m_ui->datasetsTableView, m_datasetFilter, m_datasetId);
    select(m_ui->schemasListView, m_schemaFilter, m_schemaId);
}

void TargetPage::choiceChanged()
{
    const bool createNew = choosesNewDataset();
    m_ui->targetStack->setCurrentWidget(createNew ? m_ui->newPage : m_ui->existingPage);
    if (m_filling)
        return;
    bool chosen = false;
    QString schemaId;
    if (createNew) {
        chosen = !m_schemaId.isEmpty();
        schemaId = m_schemaId;
    } else if (const DatasetSummary* dataset = chosenDataset()) {
        chosen = true;
        schemaId = dataset->schemaId;
    }
    showChosen();
    if (chosen && !schemaId.isEmpty()) {
        // Already described, or on its way: nothing to ask.
        if (schemaId != m_wantedSchemaId || (!m_schema && m_describing.isNull()))
            describe(schemaId);
        else
            updateFit();
        emit completeChanged();
        return;
    }
    if (!m_describing.isNull()) {
        Operation* unwanted = m_describing.data();
        m_describing.clear();
        unwanted->cancel();
        updateProgress();
    }
    if (m_retryTarget == RetryTarget::Describe)
        clearFailure();
    m_wantedSchemaId.clear();
    if (m_retryTarget != RetryTarget::Load)
        showMessage(m_ui->statusLabel, QString(), false); // what it said was about the previous choice
    // A dataset without a schema is shown as what it is: one nothing can be mapped to.
    if (chosen)
        m_schema = XdmSchema();
    else
        m_schema.reset();
    showFields();
    updateFit();
    emit completeChanged();
}

void TargetPage::describe(const QString& schemaId)
{
    if (!m_describing.isNull()) {
        // Moving on: the previous schema is no longer wanted.
        Operation* unwanted = m_describing.data();
        m_describing.clear();
        unwanted->cancel();
    }
    if (m_retryTarget == RetryTarget::Describe)
        clearFailure();
    m_wantedSchemaId = schemaId;
    m_schema.reset();
    showFields();
    updateFit();
    SchemaOperation* operation = m_chooseTarget.describe(schemaId);
    m_describing = operation;
    showMessage(
        m_ui->statusLabel, tr("Reading the fields of the schema “%1”…").arg(m_options.schemaTitle(schemaId)), false);
    connect(operation, &Operation::finished, this, [this, operation] {
        if (m_describing != operation)
            return; // an answer for a schema the user has left
        m_describing.clear();
        finishDescribe(operation->error(), operation->result());
    });
    updateProgress();
    emit completeChanged();
}

void TargetPage::finishDescribe(const Error& error, const XdmSchema& schema)
{
    updateProgress();
    emit completeChanged();
    if (error) {
        if (error.kind() == Error::Kind::Cancelled) {
            showMessage(m_ui->statusLabel, tr("Stopped. Choose Retry to ask again."), false);
            showFailure(QString(), QString(), RetryTarget::Describe);
        } else {
            showFailure(tr("The fields of the schema “%1” could not be read. %2")
                            .arg(m_options.schemaTitle(m_wantedSchemaId), error.actionableMessage()),
                        error.details(),
                        RetryTarget::Describe);
        }
        return;
    }
    m_schema = schema;
    showFields();
    updateFit();
    showMessage(m_ui->statusLabel,
                tr("The schema “%1” has %n field(s).", nullptr, int(schema.fields.size())).arg(schema.title),
                false);
    emit completeChanged();
}

void TargetPage::showChosen()
{
    QString text;
    if (choosesNewDataset()) {
        text = m_schemaId.isEmpty()
            ? tr("Choose the schema of the new dataset to see its fields.")
            : tr("A new dataset on the schema <b>%1</b>.").arg(m_options.schemaTitle(m_schemaId).toHtmlEscaped());
    } else if (const DatasetSummary* dataset = chosenDataset()) {
        text = dataset->schemaId.isEmpty()
            ? tr("<b>%1</b>, without an XDM schema.").arg(dataset->name.toHtmlEscaped())
            : tr("<b>%1</b>, on the schema <b>%2</b>.")
                  .arg(dataset->name.toHtmlEscaped(), m_options.schemaTitle(dataset->schemaId).toHtmlEscaped());
        if (!dataset->description.isEmpty())
            text += QStringLiteral("<br>") + dataset->description.toHtmlEscaped();
    } else {
        text = tr("Choose a dataset to see the fields of its schema.");
    }
    m_ui->chosenLabel->setText(text);
}

void TargetPage::showFields()
{
    QTreeWidget* tree = m_ui->fieldsTreeWidget;
    tree->clear();
    if (!m_schema || !m_schema->isValid())
        return;
    // The fields come flattened, each object before its children: depth says where each one goes.
    QList<QTreeWidgetItem*> parents;
    for (const SchemaField& field : std::as_const(m_schema->fields)) {
        while (parents.size() > field.depth)
            parents.removeLast();
        auto* item = parents.isEmpty() ? new QTreeWidgetItem(tree) : new QTreeWidgetItem(parents.last());
        item->setText(FieldNameColumn, field.path.section(QLatin1Char('.'), -1));
        item->setToolTip(FieldNameColumn, field.path);
        item->setData(FieldNameColumn, kPathRole, field.path);
        item->setText(FieldTitleColumn, field.title);
        item->setToolTip(FieldTitleColumn, field.title);
        item->setText(FieldTypeColumn, field.valueType());
        QStringList notes;
        if (field.required)
            notes << tr("required");
        const QString identity =
            field.identityNamespace.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(field.identityNamespace);
        if (field.primaryIdentity)
            notes << tr("primary identity") + identity;
        else if (field.identity)
            notes << tr("identity") + identity;
        if (field.primaryKey)
            notes << tr("primary key");
        item->setText(FieldNotesColumn, notes.join(QStringLiteral(", ")));
        item->setToolTip(FieldNotesColumn, item->text(FieldNotesColumn)); // whole, however narrow the column
        if (!notes.isEmpty()) {
            QFont font = item->font(FieldNameColumn);
            font.setBold(true);
            item->setFont(FieldNameColumn, font);
        }
        if (!field.isLeaf())
            parents.append(item);
    }
    tree->expandAll();
    fitFieldColumns();
}

void TargetPage::fitDatasetColumns()
{
    // The schema's title, stretched, takes the rest, at least its header: the table does not scroll sideways.
    QTableView* view = m_ui->datasetsTableView;
    QHeaderView* header = view->horizontalHeader();
    const int width = view->viewport()->width();
    const int room = width - headerTextWidth(header, SchemaColumn);
    const int created = fitColumn(view, header, CreatedColumn, room);
    fitColumn(view, header, NameColumn, std::min(percentOf(width, kNameShare), room - created));
}

void TargetPage::fitFieldColumns()
{
    // The notes, stretched, keep room for "required": the title gives way first, and the tree does not
    // scroll sideways.
    QTreeWidget* tree = m_ui->fieldsTreeWidget;
    QHeaderView* header = tree->header();
    const int width = tree->viewport()->width();
    const int room = width - kNotesMinimumChars * tree->fontMetrics().averageCharWidth();
    const int name = fitColumn(tree, header, FieldNameColumn, percentOf(width, kFieldShare));
    const int type = fitColumn(tree, header, FieldTypeColumn, room - name);
    fitColumn(tree, header, FieldTitleColumn, std::min(percentOf(width, kTitleShare), room - name - type));
}

bool TargetPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && isBuilt()) {
        if (watched == m_ui->datasetsTableView->viewport())
            fitDatasetColumns();
        else if (watched == m_ui->fieldsTreeWidget->viewport())
            fitFieldColumns();
    }
    return WizardPage::eventFilter(watched, event);
}

void TargetPage::updateFit()
{
    const std::optional<ChosenObject>& object = m_journey.chosenObject();
    if (!m_schema || !object) {
        m_fit = {};
        showMessage(m_ui->fitLabel, QString(), false);
        return;
    }
    m_fit = ChooseTarget::fit(object->columns, *m_schema);
    QString text = m_fit.reason;
    if (m_fit.level == TargetFit::Level::Unusable)
        text += QLatin1Char(' ') + tr("Choose another dataset, or a new dataset on a schema that fits.");
    showMessage(m_ui->fitLabel, text, m_fit.level == TargetFit::Level::Unusable);
}

void TargetPage::showFailure(const QString& message, const QString& details, RetryTarget target)
{
    m_retryTarget = target;
    if (!message.isEmpty())
        showMessage(m_ui->statusLabel, message, true);
    m_ui->detailsEdit->setPlainText(details);
    m_ui->detailsButton->setVisible(!details.isEmpty());
    m_ui->errorWidget->setVisible(true);
    m_ui->retryButton->setFocus();
}

void TargetPage::clearFailure()
{
    m_retryTarget = RetryTarget::None;
    m_ui->errorWidget->setVisible(false);
    m_ui->detailsButton->setChecked(false);
    m_ui->detailsEdit->clear();
}

void TargetPage::retry()
{
    const RetryTarget target = m_retryTarget;
    clearFailure();
    if (target == RetryTarget::Load)
        load();
    else if (target == RetryTarget::Describe && !m_wantedSchemaId.isEmpty())
        describe(m_wantedSchemaId);
}

void TargetPage::cancelAll()
{
    // Each finishes as cancelled, which says so on the page and offers Retry.
    if (!m_loading.isNull())
        m_loading->cancel();
    if (!m_describing.isNull())
        m_describing->cancel();
}

void TargetPage::updateProgress()
{
    m_ui->progressWidget->setVisible(isBusy());
}

} // namespace Inlet
