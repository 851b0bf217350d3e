#include "ExplorePage.h"
#include "ui_ExplorePage.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "ExploreTableModels.h"
#include "ExploreTreeModel.h"
#include "InletWizard.h"
#include "WizardState.h"
#include "setup/ExploreConnection.h"
#include "setup/SetupJourney.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace Inlet {

namespace {

constexpr int kDescribeDelayMs = 250; // arrowing through a list asks only for where the user stops
constexpr int kPreviewColumnWidth = 160;

enum FileTypeChoice { DetectChoice, DelimitedChoice, JsonChoice, ParquetChoice };

} // namespace

ExplorePage::ExplorePage(
    WizardState& state, Clipboard& clipboard, ExploreConnection& explore, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::ExplorePage)
    , m_clipboard(clipboard)
    , m_explore(explore)
    , m_journey(journey)
    , m_tree(new ExploreTreeModel(this))
    , m_schema(new SchemaTableModel(this))
    , m_preview(new PreviewTableModel(this))
{
    setFinalPage(true);
    m_describeDelay.setSingleShot(true);
    m_describeDelay.setInterval(kDescribeDelayMs);
    connect(&m_describeDelay, &QTimer::timeout, this, &ExplorePage::describe);
    connect(m_tree, &ExploreTreeModel::levelWanted, this, &ExplorePage::loadLevel);
}

ExplorePage::~ExplorePage() = default;

void ExplorePage::build()
{
    // With the view, not in the constructor: setting a proxy's source is not cheap, and the wizard
    // constructs every page before its first frame.
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_tree);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->setupUi(this);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_ui->objectTreeView->setModel(m_filter);
    m_ui->schemaTableView->setModel(m_schema);
    m_ui->schemaTableView->setAccessibleName(tr("Schema"));
    m_ui->schemaTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->schemaTableView->verticalHeader()->setVisible(false);
    m_ui->previewTableView->setModel(m_preview);
    m_ui->previewTableView->setAccessibleName(tr("Preview rows"));
    // Fixed sizes: measuring 300 columns of long values would cost more than the grid itself.
    m_ui->previewTableView->horizontalHeader()->setDefaultSectionSize(kPreviewColumnWidth);
    m_ui->previewTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text a row, as in a spreadsheet, rather than the style's roomier default.
    const int rowHeight = m_ui->previewTableView->fontMetrics().height() + 8;
    m_ui->previewTableView->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_ui->previewTableView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->detailsEdit->setVisible(false);
    m_ui->errorWidget->setVisible(false);
    m_ui->progressWidget->setVisible(false);
    m_ui->formatWidget->setVisible(false);

    m_ui->fileTypeComboBox->addItem(tr("Detect"), DetectChoice);
    m_ui->fileTypeComboBox->addItem(tr("Delimited"), DelimitedChoice);
    m_ui->fileTypeComboBox->addItem(tr("JSON"), JsonChoice);
    m_ui->fileTypeComboBox->addItem(tr("Parquet"), ParquetChoice);
    m_ui->delimiterComboBox->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_ui->delimiterComboBox->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_ui->delimiterComboBox->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterComboBox->addItem(tr("Pipe (|)"), QStringLiteral("|"));
    m_ui->compressionComboBox->addItem(tr("None"), QString());
    for (const char* name : {"gzip", "bzip2", "deflate", "zipDeflate", "tarGzip", "tar"})
        m_ui->compressionComboBox->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    updateFormatControls();
    connect(m_ui->fileTypeComboBox, &QComboBox::currentIndexChanged, this, &ExplorePage::updateFormatControls);
    connect(m_ui->readButton, &QPushButton::clicked, this, &ExplorePage::describe);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->objectTreeView, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (m_tree->state(source) == ExploreTreeModel::State::NotLoaded)
            loadLevel(source);
    });
    // Moving on from a level that is still loading stops its request.
    connect(m_ui->objectTreeView, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        cancelLevel(m_filter->mapToSource(index));
    });
    connect(m_ui->objectTreeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ExplorePage::selectionChanged);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ExplorePage::retry);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ExplorePage::cancelAll);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* copy = new QAction(tr("&Copy"), m_ui->previewTableView);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_ui->previewTableView->addAction(copy);
    m_ui->previewTableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &ExplorePage::copyPreview);

    setTabOrder(m_ui->filterLineEdit, m_ui->objectTreeView);
    setTabOrder(m_ui->objectTreeView, m_ui->fileTypeComboBox);
    setTabOrder(m_ui->fileTypeComboBox, m_ui->delimiterComboBox);
    setTabOrder(m_ui->delimiterComboBox, m_ui->compressionComboBox);
    setTabOrder(m_ui->compressionComboBox, m_ui->readButton);
    setTabOrder(m_ui->readButton, m_ui->detailTabWidget);
    setTabOrder(m_ui->detailTabWidget, m_ui->schemaTableView);
    setTabOrder(m_ui->schemaTableView, m_ui->previewTableView);
    setTabOrder(m_ui->previewTableView, m_ui->stopButton);
    setTabOrder(m_ui->stopButton, m_ui->retryButton);
    setTabOrder(m_ui->retryButton, m_ui->detailsButton);
}

