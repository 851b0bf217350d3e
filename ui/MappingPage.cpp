#include "MappingPage.h"
#include "ui_MappingPage.h"

#include "Accessibility.h"
#include "ErrorStyle.h"
#include "MappingTableModel.h"
#include "setup/SetupJourney.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Inlet {

namespace {

constexpr int kPreviewRows = 5;
// Long enough that picking fields one after another is not checked at every pick.
constexpr int kCheckAheadDelayMs = 400;

// Where a rule goes, for messages: "customer_id → _acmeinc.customerId".
QString ruleText(const QString& source, const QString& destination)
{
    return QStringLiteral("%1 → %2").arg(source, destination);
}

} // namespace

MappingPage::MappingPage(WizardState& state, MapColumns& mapColumns, SetupJourney& journey, QWidget* parent)
    : WizardPage(state, parent)
    , m_ui(new Ui::MappingPage)
    , m_mapColumns(mapColumns)
    , m_journey(journey)
    , m_model(new MappingTableModel(this))
    , m_checkAheadDelay(new QTimer(this))
{
    // Only a change of field matters to the review; the Check column is the review's own output.
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (topLeft.column() <= MappingTableModel::FieldColumn
                    && bottomRight.column() >= MappingTableModel::FieldColumn)
                    refreshReview();
            });
    // Ahead of Next, while the user reads the mapping: Next then finds Data Prep's verdict waiting.
    m_checkAheadDelay->setObjectName(QStringLiteral("checkAheadTimer"));
    m_checkAheadDelay->setSingleShot(true);
    m_checkAheadDelay->setInterval(kCheckAheadDelayMs);
    connect(m_checkAheadDelay, &QTimer::timeout, this, [this] {
        if (isVisible() && isComplete() && m_model->rules() != m_acceptedRules)
            m_mapColumns.prefetchValidation(draft());
    });
}

MappingPage::~MappingPage() = default;

void MappingPage::build()
{
    m_ui->setupUi(this);
    Accessibility::nameBuddiesAfterTheirLabels(this);
    m_model->setErrorColour(ErrorStyle::textColour(palette().color(QPalette::Window)));
    QTableView* table = m_ui->mappingTableView;
    table->setModel(m_model);
    table->setItemDelegateForColumn(MappingTableModel::FieldColumn, new FieldPickerDelegate(table));
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // One line of text a row, as in a spreadsheet, rather than the style's roomier default.
    const int rowHeight = table->fontMetrics().height() + 8;
    table->verticalHeader()->setMinimumSectionSize(rowHeight);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->progressWidget->setVisible(false);
    m_ui->errorWidget->setVisible(false);
    m_ui->detailsEdit->setVisible(false);
    m_ui->previewWidget->setVisible(false);
    m_ui->reviewLabel->setVisible(false);
    m_ui->unmappedLabel->setVisible(false);

    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_ui->resetButton, &QPushButton::clicked, this, &MappingPage::resetToSuggestions);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &MappingPage::cancelAll);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &MappingPage::preview);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsEdit->setVisible(open);
        m_ui->detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    setTabOrder(m_ui->mappingTableView, m_ui->checkButton);
    setTabOrder(m_ui->checkButton, m_ui->resetButton);
    setTabOrder(m_ui->resetButton, m_ui->stopButton);
    setTabOrder(m_ui->stopButton, m_ui->detailsButton);
    setTabOrder(m_ui->detailsButton, m_ui->previewButton);
    setTabOrder(m_ui->previewButton, m_ui->previewEdit);
}

QString MappingPage::helpText() const
{
    return tr("<p>Each row is a column of the source and the schema field it fills. Inlet matches columns to "
              "fields by name (ignoring case, spaces, <code>_</code> and <code>-</code>) and by type; check each "
              "match. To change one, double-click its field (or select it and press F2) and choose another field, "
              "or <i>(not mapped)</i> to leave the column out. Rows such as <code>uuid()</code> are generated "
              "values, for example the unique ID every event needs.</p>"
              "<p>Below the table, Inlet lists what Platform would refuse: required fields and the identity that "
              "no column fills, and columns whose type the field cannot take. Columns left unmapped are listed "
              "too; their values are not ingested.</p>"
              "<p><b>Check with Platform</b> asks Data Prep to validate the mapping; <b>Next</b> does the same "
              "before going on. Rules Data Prep refuses are marked in the <b>Check</b> column with its reason. "
              "<b>Reset to suggestions</b> discards your changes and matches by name again.</p>");
}

void MappingPage::initializePage()
{
    setTitle(tr("Map columns"));
    const std::optional<ChosenObject>& object = m_journey.chosenObject();
    const std::optional<XdmSchema>& schema = m_journey.targetSchema();
    if (!object || !schema) {
        setSubTitle(QString());
        m_mappedFor.clear();
        m_model->setMapping({}, {}, {});
        refreshReview();
        showMessage(m_ui->statusLabel, tr("Choose a table or file and a target dataset first: go back."), true);
        return;
    }
    setSubTitle(tr("The field of the schema “%1” each column of %2 fills. Choose a field to change it.")
                    .arg(schema->title, object->name));
    QStringList key{object->connectionId, object->path, schema->id};
    for (const ExploreColumn& column : object->columns)
        key << column.name + QLatin1Char(':') + column.xdmType;
    const QString mappedFor = key.join(QLatin1Char('\n'));
    if (mappedFor == m_mappedFor)
        return; // back here for the same object and schema: every edit stays
    m_mappedFor = mappedFor;
    m_acceptedRules.clear();
    m_refusedRules.reset();
    m_ui->errorWidget->setVisible(false);
    m_ui->previewEdit->clear();
    const QList<MappingRule> kept = m_journey.dataflowPlan().rules;
    if (kept.isEmpty()) {
        resetToSuggestions();
    } else {
        m_model->setMapping(object->columns, *schema, kept);
        refreshReview();
        showMessage(m_ui->statusLabel, QString(), false);
    }
    m_ui->mappingTableView->resizeColumnsToContents();
    m_ui->mappingTableView->setCurrentIndex(m_model->index(0, MappingTableModel::FieldColumn));
    m_ui->previewWidget->setVisible(!previewRows().isEmpty());
    m_ui->mappingTableView->setFocus();
}

void MappingPage::cleanupPage()
{
    // Back: nothing keeps running (or moves on by itself) for a page that is not shown.
    cancelAll();
}

bool MappingPage::isComplete() const
{
    if (!m_checking.isNull() || m_mappedFor.isEmpty())
        return false;
    const QList<MappingRule> rules = m_model->rules();
    return !rules.isEmpty() && m_review.isComplete() && !(m_refusedRules && *m_refusedRules == rules);
}

bool MappingPage::validatePage()
{
    if (!isComplete())
        return false;
    const QList<MappingRule> rules = m_model->rules();
    if (rules == m_acceptedRules) {
        cancelAll();
        m_journey.mapColumns(rules);
        return true;
    }
    // Data Prep has not seen this mapping: it checks it first, and Next goes on when it passes.
    check(true);
    return false;
}

bool MappingPage::isBusy() const
{
    return !m_checking.isNull() || !m_previewing.isNull();
}

void MappingPage::resetToSuggestions()
{
    const std::optional<ChosenObject>& object = m_journey.chosenObject();
    const std::optional<XdmSchema>& schema = m_journey.targetSchema();
    if (!object || !schema)
        return;
    const QList<MappingRule> suggested = AutoMapping::suggest(object->columns, *schema);
    m_model->setMapping(object->columns, *schema, suggested);
    refreshReview();
    const auto matched = std::count_if(suggested.cbegin(), suggested.cend(), [](const MappingRule& rule) {
        return rule.sourceType == MappingRule::SourceType::Attribute;
    });
    showMessage(m_ui->statusLabel,
                tr("%n column(s) matched to a field by name and type. Check each match and change what is wrong.",
                   nullptr,
                   int(matched)),
                false);
}