QString ExplorePage::helpText() const
{
    return tr("<p>Here you check that the connection reaches the right data before a dataflow reads it. Open a "
              "folder or schema to load what it holds; type in <b>Filter</b> to find an item among those loaded. "
              "Choosing a table shows its columns (the type in the source and the XDM type Platform maps it to) "
              "and up to 100 of its rows.</p>"
              "<p>For a file, Platform first detects its format; if the preview looks wrong (one column holding "
              "whole lines, say), choose the file type, delimiter and compression and <b>Read file</b>.</p>"
              "<p>If something cannot be read, the reason and what to do are shown below; <b>Retry</b> asks again "
              "for just that level or object. A Databricks cluster must be running to be explored. Long values "
              "are shortened in the grid: hover over a cell to see all of it, or select cells and copy them "
              "(Ctrl+C).</p>"
              "<p><b>Finish</b> closes Inlet; the connection stays in Platform either way.</p>");
}

void ExplorePage::initializePage()
{
    setTitle(tr("Select data"));
    const auto& connection = m_journey.connection();
    if (!connection) {
        showMessage(m_ui->statusLabel, tr("There is no connection to explore yet. Go back and create one."), true);
        return;
    }
    setSubTitle(tr("The tables and files %1 can read through this connection. Choose one to see its schema and "
                   "rows, or Finish.")
                    .arg(m_journey.source().displayName));
    if (connection->id == m_exploredConnection && m_tree->state({}) != ExploreTreeModel::State::NotLoaded)
        return; // back here: everything chosen and loaded stays as it was
    cancelAll();
    m_exploredConnection = connection->id;
    m_explore.setConnection(connection->id, m_journey.source().id);
    m_tree->clear();
    m_description.reset();
    setFinalPage(true); // see showDescription(): Next goes away with the description
    emit completeChanged();
    m_current = {};
    m_schema->setColumns({});
    m_preview->setPreview({}, {});
    m_ui->objectLabel->clear();
    m_ui->formatWidget->setVisible(false);
    clearFailure();
    loadLevel({});
    m_ui->objectTreeView->setFocus();
}

void ExplorePage::cleanupPage()
{
    // Back: nothing keeps running for a page that is not shown.
    cancelAll();
}

bool ExplorePage::validatePage()
{
    cancelAll();
    return true;
}

int ExplorePage::nextId() const
{
    // Next leads on to the dataflow once a table or file is described; Finish ends here.
    return m_description ? InletWizard::TargetPageId : -1;
}

bool ExplorePage::isBusy() const
{
    if (!m_describing.isNull())
        return true;
    for (const auto& level : m_levels) {
        if (!level.second.isNull())
            return true;
    }
    return false;
}

void ExplorePage::loadLevel(const QModelIndex& parent)
{
    const QPersistentModelIndex key(parent);
    for (const auto& level : std::as_const(m_levels)) {
        if (level.first == key && !level.second.isNull())
            return; // already on its way
    }
    if (m_retryTarget == RetryTarget::Level && m_failedLevel == key)
        clearFailure();
    m_tree->setLoading(parent);
    ExploreOperation* operation =
        parent.isValid() ? m_explore.listChildren(m_tree->item(parent)) : m_explore.listRoot();
    m_levels.append({key, operation});
    connect(operation, &Operation::finished, this, [this, key, operation] {
        for (qsizetype i = 0; i < m_levels.size(); ++i) {
            if (m_levels.at(i).second == operation) {
                m_levels.removeAt(i);
                break;
            }
        }
        finishLevel(key, operation->error(), operation->result());
    });
    if (!parent.isValid())
        showMessage(m_ui->statusLabel, tr("Asking Platform what the source holds…"), false);
    updateProgress();
}

void ExplorePage::finishLevel(const QPersistentModelIndex& parent, const Error& error, const QList<ExploreItem>& items)
{
    updateProgress();
    const bool root = !parent.isValid();
    if (!root && parent.model() == nullptr)
        return; // the tree was cleared meanwhile
    if (error) {
        const ExploreFailure failure = m_explore.explain(error);
        if (failure.problem == ExploreProblem::Cancelled) {
            // A collapsed level loads again when it is opened; the root waits for Retry.
            m_tree->setNotLoaded(parent);
            if (root) {
                showMessage(m_ui->statusLabel, tr("Stopped. Choose Retry to ask again."), false);
                showFailure(failure, RetryTarget::Level, parent);
            }
            return;
        }
        m_tree->setFailed(parent, failure.message);
        showFailure(failure, RetryTarget::Level, parent);
        return;
    }
    m_tree->setItems(parent, items);
    if (root) {
        showMessage(m_ui->statusLabel,
                    items.isEmpty() ? tr("The source holds no tables or files that Platform can see.")
                                    : tr("%n item(s) at the top level.", nullptr, int(items.size())),
                    false);
        if (items.isEmpty())
            return;
        if (!m_ui->objectTreeView->currentIndex().isValid())
            m_ui->objectTreeView->setCurrentIndex(m_filter->index(0, 0));
    }
}

void ExplorePage::cancelLevel(const QModelIndex& parent)
{
    const QPersistentModelIndex key(parent);
    for (const auto& level : std::as_const(m_levels)) {
        if (level.first == key && !level.second.isNull())
            level.second->cancel();
    }
}

void ExplorePage::cancelAll()
{
    m_describeDelay.stop();
    const auto levels = m_levels;
    for (const auto& level : levels) {
        if (!level.second.isNull())
            level.second->cancel();
    }
    if (!m_describing.isNull())
        m_describing->cancel();
}

void ExplorePage::selectionChanged()
{
    const QModelIndex source = m_filter->mapToSource(m_ui->objectTreeView->currentIndex());
    if (!source.isValid() || m_tree->isContainer(source))
        return;
    const ExploreItem item = m_tree->item(source);
    if (item.path == m_current.path && item.type == m_current.type)
        return;
    // Moving on: the previous object's request is no longer wanted.
    m_current = item;
    if (!m_describing.isNull())
        m_describing->cancel();
    // The path only when it says more than the name (a table's path is often its name).
    m_ui->objectLabel->setText(item.path == item.name
                                   ? QStringLiteral("<b>%1</b>").arg(item.name.toHtmlEscaped())
                                   : tr("<b>%1</b> (%2)").arg(item.name.toHtmlEscaped(), item.path.toHtmlEscaped()));
    const bool file = item.type == QLatin1String("file");
    m_ui->formatWidget->setVisible(file);
    if (file)
        showFormat(std::nullopt);
    m_describeDelay.start();
}