void MappingPage::refreshReview()
{
    const QList<MappingRule> rules = m_model->rules();
    if (m_mappedFor.isEmpty()) {
        m_review = {};
        showMessage(m_ui->reviewLabel, QString(), true);
        showMessage(m_ui->unmappedLabel, QString(), false);
        emit completeChanged();
        return;
    }
    m_review = AutoMapping::review(m_model->columns(), m_model->schema(), rules);
    m_model->setIncompatible(m_review.incompatibleRules);
    QStringList problems;
    if (rules.isEmpty())
        problems << tr("No column is mapped. Choose a field for at least one column.");
    if (!m_review.unfilledRequiredFields.isEmpty())
        problems << tr("The schema requires %n field(s) no column fills: %1. Choose a column for each.",
                       nullptr,
                       int(m_review.unfilledRequiredFields.size()))
                        .arg(m_review.unfilledRequiredFields.join(QStringLiteral(", ")));
    if (!m_review.unfilledIdentityFields.isEmpty())
        problems << tr("The identity of each record is not filled: %1. Map the column that identifies a record to it.")
                        .arg(m_review.unfilledIdentityFields.join(QStringLiteral(", ")));
    if (!m_review.incompatibleRules.isEmpty())
        problems << tr("%n column(s) go to a field of a type they cannot be converted to (see the Check column). "
                       "Choose another field, or (not mapped).",
                       nullptr,
                       int(m_review.incompatibleRules.size()));
    showMessage(m_ui->reviewLabel, problems.join(QLatin1Char('\n')), true);
    m_checkAheadDelay->start(); // once it fires, it asks only about a mapping Next would check
    const QStringList& unmapped = m_review.unmappedColumns;
    showMessage(m_ui->unmappedLabel,
                unmapped.isEmpty() ? QString()
                                   : tr("%n column(s) not mapped, so not ingested: %1.", nullptr, int(unmapped.size()))
                                         .arg(unmapped.join(QStringLiteral(", "))),
                false);
    emit completeChanged();
}

MappingSetDraft MappingPage::draft() const
{
    const DataflowPlan plan = m_journey.dataflowPlan();
    MappingSetDraft result;
    result.name = plan.name.isEmpty() ? QString() : plan.mappingSetName();
    result.inputColumns = m_model->columns();
    result.schemaId = m_model->schema().id;
    result.rules = m_model->rules();
    return result;
}

void MappingPage::check(bool continueWhenDone)
{
    if (!m_checking.isNull() || m_mappedFor.isEmpty())
        return;
    const MappingSetDraft checked = draft();
    if (checked.rules.isEmpty()) {
        showMessage(m_ui->statusLabel, tr("Map at least one column before checking the mapping."), true);
        return;
    }
    m_ui->errorWidget->setVisible(false);
    m_checkAheadDelay->stop(); // this check is the one Next waits for
    m_continueAfterCheck = continueWhenDone;
    MappingCheckOperation* operation = m_mapColumns.validate(checked);
    m_checking = operation;
    showMessage(m_ui->statusLabel, tr("Platform's Data Prep is checking the mapping…"), false);
    connect(operation, &Operation::finished, this, [this, operation, rules = checked.rules] {
        if (m_checking != operation)
            return;
        m_checking.clear();
        finishCheck(rules, operation->error(), operation->result());
    });
    updateProgress();
    emit completeChanged();
}