void ExplorePage::describe()
{
    m_describeDelay.stop();
    if (m_current.path.isEmpty())
        return;
    if (!m_describing.isNull())
        m_describing->cancel();
    if (m_retryTarget == RetryTarget::Object)
        clearFailure();
    DescribeOperation* operation = m_current.type == QLatin1String("file")
        ? m_explore.describeFile(m_current, chosenFormat())
        : m_explore.describeTable(m_current);
    m_describing = operation;
    showMessage(m_ui->statusLabel, tr("Reading the schema and rows of %1…").arg(m_current.name), false);
    connect(operation, &Operation::finished, this, [this, operation, path = m_current.path] {
        if (m_describing == operation)
            m_describing.clear();
        finishDescribe(path, operation->error(), operation->result());
    });
    updateProgress();
}

void ExplorePage::finishDescribe(const QString& path, const Error& error, const ObjectDescription& description)
{
    updateProgress();
    if (path != m_current.path)
        return; // an answer for an object the user has left
    if (error) {
        const ExploreFailure failure = m_explore.explain(error);
        if (failure.problem == ExploreProblem::Cancelled)
            showMessage(m_ui->statusLabel, tr("Stopped. Choose Retry to ask again."), false);
        showFailure(failure, RetryTarget::Object);
        return;
    }
    showDescription(description);
}

void ExplorePage::showDescription(const ObjectDescription& description)
{
    m_description = description;
    // QWizard asks nextId() again only when a page's final flag changes: Next now leads to the dataflow.
    setFinalPage(true);
    emit completeChanged();
    const ExploredObject& explored = description.explored;
    m_schema->setColumns(explored.columns);
    m_preview->setPreview(explored.columns, explored.rows);
    if (description.item.type == QLatin1String("file"))
        showFormat(description.format);
    const QString& name = description.item.name;
    QString message;
    if (description.previewUnavailable && explored.columns.isEmpty()) {
        message = tr("Platform can neither read the schema of %1 nor preview it. Choose another table or file, or "
                     "check in the source that this object holds data Platform supports.")
                      .arg(name);
    } else if (description.previewUnavailable) {
        message =
            tr("Platform cannot preview %1, so only its schema is shown. A dataflow can still read it.").arg(name);
    } else {
        message = tr("%1: %n column(s)", nullptr, int(explored.columns.size())).arg(name) + QStringLiteral(", ")
            + tr("%n row(s) previewed.", nullptr, int(explored.rows.size()));
    }
    showMessage(m_ui->statusLabel, message, description.previewUnavailable && explored.columns.isEmpty());
    m_ui->detailTabWidget->setCurrentWidget(explored.rows.isEmpty() ? m_ui->schemaTab : m_ui->previewTab);
    if (!explored.columns.isEmpty()) {
        m_journey.chooseObject(m_explore.choose(description));
        emit objectChosen();
    }
}

void ExplorePage::showFailure(const ExploreFailure& failure, RetryTarget target, const QPersistentModelIndex& level)
{
    m_retryTarget = target;
    m_failedLevel = level;
    if (failure.problem != ExploreProblem::Cancelled) {
        showMessage(m_ui->statusLabel, failure.message, true);
        m_ui->detailsEdit->setPlainText(failure.details);
    }
    m_ui->errorWidget->setVisible(true);
    m_ui->detailsButton->setVisible(!failure.details.isEmpty() && failure.problem != ExploreProblem::Cancelled);
    m_ui->retryButton->setFocus();
}

void ExplorePage::clearFailure()
{
    m_retryTarget = RetryTarget::None;
    m_failedLevel = QPersistentModelIndex();
    m_ui->errorWidget->setVisible(false);
    m_ui->detailsButton->setChecked(false);
    m_ui->detailsEdit->clear();
}