void MappingPage::finishCheck(const QList<MappingRule>& rules,
                              const Error& error,
                              const QList<MappingProblem>& problems)
{
    updateProgress();
    emit completeChanged();
    if (error) {
        if (error.kind() == Error::Kind::Cancelled) {
            showMessage(m_ui->statusLabel, tr("Stopped. Choose Check with Platform or Next to check again."), false);
            return;
        }
        // The mapping stays as it is: only the check failed.
        showMessage(m_ui->statusLabel,
                    tr("The mapping could not be checked with Platform. %1 Your mapping is kept: choose Check with "
                       "Platform or Next to try again.")
                        .arg(error.actionableMessage()),
                    true);
        showDetails(error.details());
        return;
    }
    if (rules != m_model->rules()) {
        showMessage(m_ui->statusLabel,
                    tr("The mapping changed while Platform checked it. Choose Check with Platform or Next to check "
                       "it again."),
                    false);
        return;
    }
    m_model->setProblems(problems);
    if (problems.isEmpty()) {
        m_acceptedRules = rules;
        m_refusedRules.reset();
        showMessage(m_ui->statusLabel, tr("Platform accepts this mapping."), false);
        if (!previewRows().isEmpty())
            preview();
        else if (m_continueAfterCheck && wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }
    m_refusedRules = rules;
    emit completeChanged();
    QStringList lines{tr("Platform refuses %n rule(s) of this mapping. Choose another field for each marked row, "
                         "then check again.",
                         nullptr,
                         int(problems.size()))};
    for (const MappingProblem& problem : problems)
        lines << tr("%1: %2").arg(ruleText(problem.source, problem.destination), problem.message);
    showMessage(m_ui->statusLabel, lines.join(QLatin1Char('\n')), true);
}

QList<QStringList> MappingPage::previewRows() const
{
    const std::optional<ChosenObject>& object = m_journey.chosenObject();
    return object ? object->previewRows : QList<QStringList>();
}

void MappingPage::preview()
{
    const QList<QStringList> rows = previewRows();
    if (!m_previewing.isNull() || rows.isEmpty() || m_mappedFor.isEmpty())
        return;
    const MappingSetDraft previewed = draft();
    if (previewed.rules.isEmpty())
        return;
    MappingPreviewOperation* operation = m_mapColumns.preview(previewed, rows, kPreviewRows);
    m_previewing = operation;
    connect(operation, &Operation::finished, this, [this, operation] {
        if (m_previewing != operation)
            return;
        m_previewing.clear();
        finishPreview(operation->error(), operation->result());
    });
    updateProgress();
}

void MappingPage::finishPreview(const Error& error, const MappingPreview& preview)
{
    updateProgress();
    const bool continueNow = std::exchange(m_continueAfterCheck, false);
    if (error) {
        if (error.kind() != Error::Kind::Cancelled)
            m_ui->previewEdit->setPlainText(tr("The preview could not be made. %1").arg(error.actionableMessage()));
    } else {
        QStringList lines;
        for (qsizetype i = 0; i < preview.rows.size(); ++i)
            lines << tr("Row %1: %2").arg(i + 1).arg(QString::fromUtf8(preview.rows.at(i)));
        for (const MappingProblem& problem : preview.problems)
            lines << tr("%1: %2").arg(ruleText(problem.source, problem.destination), problem.message);
        m_ui->previewEdit->setPlainText(lines.join(QLatin1Char('\n')));
    }
    // The preview is for looking, not a condition: a check that passed still goes on.
    if (continueNow && m_model->rules() == m_acceptedRules && wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void MappingPage::showDetails(const QString& details)
{
    m_ui->detailsEdit->setPlainText(details);
    m_ui->detailsButton->setChecked(false);
    m_ui->errorWidget->setVisible(!details.isEmpty());
}

void MappingPage::cancelAll()
{
    m_continueAfterCheck = false;
    if (!m_checking.isNull())
        m_checking->cancel();
    if (!m_previewing.isNull())
        m_previewing->cancel();
}

void MappingPage::updateProgress()
{
    m_ui->progressWidget->setVisible(isBusy());
    m_ui->checkButton->setEnabled(m_checking.isNull());
}

} // namespace Inlet