void ExplorePage::retry()
{
    const RetryTarget target = m_retryTarget;
    const QPersistentModelIndex level = m_failedLevel;
    clearFailure();
    if (target == RetryTarget::Level) {
        if (level.isValid() || m_tree->state({}) != ExploreTreeModel::State::Loaded)
            loadLevel(level);
    } else if (target == RetryTarget::Object) {
        describe();
    }
}

void ExplorePage::updateProgress()
{
    // Per-node spinners show the levels below the root; the bar shows the root and the object.
    bool rootLoading = false;
    for (const auto& level : std::as_const(m_levels)) {
        if (!level.first.isValid() && !level.second.isNull())
            rootLoading = true;
    }
    m_ui->progressWidget->setVisible(rootLoading || !m_describing.isNull());
}

void ExplorePage::copyPreview()
{
    const QModelIndexList selected = m_ui->previewTableView->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    int top = selected.first().row();
    int bottom = top;
    int left = selected.first().column();
    int right = left;
    for (const QModelIndex& index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = m_preview->index(row, column);
            cells << (m_ui->previewTableView->selectionModel()->isSelected(index) ? m_preview->fullText(index)
                                                                                  : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    m_clipboard.copy(lines.join(QLatin1Char('\n')), Clipboard::Content::Plain);
}

std::optional<FileFormat> ExplorePage::chosenFormat() const
{
    FileFormat format;
    switch (m_ui->fileTypeComboBox->currentData().toInt()) {
    case DelimitedChoice:
        format.type = FileFormat::Type::Delimited;
        break;
    case JsonChoice:
        format.type = FileFormat::Type::JsonData;
        break;
    case ParquetChoice:
        format.type = FileFormat::Type::Parquet;
        break;
    default:
        return std::nullopt; // Platform detects it
    }
    const int delimiter = m_ui->delimiterComboBox->findText(m_ui->delimiterComboBox->currentText());
    // A listed delimiter by its name, else the character the user typed.
    format.delimiter = delimiter >= 0 ? m_ui->delimiterComboBox->itemData(delimiter).toString()
                                      : m_ui->delimiterComboBox->currentText().left(1);
    if (format.delimiter.isEmpty())
        format.delimiter = QStringLiteral(",");
    if (format.type != FileFormat::Type::Parquet)
        format.compression = m_ui->compressionComboBox->currentData().toString();
    return format;
}

void ExplorePage::showFormat(const std::optional<FileFormat>& format)
{
    if (!format) {
        m_ui->fileTypeComboBox->setCurrentIndex(m_ui->fileTypeComboBox->findData(DetectChoice));
        m_ui->delimiterComboBox->setCurrentIndex(0);
        m_ui->compressionComboBox->setCurrentIndex(0);
        updateFormatControls();
        return;
    }
    const int type = format->type == FileFormat::Type::JsonData ? JsonChoice
        : format->type == FileFormat::Type::Parquet             ? ParquetChoice
                                                                : DelimitedChoice;
    m_ui->fileTypeComboBox->setCurrentIndex(m_ui->fileTypeComboBox->findData(type));
    const int delimiter = m_ui->delimiterComboBox->findData(format->delimiter);
    if (delimiter >= 0)
        m_ui->delimiterComboBox->setCurrentIndex(delimiter);
    else
        m_ui->delimiterComboBox->setEditText(format->delimiter);
    const int compression = m_ui->compressionComboBox->findData(format->compression);
    m_ui->compressionComboBox->setCurrentIndex(std::max(compression, 0));
    updateFormatControls();
}

void ExplorePage::updateFormatControls()
{
    const int type = m_ui->fileTypeComboBox->currentData().toInt();
    m_ui->delimiterComboBox->setEnabled(type == DelimitedChoice);
    m_ui->compressionComboBox->setEnabled(type == DelimitedChoice || type == JsonChoice);
}

} // namespace Inlet
